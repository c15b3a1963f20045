package jp.industryplans.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 注記 — a photo caption, footnote, glossary entry or other note printed with a plan. */
@Schema(name = "Note")
public record Note(@NotNull NoteKind kind, @NotBlank @Size(max = 2000) String text, @Valid Source source) {
}
