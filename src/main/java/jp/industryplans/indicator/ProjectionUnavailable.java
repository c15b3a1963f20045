package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 見通しなしの理由 — why an indicator's progress has no projection. */
@Schema(name = "ProjectionUnavailable")
public enum ProjectionUnavailable {
    /** 集計方法の対象外 — the counting mode has no projection (yearly volumes and counts, qualitative figures). */
    COUNTING_MODE,
    /** 最終目標なし — there is no numeric final target to project to. */
    NO_FINAL_TARGET,
    /** 目標年度到来 — the latest actual is already in or after the final target's year. */
    TARGET_YEAR_REACHED,
    /** 数値不足 — fewer than two figures (baseline and actuals, in different years) to draw a trend from. */
    TOO_FEW_FIGURES
}
