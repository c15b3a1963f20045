package jp.industryplans.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 地方公共団体 — a municipality as the API shows it and as a bulk import supplies it. */
@Schema(name = "Municipality")
public record MunicipalityDto(
        @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be 6 digits") String code,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 200) String kana,
        @Size(max = 200) String nameEn,
        @NotNull MunicipalityKind kind,
        @NotBlank @Size(max = 10) String prefecture) {

    static MunicipalityDto of(Municipality m) {
        return new MunicipalityDto(m.code, m.name, m.kana, m.nameEn, m.kind, m.prefecture);
    }
}
