package jp.industryplans.seed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, per kind of record: how many were created, updated and left unchanged. */
@Schema(name = "ImportResult")
public record ImportResult(Counts themes, Counts municipalities, Counts plans, Counts initiatives, Counts indicators,
                           Counts values, Counts evaluations) {

    @Schema(name = "ImportCounts")
    public record Counts(int created, int updated, int unchanged) {
    }
}
