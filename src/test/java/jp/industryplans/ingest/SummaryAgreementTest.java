package jp.industryplans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import jp.industryplans.seed.ImportBundle;
import jp.industryplans.seed.ImportBundle.InitiativeBundle;
import jp.industryplans.seed.ImportBundle.PlanBundle;
import jp.industryplans.seed.SeedLoader;
import org.junit.jupiter.api.Test;

/**
 * 照合 — the parser, run on the three summaries in {@code seeds/sources/}, against the 15 plans we
 * curated from them by hand ({@code seeds/plans/}), field by field: title, municipality code,
 * period, summary, the title of each category or pillar and the name of each project. It prints
 * the agreement per plan and overall, and fails below 95 % overall or when a curated plan is
 * missed or a plan is found that we did not curate.
 */
class SummaryAgreementTest {

    static final List<String> SUMMARIES = List.of("002_69dd780628cbc40f.txt", "003_a2486808138e2dbb.txt",
            "004_a41ef3be21e9a717.txt");

    @Test
    void theIngestAgreesWithOurCurationOfTheThreeSummaries() throws IOException {
        ImportBundle seeds = SeedLoader.read(Path.of("seeds"));
        SummaryParser parser = new SummaryParser(seeds.municipalities().stream()
                .map(m -> new KnownMunicipality(m.code(), m.name(), m.kana())).toList());

        Map<String, PlanBundle> curated = new TreeMap<>();
        for (PlanBundle p : seeds.plans()) {
            if (p.source() != null && SUMMARIES.contains(p.source().document())) {
                curated.put(p.key(), p);
            }
        }
        Map<String, PlanBundle> ingested = new TreeMap<>();
        for (String document : SUMMARIES) {
            String text = Files.readString(Path.of("seeds/sources", document), StandardCharsets.UTF_8);
            for (ParsedPlan p : parser.parse(document, text).plans()) {
                ingested.put(p.plan().key() == null ? "unknown:" + p.municipalityName() : p.plan().key(), p.plan());
            }
        }

        int agreeing = 0;
        int fields = 0;
        List<String> differences = new ArrayList<>();
        StringBuilder report = new StringBuilder("Agreement of the ingest with the curated plans:\n");
        for (PlanBundle c : curated.values()) {
            PlanBundle i = ingested.get(c.key());
            Tally t = compare(c, i);
            agreeing += t.agreeing;
            fields += t.fields;
            differences.addAll(t.differences);
            report.append(String.format("  %-22s %3d/%3d  %6.1f %%%n", c.key(), t.agreeing, t.fields, t.percent()));
        }
        List<String> unscored = new ArrayList<>();
        for (PlanBundle c : curated.values()) {
            unscored.addAll(compareUnscored(c, ingested.get(c.key())));
        }
        double overall = 100.0 * agreeing / fields;
        report.append(String.format("  %-22s %3d/%3d  %6.1f %%%n", "overall", agreeing, fields, overall));
        differences.forEach(d -> report.append("  differs: ").append(d).append('\n'));
        report.append("Not scored (edition, labels, descriptions, notes): ").append(unscored.size())
                .append(" differences\n");
        unscored.forEach(d -> report.append("  differs: ").append(d).append('\n'));
        System.out.print(report);

        TreeSet<String> missed = new TreeSet<>(curated.keySet());
        missed.removeAll(ingested.keySet());
        TreeSet<String> invented = new TreeSet<>(ingested.keySet());
        invented.removeAll(curated.keySet());
        assertEquals(new TreeSet<String>(), missed, "curated plans the ingest missed");
        assertEquals(new TreeSet<String>(), invented, "plans the ingest found that we did not curate");
        assertEquals(15, curated.size(), "the curated plans of the three summaries");
        assertTrue(overall >= 95.0, String.format("overall agreement %.1f %% is below 95 %%%n%s", overall, report));
    }

