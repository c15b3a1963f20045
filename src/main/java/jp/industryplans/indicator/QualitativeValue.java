package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 定性値 — a target or result written in words rather than a number, in a QUALITATIVE indicator. */
@Schema(name = "QualitativeValue")
public enum QualitativeValue {
    /** 実施 — done (or, as a target, to be done). */
    DONE,
    /** 未実施 — not done. */
    NOT_DONE,
    /** 記述 — other words, kept as written in {@code text}; the progress rule does not judge them. */
    TEXT
}
