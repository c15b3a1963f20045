package jp.industryplans.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a CSV upload of indicator values did: rows that created, changed or left a value as it was. */
@Schema(name = "ValueImportResult")
public record ValueImportResult(int created, int updated, int unchanged) {
}
