package jp.industryplans.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.industryplans.common.FiscalYear;
import jp.industryplans.common.Source;
import jp.industryplans.initiative.InitiativeKind;
import jp.industryplans.plan.Note;
import jp.industryplans.plan.NoteKind;
import jp.industryplans.plan.PlanKind;
import jp.industryplans.seed.ImportBundle.InitiativeBundle;
import jp.industryplans.seed.ImportBundle.PlanBundle;

/**
 * 概要の読取 — reads a 「承認した地域産業活性化計画の概要」 (the Tokyo Metropolitan Government's
 * summary of the Regional Industry Revitalization Plans it approved), as text extracted from the
 * PDF, into import entries: one plan per 「計画名」（区市名）【計画期間：…】 header, with its summary,
 * its categories ((１)…) or numbered pillars (１ …), the projects named under each, its photo
 * captions and glossary, and the document's closing footnote. Every record carries the document's
 * name and a quote found in the text.
 *
 * <p>Pure: no database, no framework. The municipality list is given to the constructor; a name
 * not in it is reported, never guessed.
 */
public final class SummaryParser {

    /** The heading every such summary opens with. */
    public static final String HEADING = "承認した地域産業活性化計画の概要";

    static final String ETC_NOTE = "文末に「等」とあり、記載以外の事業も含まれる";

