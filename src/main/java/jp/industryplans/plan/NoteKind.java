package jp.industryplans.plan;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 注記の種類 — what a note printed with a plan is. */
@Schema(name = "NoteKind")
public enum NoteKind {
    /** 写真説明 — a photo caption. */
    PHOTO_CAPTION,
    /** 脚注 — a footnote such as the council-budget proviso. */
    FOOTNOTE,
    /** 用語解説 — a glossary entry such as ※「STEM 教育」. */
    GLOSSARY,
    /** 注記 — any other note, including editors' notes on the extraction. */
    NOTE
}
