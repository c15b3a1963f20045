package jp.industryplans.evaluation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 評価者 — who gave an evaluation. */
@Schema(name = "Evaluator")
public enum Evaluator {
    /** 所管部署による自己評価 — the ward's own assessment. */
    SELF,
    /** 外部評価委員会 — an external evaluation committee. */
    EXTERNAL_COMMITTEE
}
