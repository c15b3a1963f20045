package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 判定の根拠 — whether a progress status rests only on confirmed actuals or also on an estimate. */
@Schema(name = "ProgressBasis")
public enum ProgressBasis {
    /** 実績 — every figure the status rests on is a confirmed actual. */
    ACTUAL,
    /** 見込み — at least one figure the status rests on is an estimate. */
    ESTIMATE
}
