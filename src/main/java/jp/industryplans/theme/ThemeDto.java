package jp.industryplans.theme;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** テーマ — a theme with every municipality, plan and initiative that carries it. */
@Schema(name = "Theme")
public record ThemeDto(String key, String labelJa, String labelEn, List<MunicipalityRef> municipalities,
                       List<PlanRef> plans, List<InitiativeRef> initiatives) {

    @Schema(name = "ThemeMunicipality")
    public record MunicipalityRef(String code, String name) {
    }

    @Schema(name = "ThemePlan")
    public record PlanRef(UUID id, String title, String municipalityCode) {
    }

    @Schema(name = "ThemeInitiative")
    public record InitiativeRef(UUID id, String title, UUID planId) {
    }
}
