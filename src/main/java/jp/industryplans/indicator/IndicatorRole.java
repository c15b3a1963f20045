package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 指標の役割 — what an indicator measures. */
@Schema(name = "IndicatorRole")
public enum IndicatorRole {
    /** 施策の指標 — an outcome KPI of a measure or plan. */
    OUTCOME_KPI,
    /** 計画事業量 — the planned volume of a project's activity. */
    PLANNED_VOLUME
}