    /** Compares the scored fields of one curated plan with its ingested counterpart (null: missed). */
    static Tally compare(PlanBundle curated, PlanBundle ingested) {
        Tally t = new Tally(curated.key());
        PlanBundle i = ingested;
        t.field("title", curated.title(), i == null ? null : i.title());
        t.field("municipalityCode", curated.municipalityCode(), i == null ? null : i.municipalityCode());
        t.field("period", period(curated), i == null ? null : period(i));
        t.field("summary", curated.summary(), i == null ? null : i.summary());
        Map<String, InitiativeBundle> cRoots = byKey(curated.initiatives());
        Map<String, InitiativeBundle> iRoots = byKey(i == null ? null : i.initiatives());
        for (String key : union(cRoots, iRoots)) {
            InitiativeBundle cr = cRoots.get(key);
            InitiativeBundle ir = iRoots.get(key);
            t.field(key + ".title", cr == null ? null : cr.title(), ir == null ? null : ir.title());
            Map<String, InitiativeBundle> cKids = byKey(cr == null ? null : cr.children());
            Map<String, InitiativeBundle> iKids = byKey(ir == null ? null : ir.children());
            for (String kid : union(cKids, iKids)) {
                t.field(kid + ".name", cKids.containsKey(kid) ? cKids.get(kid).title() : null,
                        iKids.containsKey(kid) ? iKids.get(kid).title() : null);
            }
        }
        return t;
    }

    /** The fields the issue does not score, for the reviewer: edition, labels, descriptions, notes. */
    static List<String> compareUnscored(PlanBundle curated, PlanBundle ingested) {
        Tally t = new Tally(curated.key());
        if (ingested == null) {
            return t.differences;
        }
        t.field("edition", String.valueOf(curated.edition()), String.valueOf(ingested.edition()));
        t.field("notes", notes(curated), notes(ingested));
        Map<String, InitiativeBundle> iRoots = byKey(ingested.initiatives());
        for (InitiativeBundle cr : curated.initiatives()) {
            InitiativeBundle ir = iRoots.get(cr.key());
            if (ir == null) {
                continue;
            }
            t.field(cr.key() + ".label", cr.label(), ir.label());
            t.field(cr.key() + ".description", String.valueOf(cr.description()), String.valueOf(ir.description()));
            Map<String, InitiativeBundle> iKids = byKey(ir.children());
            for (InitiativeBundle ck : cr.children() == null ? List.<InitiativeBundle>of() : cr.children()) {
                InitiativeBundle ik = iKids.get(ck.key());
                if (ik != null) {
                    t.field(ck.key() + ".description", String.valueOf(ck.description()), String.valueOf(ik.description()));
                }
            }
        }
        return t.differences;
    }

    private static String notes(PlanBundle p) {
        return p.notes() == null ? "[]" : p.notes().stream().map(n -> n.kind() + ":" + n.text()).toList().toString();
    }

    private static String period(PlanBundle p) {
        return p.periodStart() + "–" + p.periodEnd() + " " + p.periodLabel();
    }

    private static Map<String, InitiativeBundle> byKey(List<InitiativeBundle> list) {
        Map<String, InitiativeBundle> out = new LinkedHashMap<>();
        if (list != null) {
            list.forEach(n -> out.put(n.key(), n));
        }
        return out;
    }

    private static List<String> union(Map<String, ?> a, Map<String, ?> b) {
        List<String> keys = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
        return keys;
    }

    static final class Tally {
        final String plan;
        int agreeing;
        int fields;
        final List<String> differences = new ArrayList<>();

        Tally(String plan) {
            this.plan = plan;
        }

        void field(String name, String curated, String ingested) {
            fields++;
            if (curated != null && Objects.equals(curated, ingested)) {
                agreeing++;
            } else {
                differences.add(plan + " " + name + ": curated 「" + curated + "」, ingest 「" + ingested + "」");
            }
        }

        double percent() {
            return fields == 0 ? 0 : 100.0 * agreeing / fields;
        }
    }
}
