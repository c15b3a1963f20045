package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 値の種類 — target (目標), actual (実績) or estimate (見込み). */
@Schema(name = "ValueKind")
public enum ValueKind {
    TARGET,
    ACTUAL,
    ESTIMATE
}
