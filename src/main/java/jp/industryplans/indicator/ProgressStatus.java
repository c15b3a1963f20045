package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 進捗状況 — how an indicator stands against its target. */
@Schema(name = "ProgressStatus")
public enum ProgressStatus {
    /** 達成 — the figure meets the target. */
    ACHIEVED,
    /** 順調 — not met yet, but within the on-track threshold of the expected figure, or projected to meet it. */
    ON_TRACK,
    /** 遅れ — below the on-track threshold and not projected to meet the target. */
    BEHIND,
    /** データなし — no target or no actual to compare. */
    NO_DATA
}
