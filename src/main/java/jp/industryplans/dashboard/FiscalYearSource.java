package jp.industryplans.dashboard;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 対象年度の決め方 — how a roll-up chose the fiscal year whose plans it counts. */
@Schema(name = "FiscalYearSource")
public enum FiscalYearSource {
    /** 指定年度 — the caller asked for it. */
    REQUESTED,
    /** 実績のある最新年度 — by default: the latest fiscal year with a confirmed actual (実績) in scope. */
    LATEST_ACTUAL,
    /** 全計画 — nothing in scope has a confirmed actual, so no year is chosen and every plan is counted. */
    ALL_PLANS
}
