package jp.industryplans.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.StableId;
import jp.industryplans.municipality.MunicipalityRepository;
import jp.industryplans.plan.PlanRepository;
import jp.industryplans.seed.ImportBundle;
import jp.industryplans.seed.ImportBundle.PlanBundle;
import jp.industryplans.seed.ImportResult;
import jp.industryplans.seed.ImportService;

/**
 * 概要の取込 — turns the text of a 「承認した地域産業活性化計画の概要」 into draft plans.
 *
 * <p>The plans are created through the bulk import, so they carry the document's name and a
 * verbatim quote on every record, exactly as seeded plans do, and nothing publishes them: they
 * are drafts for an editor to review. A plan whose key is stored already, from an earlier ingest
 * or from the curated seeds, is left as it is, so ingesting the same text again changes nothing
 * and never undoes a reviewer's edits.
 */
@ApplicationScoped
public class IngestService {

    private final MunicipalityRepository municipalities;
    private final PlanRepository plans;
    private final ImportService imports;

    IngestService(MunicipalityRepository municipalities, PlanRepository plans, ImportService imports) {
        this.municipalities = municipalities;
        this.plans = plans;
        this.imports = imports;
    }

    @Transactional
    public IngestReport ingest(IngestInput input, boolean dryRun) {
        ParsedSummary summary = parse(input);
        List<String> unknown = summary.plans().stream().filter(p -> !p.municipalityKnown())
                .map(p -> "line " + p.line() + ": 「" + p.municipalityName() + "」 is not in the municipality list"
                        + " (GET /api/v1/municipalities); add it, then ingest again")
                .toList();
        if (!dryRun && !unknown.isEmpty()) {
            throw ApiException.invalid(unknown.stream().map(m -> new FieldError("text", m)).toList());
        }
        List<PlanBundle> known = summary.plans().stream().filter(ParsedPlan::municipalityKnown)
                .map(ParsedPlan::plan).toList();
        Set<String> stored = new HashSet<>();
        if (!known.isEmpty()) {
            plans.list("naturalKey in ?1", known.stream().map(PlanBundle::key).toList())
                    .forEach(p -> stored.add(p.naturalKey));
        }
        List<PlanBundle> fresh = known.stream().filter(p -> !stored.contains(p.key())).toList();
        ImportResult result = null;
        if (!dryRun && !fresh.isEmpty()) {
            result = imports.importBundle(new ImportBundle(null, null, fresh));
        }
        List<IngestedPlan> report = new ArrayList<>();
        for (ParsedPlan p : summary.plans()) {
            PlanBundle b = p.plan();
            IngestStatus status = !p.municipalityKnown() ? IngestStatus.UNKNOWN_MUNICIPALITY
                    : stored.contains(b.key()) ? IngestStatus.ALREADY_STORED
                    : dryRun ? IngestStatus.NEW : IngestStatus.CREATED;
            report.add(new IngestedPlan(p.line(), b.title(), p.municipalityName(), b.municipalityCode(), b.key(),
                    b.key() == null ? null : StableId.plan(b.key()), b.periodStart(), b.periodEnd(), status));
        }
        return new IngestReport(summary.document(), dryRun, report, summary.notices(),
                new ImportBundle(null, null, known), result);
    }

    private ParsedSummary parse(IngestInput input) {
        SummaryParser parser = new SummaryParser(municipalities.listAll().stream()
                .map(m -> new KnownMunicipality(m.code, m.name, m.kana)).toList());
        try {
            return parser.parse(input.document(), input.text());
        } catch (SummaryFormatException e) {
            throw new ApiException(400, "not-a-summary", "Not a summary of approved plans",
                    "The text is not a 「" + SummaryParser.HEADING + "」: parsing stopped at " + e.getMessage() + ".",
                    List.of(new FieldError("text", e.getMessage())));
        }
    }
}
