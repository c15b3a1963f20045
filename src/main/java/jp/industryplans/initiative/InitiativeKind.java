package jp.industryplans.initiative;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 取組の階層 — the level of an initiative in its plan's tree. */
@Schema(name = "InitiativeKind")
public enum InitiativeKind {
    /** 将来像 — the long-term vision a goal serves. */
    VISION,
    /** 基本目標 — a basic goal. */
    GOAL,
    /** 取組区分 — one of the fixed categories of the FY2021 regional plans. */
    CATEGORY,
    /** 柱 — a numbered pillar of a regional plan. */
    PILLAR,
    /** 施策・小柱 — a policy measure. */
    MEASURE,
    /** 主な取り組み — a main action listed under a measure. */
    ACTION,
    /** 事業・行政計画事業 — a project. */
    PROJECT,
    /** 本事業の取り組み — one activity of a project, with its planned volume. */
    ACTIVITY
}
