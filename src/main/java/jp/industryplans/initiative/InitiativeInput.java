package jp.industryplans.initiative;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.Source;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** 取組 — what a caller sends to create or replace an initiative. */
@Schema(name = "InitiativeInput")
public record InitiativeInput(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a lower-case slug of at most 80 characters")
        String key,
        @NotNull UUID planId,
        UUID parentId,
        @NotNull InitiativeKind kind,
        @Size(max = 50) String label,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 10000) String description,
        @Size(max = 200) String owningDepartment,
        @Size(max = 200) String owningSection,
        Boolean repost,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> themes,
        @Size(max = 2000) String note,
        @Min(0) @Max(1_000_000) Integer sortOrder,
        @Valid Source source) {
}
