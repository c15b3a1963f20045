package jp.industryplans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.industryplans.common.Source;
import jp.industryplans.initiative.InitiativeKind;
import jp.industryplans.plan.Note;
import jp.industryplans.seed.ImportBundle.InitiativeBundle;
import jp.industryplans.seed.ImportBundle.PlanBundle;
import org.junit.jupiter.api.Test;

/** 概要の読取 — headers, periods, editions, categories and pillars, artefacts of PDF extraction, refusals. */
class SummaryParserTest {

    static final SummaryParser PARSER = new SummaryParser(List.of(
            new KnownMunicipality("131067", "台東区", "たいとうく"),
            new KnownMunicipality("131075", "墨田区", "すみだく"),
            new KnownMunicipality("131113", "大田区", "おおたく"),
            new KnownMunicipality("131199", "板橋区", "いたばしく"),
            new KnownMunicipality("132012", "八王子市", "はちおうじし")));

    /** Lines as an extractor writes them: a space ends a paragraph, blank lines everywhere, words broken. */
    static final String WRAPPED = String.join("\n",
            "",
            "【承認した地域産業活性化計画の概要】  ",
            "",
            "「【第２次】大田区ものづくり地域産業活性化計画」 （大田区）  【計画期間：令和４年度～令和６年度】 ",
            "",
            "大田区は、ものづくり企業の集積を特徴としてい",
            "る。そこで、立地政策を推進する。 ",
            " ",
            "",
            "(１)多様な主体との連携を図る取組 ",
            "",
            "  ＨＡＮＥＤＡ交流空間の利用拡大、新産業創造・発",
            "",
            "信エコシステムの構築 ",
            "",
            "(２)感染症や災害などの発生による社会経済活動の大き",
            "",
            "な変化や社会構造の変革への対応に係る取組 ",
            "",
            "  データ活用モデル事業(外部人材を大田区に呼び込み、",
            "",
            "課題解決のために協働) ",
            "",
            "(３) (１)、(２)以外の取組 ",
            "",
            "  事業承継支援 ",
            "",
            "「台東区産業フェア 2019」展示商談会 ",
            "",
            "自社ブランド販売支援 ",
            "",
            "（オンラインショップ出店の支援） ",
            " 「台東区地域産業活性化計画」 （台東区）  【計画期間：令和４年度～令和６年度】 ",
            "",
            "台東区はファッション関連産業が集積している。 ",
            "",
            "(１)多様な主体との連携を図る取組 ",
            "",
            "  事業者や支援機関などの多様な主体が連携する場を提供（台東",
            "",
            "区産業フェアの開催、自社ブランド販売支援） ",
            " （各区市が策定した地域産業活性化計画に基づく事業の実施については、都及び各区市の予算につ",
            "",
            "いての議会の議決を受け、確定するものです。） ",
            "");

    static PlanBundle plan(ParsedSummary s, String key) {
        return s.plans().stream().map(ParsedPlan::plan).filter(p -> key.equals(p.key())).findFirst().orElseThrow();
    }

    @Test
    void aPlanHeaderGivesTitleEditionMunicipalityAndFiscalYears() {
        PlanBundle ota = plan(PARSER.parse("next.txt", WRAPPED), "131113-regional-2022");
        assertEquals("【第２次】大田区ものづくり地域産業活性化計画", ota.title());
        assertEquals(2, ota.edition());
        assertEquals("131113", ota.municipalityCode());
        assertEquals("令和４年度～令和６年度", ota.periodLabel());
        assertEquals(2022, ota.periodStart());
        assertEquals(2024, ota.periodEnd());
        assertEquals("東京都", ota.approvingBody());
        assertEquals(new Source("next.txt", "「【第２次】大田区ものづくり地域産業活性化計画」 （大田区）  【計画期間：令和４年度～令和６年度】"),
                ota.source());
    }

    @Test
    void eraRangesBecomeFiscalYearsIncludingHeiseiYearsThatNeverWere() {
        assertEquals(List.of(2019, 2021), years("平成31年度～平成33年度"));
        assertEquals(List.of(2019, 2021), years("平成 31 年度～平成 33 年度"));
        assertEquals(List.of(2021, 2023), years("令和３年度～令和５年度"));
        assertEquals(List.of(2019, 2021), years("令和元年度～令和３年度"));
        assertEquals(List.of(2022, 2024), years("令和4年度～6年度"));
        assertEquals(List.of(2020, 2022), years("令和2年度〜令和4年度"));
    }

    private static List<Integer> years(String label) {
        PlanBundle p = PARSER.parse("x.txt", "【承認した地域産業活性化計画の概要】\n「墨田区計画」（墨田区）【計画期間：" + label + "】\n概要。\n")
                .plans().get(0).plan();
        assertEquals(label, p.periodLabel());
        return List.of(p.periodStart(), p.periodEnd());
    }

