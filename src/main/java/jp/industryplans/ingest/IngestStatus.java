package jp.industryplans.ingest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 取込結果 — what the ingest did, or would do, with one plan of the text. */
@Schema(name = "IngestStatus")
public enum IngestStatus {
    /** 新規 — not stored yet; a dry run would create it as a draft. */
    NEW,
    /** 作成 — created as a draft (unreleased) for review. */
    CREATED,
    /** 登録済 — a plan with this key is stored already; the ingest leaves it as it is. */
    ALREADY_STORED,
    /** 団体不明 — the municipality is not in the municipality list; the plan cannot be stored. */
    UNKNOWN_MUNICIPALITY
}
