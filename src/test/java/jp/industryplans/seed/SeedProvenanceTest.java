package jp.industryplans.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import jp.industryplans.common.Source;
import jp.industryplans.seed.ImportBundle.EvaluationBundle;
import jp.industryplans.seed.ImportBundle.IndicatorBundle;
import jp.industryplans.seed.ImportBundle.InitiativeBundle;
import jp.industryplans.seed.ImportBundle.PlanBundle;
import jp.industryplans.seed.ImportBundle.ValueBundle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed data says only what the source documents say: every seeded record carries a source
 * whose quote appears in its document (ignoring line breaks and spaces), and every figure of a
 * seeded value appears in its quote.
 */
class SeedProvenanceTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final Map<String, String> DOCUMENTS = new HashMap<>();
    private static ImportBundle bundle;

    @BeforeAll
    static void load() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS.resolve("sources"))) {
            for (Path f : files.toList()) {
                DOCUMENTS.put(f.getFileName().toString(), squeeze(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        bundle = SeedLoader.read(SEEDS);
    }

    static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000]+", "");
    }

    /**
     * The five documents are byte for byte the ones received: their SHA-256 checksums are
     * committed in {@code seeds/sources.sha256} (taken from the shared originals), so an edit
     * to a document, or a sixth one, fails here.
     */
    @Test
    void theFiveSourceDocumentsAreKeptUnchanged() throws IOException, NoSuchAlgorithmException {
        Map<String, String> committed = new TreeMap<>();
        for (String line : Files.readAllLines(SEEDS.resolve("sources.sha256"), StandardCharsets.UTF_8)) {
            String[] parts = line.split("\\s+\\*?", 2);
            committed.put(parts[1], parts[0]);
        }
        Map<String, String> actual = new TreeMap<>();
        for (String name : DOCUMENTS.keySet()) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SEEDS.resolve("sources").resolve(name)));
            actual.put(name, HexFormat.of().formatHex(digest));
        }
        assertEquals(5, committed.size());
        assertEquals(committed, actual);
    }

    @Test
    void everySeededRecordQuotesItsDocumentVerbatim() {
        List<String> faults = new ArrayList<>();
        int[] checked = {0};
        for (PlanBundle p : bundle.plans()) {
            String at = p.key();
            quote(at, p.source(), faults, checked);
            for (var note : nz(p.notes())) {
                quote(at + " note " + note.text(), note.source(), faults, checked);
            }
            indicators(at, p.indicators(), faults, checked);
            evaluations(at, p.evaluations(), faults, checked);
            initiatives(at, p.initiatives(), faults, checked);
        }
        assertEquals(List.of(), faults);
        assertTrue(checked[0] > 300, "quotes checked: " + checked[0]);
    }

    @Test
    void everySeededFigureAppearsInItsQuote() {
        List<String> faults = new ArrayList<>();
        int[] figures = {0};
        for (PlanBundle p : bundle.plans()) {
            forEachIndicator(p.key(), p.indicators(), p.initiatives(), (at, ind) -> {
                if (ind.baseline() != null && ind.baseline().value() != null) {
                    figures[0]++;
                    if (!figureIn(ind.baseline().value(), ind.baseline().text())) {
                        faults.add(at + " baseline " + ind.baseline().value() + " not in its text");
                    }
                }
                for (ValueBundle v : nz(ind.values())) {
                    if (v.value() == null) {
                        continue;
                    }
                    figures[0]++;
                    if (v.source() == null || !figureIn(v.value(), v.source().quote())) {
                        faults.add(at + " " + v.fiscalYear() + "/" + v.kind() + " " + v.value() + " not in its quote");
                    }
                    if (!figureIn(v.value(), v.text())) {
                        faults.add(at + " " + v.fiscalYear() + "/" + v.kind() + " " + v.value() + " not in its text");
                    }
                }
            });
        }
        assertEquals(List.of(), faults);
        assertTrue(figures[0] > 50, "figures checked: " + figures[0]);
    }

    @Test
    void everySeededFigureInWordsAppearsInItsQuote() {
        List<String> faults = new ArrayList<>();
        int[] words = {0};
        for (PlanBundle p : bundle.plans()) {
            forEachIndicator(p.key(), p.indicators(), p.initiatives(), (at, ind) -> {
                for (ValueBundle v : nz(ind.values())) {
                    if (v.qualitative() == null) {
                        continue;
                    }
                    words[0]++;
                    String said = switch (v.qualitative()) {
                        case DONE -> "実施";
                        case NOT_DONE -> "未実施";
                        case TEXT -> squeeze(String.valueOf(v.text()));
                    };
                    if (v.source() == null || !squeeze(v.source().quote()).contains(said)
                            || !squeeze(String.valueOf(v.text())).contains(said)) {
                        faults.add(at + " " + v.fiscalYear() + "/" + v.kind() + " " + v.qualitative()
                                + " not in its quote and text");
                    }
                }
            });
        }
        assertEquals(List.of(), faults);
        assertTrue(words[0] >= 6, "figures in words checked: " + words[0]);
    }

    /** The figure as digits (4600, 37.5) is in the text once full-width forms and commas are folded. */
    static boolean figureIn(BigDecimal value, String text) {
        if (text == null) {
            return false;
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).replace(",", "").replaceAll("\\s+", "");
        return folded.contains(value.stripTrailingZeros().toPlainString());
    }

    private static void quote(String at, Source source, List<String> faults, int[] checked) {
        checked[0]++;
        if (source == null) {
            faults.add(at + ": no source");
            return;
        }
        String document = DOCUMENTS.get(source.document());
        if (document == null) {
            faults.add(at + ": unknown document " + source.document());
        } else if (!document.contains(squeeze(source.quote()))) {
            faults.add(at + ": quote not in " + source.document() + ": " + source.quote());
        }
    }

    private static void initiatives(String at, List<InitiativeBundle> nodes, List<String> faults, int[] checked) {
        for (InitiativeBundle n : nz(nodes)) {
            String here = at + "/" + n.key();
            quote(here, n.source(), faults, checked);
            indicators(here, n.indicators(), faults, checked);
            evaluations(here, n.evaluations(), faults, checked);
            initiatives(here, n.children(), faults, checked);
        }
    }

    private static void indicators(String at, List<IndicatorBundle> list, List<String> faults, int[] checked) {
        for (IndicatorBundle i : nz(list)) {
            quote(at + "#" + i.key(), i.source(), faults, checked);
            for (ValueBundle v : nz(i.values())) {
                quote(at + "#" + i.key() + " " + v.fiscalYear() + "/" + v.kind(), v.source(), faults, checked);
            }
        }
    }

    private static void evaluations(String at, List<EvaluationBundle> list, List<String> faults, int[] checked) {
        for (EvaluationBundle e : nz(list)) {
            quote(at + "#" + e.key(), e.source(), faults, checked);
        }
    }

    private static void forEachIndicator(String at, List<IndicatorBundle> own, List<InitiativeBundle> nodes,
                                         java.util.function.BiConsumer<String, IndicatorBundle> action) {
        nz(own).forEach(i -> action.accept(at + "#" + i.key(), i));
        for (InitiativeBundle n : nz(nodes)) {
            forEachIndicator(at + "/" + n.key(), n.indicators(), n.children(), action);
        }
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }
}
