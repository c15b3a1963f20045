package jp.industryplans.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 評価の段階 — one step of a rating scale as the sheet words it (Ａ 順調である). */
@Schema(name = "ScaleLevel")
public record ScaleLevel(@NotBlank @Size(max = 10) String rating, @NotBlank @Size(max = 200) String label) {
}
