package jp.industryplans.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 変更の種類 — what a change did to its record. */
@Schema(name = "ChangeAction")
public enum ChangeAction {
    CREATE, UPDATE, DELETE
}
