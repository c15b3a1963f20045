package jp.industryplans.ingest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 取込計画 — one plan found in the text, and what became of it.
 *
 * @param line             the line of its header 「計画名」（区市名）【計画期間：…】
 * @param municipalityName the municipality as written
 * @param municipalityCode its code in our list, or null when the name is not in it
 * @param key              the plan's key (code-regional-first fiscal year), or null without a code
 * @param id               the plan's id, stored or to be, or null without a code
 */
@Schema(name = "IngestedPlan")
public record IngestedPlan(int line, String title, String municipalityName, String municipalityCode, String key,
                           UUID id, int periodStart, int periodEnd, IngestStatus status) {
}
