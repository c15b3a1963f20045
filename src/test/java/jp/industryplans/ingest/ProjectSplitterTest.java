package jp.industryplans.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** 事業の切り分け — the two ways the summaries name projects, and what is not a project. */
class ProjectSplitterTest {

    private static List<String> names(String text) {
        return ProjectSplitter.split(text).stream().map(ProjectText::name).toList();
    }

    @Test
    void aListOfNamesWithDetailsInBracketsIsSplitAtTheCommasOutsideTheBrackets() {
        List<ProjectText> projects = ProjectSplitter.split("生産性向上促進事業（生産性向上に資するIoT等の導入への補助、"
                + "デジタル変革をテーマとした講演会・交流会の開催）、起業家ネットワーク支援（区内起業家や起業支援機関が一堂に会する交流会等の開催）");
        assertEquals(2, projects.size());
        assertEquals("生産性向上促進事業", projects.get(0).name());
        assertEquals("生産性向上に資するIoT等の導入への補助、デジタル変革をテーマとした講演会・交流会の開催", projects.get(0).details());
        assertEquals("起業家ネットワーク支援", projects.get(1).name());
    }

    @Test
    void aProjectWhoseBracketsListItsPartsIsOneProject() {
        List<ProjectText> projects = ProjectSplitter.split("販路拡大支援事業（メイドイン品川PR事業、社会貢献製品支援事業）");
        assertEquals(1, projects.size());
        assertEquals("販路拡大支援事業", projects.get(0).name());
        assertEquals("メイドイン品川PR事業、社会貢献製品支援事業", projects.get(0).details());
        assertEquals("販路拡大支援事業（メイドイン品川PR事業、社会貢献製品支援事業）", projects.get(0).quote());
    }

    @Test
    void nestedAndMixedWidthBracketsStayWithTheirProject() {
        List<ProjectText> projects = ProjectSplitter.split("データ活用による地域課題解決モデル事業(外部人材(デジタル副業兼業人材・"
                + "スタートアップ)を大田区に呼び込み、課題解決のために協働するエコシステムを構築)");
        assertEquals(List.of("データ活用による地域課題解決モデル事業"), names(projects.get(0).quote()));
        assertEquals("外部人材(デジタル副業兼業人材・スタートアップ)を大田区に呼び込み、課題解決のために協働するエコシステムを構築",
                projects.get(0).details());
        assertEquals(List.of("(仮称) Tech×Future カンファレンス事業"),
                names("(仮称) Tech×Future カンファレンス事業（令和4年2月完成予定の(仮称)産業交流拠点における、展示会の開催等）"));
    }

    @Test
    void bracketsInsideAQuotedNameDoNotSplitIt() {
        assertEquals(List.of("「区政策活用スペース(HANEDA×PiO)」の交流空間の利用拡大", "同空間を HUB とした新産業創造・発信エコシステムの構築"),
                names("「区政策活用スペース(HANEDA×PiO)」の交流空間の利用拡大、同空間を HUB とした新産業創造・発信エコシステムの構築"));
    }

    @Test
    void namesWithoutDetailsAreProjectsToo() {
        List<ProjectText> projects = ProjectSplitter.split("工業振興の基盤強化、企業立地支援、次世代ものづくり人材育成");
        assertEquals(List.of("工業振興の基盤強化", "企業立地支援", "次世代ものづくり人材育成"),
                projects.stream().map(ProjectText::name).toList());
        assertEquals(null, projects.get(0).details());
    }

    @Test
    void aSentenceNamesItsProjectsInItsClosingBracketsAndNoneWithout() {
        assertEquals(List.of("台東区産業フェアの開催", "台東デザイナーズビレッジの運営"),
                names("事業者や支援機関、金融機関などの多様な主体が連携する機会や場を提供（台東区産業フェアの開催、台東デザイナーズビレッジの運営）"));
        assertEquals(List.of("新ビジネスチャレンジ支援", "自社ブランド販売支援"),
                names("キャッシュレス決済対応や、実店舗とオンラインショップの併用等、区内中小企業の新たなビジネスチャレンジを支援するほか、"
                        + "B2B、B2C、D2C をターゲットにした支援を強化（新ビジネスチャレンジ支援、自社ブランド販売支援）"));
        assertEquals(List.of(), names("個社レベルでの発信ができていない区内企業・商品の魅力を区がイベントや WEB、SNS 等で発信"));
    }

    @Test
    void aClosingEtcIsNoProjectButAnEtcInsideTheDetailsBelongsToThem() {
        List<ProjectText> projects = ProjectSplitter.split("ITスタートアップ支援事業（講演会等の実施）、創業支援センター等運営費（改修等）等");
        assertEquals(List.of("ITスタートアップ支援事業", "創業支援センター等運営費"), projects.stream().map(ProjectText::name).toList());
        assertEquals("改修等", projects.get(1).details());
        assertTrue(ProjectSplitter.endsWithEtc("日暮里地域創業機運醸成事業（ハンドメイドファッションの切り口による起業・創業機運の醸成） 等"));
        assertFalse(ProjectSplitter.endsWithEtc("起業家育成事業（創業支援者連絡会の開催、創業塾の実施等）"));
        assertEquals("意見交換や外部講師を招いた学びの場を定期的に開催 等",
                ProjectSplitter.split("公民連携推進事業(意見交換や外部講師を招いた学びの場を定期的に開催 等)").get(0).details());
    }

    @Test
    void aBracketTheExtractionNeverClosedRunsToTheEnd() {
        List<ProjectText> projects = ProjectSplitter.split("空き店舗活用支援事業（空き店舗を活用して事業を開始する創業者に対する経費補助");
        assertEquals("空き店舗活用支援事業", projects.get(0).name());
        assertEquals("空き店舗を活用して事業を開始する創業者に対する経費補助", projects.get(0).details());
    }
}