    @Test
    void wordsBrokenAcrossLinesAreJoinedAndWidthsKeptAsWritten() {
        PlanBundle ota = plan(PARSER.parse("next.txt", WRAPPED), "131113-regional-2022");
        assertEquals("大田区は、ものづくり企業の集積を特徴としている。そこで、立地政策を推進する。", ota.summary());
        InitiativeBundle c1 = ota.initiatives().get(0);
        assertEquals("(１)", c1.label());
        assertEquals(InitiativeKind.CATEGORY, c1.kind());
        assertEquals(List.of("ＨＡＮＥＤＡ交流空間の利用拡大", "新産業創造・発信エコシステムの構築"), titles(c1.children()));
        InitiativeBundle c2 = ota.initiatives().get(1);
        assertEquals("感染症や災害などの発生による社会経済活動の大きな変化や社会構造の変革への対応に係る取組", c2.title());
        assertEquals("データ活用モデル事業", c2.children().get(0).title());
        assertEquals("外部人材を大田区に呼び込み、課題解決のために協働", c2.children().get(0).description());
        InitiativeBundle c3 = ota.initiatives().get(2);
        assertEquals("(３)", c3.label());
        assertEquals("(１)、(２)以外の取組", c3.title());
        assertEquals(List.of("c1", "c2", "c3"), ota.initiatives().stream().map(InitiativeBundle::key).toList());
        assertEquals(List.of("c3-p1"), c3.children().stream().map(InitiativeBundle::key).toList());
    }

    @Test
    void captionsPrintedAfterAnotherPlanGoToThePlanTheyNameAndTheClosingFootnoteToEveryPlan() {
        ParsedSummary s = PARSER.parse("next.txt", WRAPPED);
        PlanBundle taito = plan(s, "131067-regional-2022");
        PlanBundle ota = plan(s, "131113-regional-2022");
        String footnote = "（各区市が策定した地域産業活性化計画に基づく事業の実施については、都及び各区市の予算についての議会の議決を受け、確定するものです。）";
        assertEquals(List.of("PHOTO_CAPTION 「台東区産業フェア 2019」展示商談会",
                "PHOTO_CAPTION 自社ブランド販売支援（オンラインショップ出店の支援）", "FOOTNOTE " + footnote), notes(taito));
        assertEquals(List.of("FOOTNOTE " + footnote), notes(ota));
        assertEquals(List.of("台東区産業フェアの開催", "自社ブランド販売支援"), titles(taito.initiatives().get(0).children()));
        assertTrue(s.notices().stream().anyMatch(n -> n.startsWith("line 28: the caption 「「台東区産業フェア 2019」展示商談会」")),
                s.notices().toString());
    }

    @Test
    void numberedPillarsOneLinePerParagraphAndAGlossary() {
        String text = String.join("\n",
                "【承認した地域産業活性化計画の概要】",
                "",
                "「八王子市地域産業活性化計画」（八王子市） 【計画期間:令和2年度～令和4年度】",
                "",
                "八王子市では、市内中小企業の対応が課題となっている。",
                "",
                "八王子ニュータウンの新規立地企業",
                "",
                "産学連携による共同研究開発",
                "(写真:研究に使用するドローン)",
                "",
                "- 1 企業立地の促進",
                "企業立地促進のための奨励金交付事業（奨励金の交付、会議の開催）",
                "- 2 中小企業等の活性化支援",
                "中小企業等の事業承継支援（調査の実施、セミナーの開催）等",
                "",
                "※「STEM 教育」",
                "Science",
                "科学",
                "");
        PlanBundle p = PARSER.parse("x.txt", text).plans().get(0).plan();
        assertEquals(List.of("p1", "p2"), p.initiatives().stream().map(InitiativeBundle::key).toList());
        InitiativeBundle p2 = p.initiatives().get(1);
        assertEquals(InitiativeKind.PILLAR, p2.kind());
        assertEquals("2", p2.label());
        assertEquals("中小企業等の活性化支援", p2.title());
        assertEquals("中小企業等の事業承継支援", p2.children().get(0).title());
        assertEquals("p2-1", p2.children().get(0).key());
        assertEquals(SummaryParser.ETC_NOTE, p2.note());
        assertNull(p.initiatives().get(0).note());
        assertEquals(List.of("PHOTO_CAPTION 八王子ニュータウンの新規立地企業",
                "PHOTO_CAPTION 産学連携による共同研究開発(写真:研究に使用するドローン)",
                "GLOSSARY ※「STEM 教育」Science科学"), notes(p));
    }

