package jp.industryplans.ingest;

import java.util.List;
import jp.industryplans.seed.ImportBundle;
import jp.industryplans.seed.ImportResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 取込報告 — what was read from a summary and what was done with it.
 *
 * @param plans   every plan found, in the document's order
 * @param notices what a reviewer should check: unknown municipalities, captions placed with another
 *                plan, categories that name no project
 * @param bundle  the plans whose municipality is known, as an import bundle (POST /api/v1/imports)
 * @param result  what the import stored, or null on a dry run
 */
@Schema(name = "IngestReport")
public record IngestReport(String document, boolean dryRun, List<IngestedPlan> plans, List<String> notices,
                           ImportBundle bundle, ImportResult result) {
}
