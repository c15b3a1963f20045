package jp.industryplans.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 計画の種類 — kind of plan. */
@Schema(name = "PlanKind")
public enum PlanKind {
    /** 地域産業活性化計画 — a regional industry revitalization plan approved by 東京都. */
    REGIONAL_INDUSTRY_REVITALIZATION,
    /** 長期総合計画 検証シート — a ward's yearly verification sheet of one measure of its long-term plan. */
    LONG_TERM_PLAN_VERIFICATION,
    /** 産業振興計画 — a municipality's own industrial promotion plan or vision. */
    INDUSTRIAL_PROMOTION_PLAN
}
