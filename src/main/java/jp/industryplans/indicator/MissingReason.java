package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 欠測理由 — why a figure is absent: a missing figure is never a zero. */
@Schema(name = "MissingReason")
public enum MissingReason {
    /** 該当なし — nothing to report for that year (written ―, or 実施 instead of a number). */
    NOT_APPLICABLE,
    /** 未集計 — not compiled yet. */
    NOT_YET_COMPILED,
    /** 未調査 — not surveyed. */
    NOT_SURVEYED,
    /** 判読不能 — the source's extracted text does not let the figure be read with confidence. */
    NOT_LEGIBLE
}
