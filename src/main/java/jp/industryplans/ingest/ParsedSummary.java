package jp.industryplans.ingest;

import java.util.List;

/**
 * 読取結果 — what the parser read from one summary document.
 *
 * @param document the document's name, as every record's provenance names it
 * @param plans    the plans in the order the document gives them
 * @param notices  what a reviewer should look at: unknown municipalities, plans without projects …
 */
public record ParsedSummary(String document, List<ParsedPlan> plans, List<String> notices) {
}