    @Test
    void anUnknownMunicipalityIsReportedNotGuessed() {
        ParsedSummary s = PARSER.parse("x.txt",
                "【承認した地域産業活性化計画の概要】\n「足立区地域産業活性化計画」（足立区）【計画期間：令和４年度～令和６年度】\n概要。\n"
                        + "「墨田区地域産業活性化計画」（墨田区）【計画期間：令和４年度～令和６年度】\n概要。\n");
        ParsedPlan adachi = s.plans().get(0);
        assertEquals("足立区", adachi.municipalityName());
        assertEquals(false, adachi.municipalityKnown());
        assertNull(adachi.plan().municipalityCode());
        assertNull(adachi.plan().key());
        assertEquals("131075-regional-2022", s.plans().get(1).plan().key());
        assertTrue(s.notices().contains("line 2: 「足立区」 is not in the municipality list; the plan 「足立区地域産業活性化計画」"
                + " cannot be stored until it is added"), s.notices().toString());
    }

    @Test
    void textThatIsNotASummarySaysWhatWasExpectedAndWhereParsingStopped() throws IOException {
        String sheet = Files.readString(Path.of("seeds/sources/001_e1ac07e1e74ba04c.txt"), StandardCharsets.UTF_8);
        SummaryFormatException e = assertThrows(SummaryFormatException.class, () -> PARSER.parse("001.txt", sheet));
        assertEquals("the heading 【承認した地域産業活性化計画の概要】", e.expected());
        assertTrue(e.line() >= 1 && e.found() != null, e.getMessage());

        e = assertThrows(SummaryFormatException.class, () -> PARSER.parse("x.txt", "  \n\n"));
        assertEquals(1, e.line());

        e = assertThrows(SummaryFormatException.class,
                () -> PARSER.parse("x.txt", "【承認した地域産業活性化計画の概要】\n\nこれは計画ではない。\n"));
        assertEquals(3, e.line());
        assertEquals("a plan header 「計画名」（区市名）【計画期間：…年度～…年度】", e.expected());
        assertEquals("これは計画ではない。", e.found());

        e = assertThrows(SummaryFormatException.class,
                () -> PARSER.parse("x.txt", "【承認した地域産業活性化計画の概要】\n「墨田区計画」（墨田区）【計画期間：そのうち】\n"));
        assertEquals(2, e.line());
        assertTrue(e.expected().startsWith("a plan period"), e.expected());

        e = assertThrows(SummaryFormatException.class,
                () -> PARSER.parse("x.txt", "【承認した地域産業活性化計画の概要】\n「墨田区計画」（墨田区）\n概要。\n"));
        assertEquals(2, e.line());

        e = assertThrows(SummaryFormatException.class,
                () -> PARSER.parse("x.txt", "【承認した地域産業活性化計画の概要】\n"));
        assertTrue(e.expected().startsWith("at least one plan header"), e.expected());
    }

    @Test
    void aPeriodOnTheLineAfterTheHeaderIsRead() {
        PlanBundle p = PARSER.parse("x.txt",
                "【承認した地域産業活性化計画の概要】\n「墨田区計画」（墨田区）\n【計画期間：令和４年度～令和６年度】\n概要。\n").plans().get(0).plan();
        assertEquals(2022, p.periodStart());
        assertEquals("概要。", p.summary());
    }

    @Test
    void everyRecordOfTheThreeSummariesQuotesItsDocumentVerbatim() throws IOException {
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (String document : SummaryAgreementTest.SUMMARIES) {
            String text = Files.readString(Path.of("seeds/sources", document), StandardCharsets.UTF_8);
            String squeezed = squeeze(text);
            for (ParsedPlan parsed : PARSER.parse(document, text).plans()) {
                List<Source> sources = new ArrayList<>();
                PlanBundle p = parsed.plan();
                sources.add(p.source());
                p.notes().forEach(n -> sources.add(n.source()));
                for (InitiativeBundle i : p.initiatives()) {
                    sources.add(i.source());
                    i.children().forEach(c -> sources.add(c.source()));
                }
                for (Source s : sources) {
                    checked++;
                    if (!document.equals(s.document()) || !squeezed.contains(squeeze(s.quote()))) {
                        faults.add(s.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), faults);
        assertTrue(checked > 150, "quotes checked: " + checked);
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\u3000]+", "");
    }

    private static List<String> titles(List<InitiativeBundle> nodes) {
        return nodes.stream().map(InitiativeBundle::title).toList();
    }

    private static List<String> notes(PlanBundle p) {
        return p.notes().stream().map((Note n) -> n.kind() + " " + n.text()).toList();
    }
}
