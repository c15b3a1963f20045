package jp.industryplans.theme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** テーマ — a vocabulary entry as a bulk import (and seeds/themes.yaml) supplies it. */
@Schema(name = "ThemeInput")
public record ThemeInput(
        @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,49}", message = "must be a lower-case slug") String key,
        @NotBlank @Size(max = 100) String labelJa,
        @NotBlank @Size(max = 200) String labelEn) {
}