    private static final Pattern HEADER = Pattern.compile(
            "^「([^「」]+)」\\s*[（(]([^（()）]+)[）)]\\s*(?:【\\s*計画期間\\s*[:：]\\s*([^】]*)】)?\\s*$");
    private static final Pattern PERIOD_ONLY = Pattern.compile("^【\\s*計画期間\\s*[:：]\\s*([^】]*)】\\s*$");
    private static final Pattern EDITION = Pattern.compile("^【第\\s*([0-9]{1,2}|[一二三四五六七八九十])\\s*次】");
    private static final Pattern CATEGORY = Pattern.compile("^[（(]([0-9]{1,2})[)）]\\s*(.+)$");
    private static final Pattern PILLAR = Pattern.compile("^(?:[-・‐－]\\s*)?([0-9]{1,2})\\s+(.+)$");
    private static final Pattern FOOTNOTE = Pattern.compile("^[（(].*。\\s*[)）]$");
    private static final Pattern BRACKETED = Pattern.compile("^[（(].*[)）]$");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:[～〜~]|から)\\s*");
    private static final Pattern ERA_PREFIX = Pattern.compile("^\\s*(令和|平成|昭和)");
    private static final Pattern YEAR_ONLY = Pattern.compile("^\\s*(?:元|[0-9]{1,2})\\s*年度?\\s*$");
    private static final String KANJI_DIGITS = "一二三四五六七八九十";

    private final Map<String, KnownMunicipality> byName = new HashMap<>();

    public SummaryParser(Collection<KnownMunicipality> municipalities) {
        for (KnownMunicipality m : municipalities) {
            byName.put(Width.fold(m.name()).strip(), m);
        }
    }

    /**
     * Reads one summary.
     *
     * @param document the document's name, recorded as every record's source
     * @param text     the text extracted from the PDF
     * @throws SummaryFormatException when the text is not such a summary, naming the line
     */
    public ParsedSummary parse(String document, String text) {
        List<Paragraph> paragraphs = Paragraphs.of(text == null ? "" : text);
        if (paragraphs.isEmpty()) {
            throw new SummaryFormatException(1, "the heading 【" + HEADING + "】", null);
        }
        Paragraph first = paragraphs.get(0);
        if (!first.folded().replaceAll("\\s", "").contains(HEADING)) {
            throw new SummaryFormatException(first.line(), "the heading 【" + HEADING + "】", first.text());
        }
        List<Draft> drafts = new ArrayList<>();
        List<Paragraph> footnotes = new ArrayList<>();
        Draft current = null;
        for (int i = 1; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Matcher header = HEADER.matcher(p.folded());
            if (header.matches()) {
                String period = group(p, header, 3);
                if (period == null && i + 1 < paragraphs.size()) {
                    Matcher alone = PERIOD_ONLY.matcher(paragraphs.get(i + 1).folded());
                    if (alone.matches()) {
                        period = group(paragraphs.get(++i), alone, 1);
                        p = p.append(" " + paragraphs.get(i).text());
                    }
                }
                if (period == null) {
                    throw new SummaryFormatException(p.line(), "the plan period 【計画期間：…年度～…年度】 after the"
                            + " plan's title and municipality", p.text());
                }
                current = new Draft(p, group(p, header, 1), group(p, header, 2), period);
                drafts.add(current);
                continue;
            }
            if (current == null) {
                throw new SummaryFormatException(p.line(),
                        "a plan header 「計画名」（区市名）【計画期間：…年度～…年度】", p.text());
            }
            current.read(p, footnotes);
        }
        if (drafts.isEmpty()) {
            throw new SummaryFormatException(paragraphs.get(paragraphs.size() - 1).line(),
                    "at least one plan header 「計画名」（区市名）【計画期間：…年度～…年度】 after the heading", null);
        }
        return assemble(document, drafts, footnotes);
    }

    private ParsedSummary assemble(String document, List<Draft> drafts, List<Paragraph> footnotes) {
        List<String> notices = new ArrayList<>();
        placeCaptions(drafts, notices);
        List<ParsedPlan> plans = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Draft d : drafts) {
            KnownMunicipality m = byName.get(Width.fold(d.municipalityName).strip().replaceFirst("^東京都", ""));
            String key = null;
            if (m == null) {
                notices.add("line " + d.line + ": 「" + d.municipalityName + "」 is not in the municipality list;"
                        + " the plan 「" + d.title + "」 cannot be stored until it is added");
            } else {
                key = m.code() + "-regional-" + d.start;
                if (!keys.add(key)) {
                    notices.add("line " + d.line + ": a second plan of " + d.municipalityName + " starting in FY"
                            + d.start + " (" + key + "); only the first is kept");
                    continue;
                }
            }
            d.notices(notices);
            plans.add(new ParsedPlan(d.line, d.municipalityName, d.bundle(document, key, m, footnotes)));
        }
        return new ParsedSummary(document, List.copyOf(plans), List.copyOf(notices));
    }

    /**
     * Pages print their photos' captions after the text of the page's last plan. A caption that
     * names another plan's municipality (or its reading: いたばし) or one of its projects goes to that
     * plan. Otherwise a caption whose words a plan printed just before shares clearly more often
     * than the plan it follows (区内協定企業と連携した起業家向けチャレンジ出店企画 after 北区's text, in
     * the words of 豊島区's) goes to that plan; the others stay where they are.
     */
    private void placeCaptions(List<Draft> drafts, List<String> notices) {
        for (int d = 0; d < drafts.size(); d++) {
            Draft here = drafts.get(d);
            for (Caption c : List.copyOf(here.captions)) {
                Draft to = null;
                String why = null;
                if (!here.names(c.text)) {
                    for (Draft other : drafts) {
                        if (other != here && other.names(c.text)) {
                            to = other;
                            why = "names";
                            break;
                        }
                    }
                    if (to == null && d > 0) {
                        Draft before = drafts.get(d - 1);
                        int own = here.sharedWords(c.text);
                        int theirs = before.sharedWords(c.text);
                        if (theirs >= own + 3 && theirs * 2 >= own * 3) {
                            to = before;
                            why = "shares more words with";
                        }
                    }
                }
                if (to != null) {
                    here.captions.remove(c);
                    to.captions.add(c);
                    notices.add("line " + c.line + ": the caption 「" + c.text + "」 printed after 「" + here.title
                            + "」 " + why + " 「" + to.title + "」 and is placed with it");
                }
            }
        }
    }

    /** The pairs of adjacent letters (kanji, kana, Latin) in a text, a language-neutral stand-in for its words. */
    static Set<String> bigrams(String text) {
        Set<String> out = new LinkedHashSet<>();
        String folded = Width.fold(text);
        for (int i = 0; i + 1 < folded.length(); i++) {
            if (Character.isLetterOrDigit(folded.charAt(i)) && Character.isLetterOrDigit(folded.charAt(i + 1))) {
                out.add(folded.substring(i, i + 2));
            }
        }
        return out;
    }

    private KnownMunicipality known(String name) {
        return byName.get(Width.fold(name).strip().replaceFirst("^東京都", ""));
    }

    private static String group(Paragraph p, Matcher m, int group) {
        return m.group(group) == null ? null : Width.strip(p.text().substring(m.start(group), m.end(group)));
    }

    private static int[] period(Paragraph p, String label) {
        String[] sides = RANGE.split(Width.fold(label));
        try {
            if (sides.length != 2) {
                throw new IllegalArgumentException();
            }
            String end = sides[1];
            Matcher era = ERA_PREFIX.matcher(sides[0]);
            if (YEAR_ONLY.matcher(end).matches() && era.find()) {
                end = era.group(1) + end.strip();
            }
            int from = FiscalYear.parse(sides[0]).year();
            int to = FiscalYear.parse(end).year();
            if (from > to) {
                throw new IllegalArgumentException();
            }
            return new int[] {from, to};
        } catch (IllegalArgumentException e) {
            throw new SummaryFormatException(p.line(), "a plan period of two fiscal years such as 令和３年度～令和５年度"
                    + " or 平成31年度～平成33年度", label);
        }
    }

    private static Integer edition(String title) {
        Matcher m = EDITION.matcher(Width.fold(title));
        if (!m.find()) {
            return null;
        }
        String n = m.group(1);
        int kanji = KANJI_DIGITS.indexOf(n);
        return kanji >= 0 ? kanji + 1 : Integer.valueOf(n);
    }

    private enum Stage { SUMMARY, PREAMBLE, BODY, AFTER_BODY }

    private static final class Caption {
        final int line;
        String text;

        Caption(Paragraph p) {
            this.line = p.line();
            this.text = p.text();
        }
    }

    private static final class Node {
        final int line;
        final InitiativeKind kind;
        final String label;
        final String title;
        final String heading;
        String body;

        Node(Paragraph p, InitiativeKind kind, String label, String title) {
            this.line = p.line();
            this.kind = kind;
            this.label = label;
            this.title = title;
            this.heading = p.text();
        }
    }

    /** A plan while its paragraphs are being read. */
    private final class Draft {
        final int line;
        final String header;
        final String title;
        final String municipalityName;
        final String periodLabel;
        final int start;
        final int end;
        String summary;
        Stage stage = Stage.SUMMARY;
        final List<Node> nodes = new ArrayList<>();
        final List<Caption> captions = new ArrayList<>();
        Caption lastCaption;
        StringBuilder glossary;
        /** A glossary (※…) runs on to the next plan or footnote. */
        boolean glossaryOpen;

        Draft(Paragraph header, String title, String municipalityName, String periodLabel) {
            this.line = header.line();
            this.header = header.text();
            this.title = title;
            this.municipalityName = municipalityName;
            this.periodLabel = periodLabel;
            int[] years = period(header, periodLabel);
            this.start = years[0];
            this.end = years[1];
        }

        void read(Paragraph p, List<Paragraph> footnotes) {
            Caption previous = lastCaption;
            lastCaption = null;
            String folded = p.folded();
            if (FOOTNOTE.matcher(folded).matches()) {
                footnotes.add(p);
                glossaryOpen = false;
                return;
            }
            if (glossaryOpen) {
                glossary.append(p.text());
                return;
            }
            if (folded.startsWith("※")) {
                glossary = new StringBuilder(p.text());
                glossaryOpen = true;
                return;
            }
            Node heading = heading(p);
            if (heading != null) {
                nodes.add(heading);
                stage = Stage.BODY;
                return;
            }
            switch (stage) {
                case SUMMARY -> {
                    summary = p.text();
                    stage = Stage.PREAMBLE;
                }
                case PREAMBLE -> {
                    if (captions.isEmpty() && p.text().endsWith("。")) {
                        summary = Paragraphs.join(summary, p.text());
                    } else {
                        caption(p, previous);
                    }
                }
                case BODY -> {
                    last().body = p.text();
                    stage = Stage.AFTER_BODY;
                }
                case AFTER_BODY -> {
                    Node node = last();
                    if (node.body.endsWith("、") || node.body.endsWith("・")) {
                        node.body = Paragraphs.join(node.body, p.text());
                    } else {
                        caption(p, previous);
                    }
                }
            }
        }

        /** A caption; one that is all in brackets, (テクノタウン小松川), completes the caption before it. */
        private void caption(Paragraph p, Caption previous) {
            if (previous != null && BRACKETED.matcher(p.folded()).matches()) {
                previous.text = previous.text + p.text();
                lastCaption = previous;
                return;
            }
            lastCaption = new Caption(p);
            captions.add(lastCaption);
        }

        private Node heading(Paragraph p) {
            String folded = p.folded();
            boolean pillars = nodes.stream().anyMatch(n -> n.kind == InitiativeKind.PILLAR);
            boolean categories = nodes.stream().anyMatch(n -> n.kind == InitiativeKind.CATEGORY);
            Matcher m = CATEGORY.matcher(folded);
            if (!pillars && m.matches() && Integer.parseInt(m.group(1)) == nodes.size() + 1) {
                return new Node(p, InitiativeKind.CATEGORY, Width.strip(p.text().substring(0, m.start(2))),
                        Width.strip(p.text().substring(m.start(2))));
            }
            m = PILLAR.matcher(folded);
            if (!categories && m.matches() && Integer.parseInt(m.group(1)) == nodes.size() + 1
                    && m.group(2).length() <= 60 && !m.group(2).strip().endsWith("。")) {
                return new Node(p, InitiativeKind.PILLAR, p.text().substring(m.start(1), m.end(1)),
                        Width.strip(p.text().substring(m.start(2))));
            }
            return null;
        }

        private Node last() {
            return nodes.get(nodes.size() - 1);
        }

        /** Whether a caption names this plan: its municipality, the municipality's reading, or a project. */
        boolean names(String caption) {
            String folded = Width.fold(caption);
            KnownMunicipality m = known(municipalityName);
            if (folded.contains(Width.fold(municipalityName))) {
                return true;
            }
            if (m != null && m.kana() != null && m.kana().length() >= 4
                    && folded.contains(m.kana().substring(0, m.kana().length() - 1))) {
                return true;
            }
            for (Node n : nodes) {
                for (ProjectText project : n.body == null ? List.<ProjectText>of() : ProjectSplitter.split(n.body)) {
                    if (project.name().length() >= 5 && folded.contains(Width.fold(project.name()))) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** How many of the caption's letter pairs this plan's own text (title, summary, initiatives) has. */
        int sharedWords(String caption) {
            StringBuilder own = new StringBuilder(title).append(summary == null ? "" : summary);
            for (Node n : nodes) {
                own.append(n.title).append(n.body == null ? "" : n.body);
            }
            Set<String> words = bigrams(own.toString());
            return (int) bigrams(caption).stream().filter(words::contains).count();
        }

        void notices(List<String> out) {
            if (summary == null) {
                out.add("line " + line + ": 「" + title + "」 has no summary paragraph");
            }
            if (nodes.isEmpty()) {
                out.add("line " + line + ": 「" + title + "」 has no category (１) or numbered pillar １");
            }
            for (Node n : nodes) {
                if (n.body == null || ProjectSplitter.split(n.body).isEmpty()) {
                    out.add("line " + n.line + ": " + n.label + " " + n.title + " of 「" + title + "」 names no project");
                }
            }
        }

        PlanBundle bundle(String document, String key, KnownMunicipality m, List<Paragraph> footnotes) {
            List<Note> notes = new ArrayList<>();
            for (Caption c : captions) {
                notes.add(new Note(NoteKind.PHOTO_CAPTION, c.text, source(document, c.text)));
            }
            if (glossary != null) {
                notes.add(new Note(NoteKind.GLOSSARY, glossary.toString(), source(document, glossary.toString())));
            }
            for (Paragraph f : footnotes) {
                notes.add(new Note(NoteKind.FOOTNOTE, f.text(), source(document, f.text())));
            }
            List<InitiativeBundle> roots = new ArrayList<>();
            int number = 0;
            for (Node n : nodes) {
                number++;
                String nodeKey = (n.kind == InitiativeKind.CATEGORY ? "c" : "p") + number;
                List<ProjectText> projects = n.body == null ? List.of() : ProjectSplitter.split(n.body);
                List<InitiativeBundle> children = new ArrayList<>();
                for (int j = 0; j < projects.size(); j++) {
                    ProjectText pt = projects.get(j);
                    String childKey = n.kind == InitiativeKind.CATEGORY ? nodeKey + "-p" + (j + 1) : nodeKey + "-" + (j + 1);
                    children.add(new InitiativeBundle(childKey, InitiativeKind.PROJECT, null, pt.name(), pt.details(),
                            null, null, null, List.of(), null, source(document, pt.quote()), List.of(), List.of(),
                            List.of()));
                }
                String quote = n.body == null ? n.heading
                        : n.heading + " " + n.body.substring(0, Math.min(20, n.body.length()));
                roots.add(new InitiativeBundle(nodeKey, n.kind, n.label, n.title,
                        n.kind == InitiativeKind.CATEGORY ? n.body : null, null, null, null, List.of(),
                        n.body != null && ProjectSplitter.endsWithEtc(n.body) ? ETC_NOTE : null,
                        source(document, quote), children, List.of(), List.of()));
            }
            return new PlanBundle(key, m == null ? null : m.code(), PlanKind.REGIONAL_INDUSTRY_REVITALIZATION, title,
                    edition(title), periodLabel, start, end, summary, List.of(), "東京都", notes,
                    source(document, header), roots, List.of(), List.of());
        }
    }

    private static Source source(String document, String quote) {
        return new Source(document, quote.length() <= 2000 ? quote : quote.substring(0, 2000));
    }
}
