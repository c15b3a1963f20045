package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTextTest {

    private static final String US = "\u001F";

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            // full-width ASCII to half-width, then lower case
            "ＴＡＳＫ|task",
            "ＡＢＣ ｄｅｆ|abcdef",
            "３７.５|37.5",
            "３７．５％|37.5%",
            "ＫＰＩ（重要業績評価指標）|kpi(重要業績評価指標)",
            "Ｒ３年度|r3年度",
            "【第２次】|【第2次】",
            "第２期総合戦略|第2期総合戦略",
            // half-width katakana to full-width, with voiced marks composed
            "ｶﾀｶﾅ|カタカナ",
            "ﾃﾞｼﾞﾀﾙ|デジタル",
            "ﾊﾟｰﾄﾅｰｼｯﾌﾟ|パートナーシップ",
            "ｲﾝﾊﾞｳﾝﾄﾞ観光|インバウンド観光",
            // ASCII upper case
            "DX推進|dx推進",
            "Society 5.0|society5.0",
            "ICT|ict",
            // compatibility characters
            "①|1",
            "㈱ＡＢＣ|(株)abc",
            "㎡当たり|m2当たり",
            "㍻31年度|平成31年度",
            "ﾐﾘ㍉|ミリミリ",
            // already normal text is unchanged
            "産業振興計画|産業振興計画",
            "令和3年度|令和3年度",
            "ひらがな|ひらがな",
            "ｘ|x",
    })
    void normalizes(String text, String expected) {
        assertEquals(expected, SearchText.normalize(text));
    }

    @ParameterizedTest(name = "whitespace removed from {index}")
    @ValueSource(strings = {
            "産業 振興",
            "産業\u3000振興",           // ideographic space
            "産業\n振興",
            "産業\r\n振興",
            "産業\t振興",
            "産業\u00A0振興",           // no-break space
            "産業\u2003振興",           // em space
            "産業\u2028振興",           // line separator
            "産業\u2029振興",           // paragraph separator
            "産業\u0085振興",           // next line
            "産業\u200B振興",           // zero-width space, left by PDF extraction
            "産業\uFEFF振興",
            "産業\u000B\u000C振興",
            "  産業\n\n  \u3000振興  \n",
            "産業\u001F振興",           // a field separator in a query must not survive
    })
    void removesEveryKindOfWhitespace(String text) {
        assertEquals("産業振興", SearchText.normalize(text));
    }

    @Test
    void nullAndEmptyBecomeEmpty() {
        assertEquals("", SearchText.normalize(null));
        assertEquals("", SearchText.normalize(""));
        assertEquals("", SearchText.normalize(" \u3000\n\t"));
    }

    @Test
    void lowerCaseIgnoresTheDefaultLocale() {
        // In a Turkish default locale "I".toLowerCase() is a dotless ı, which would not match "i".
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("iot", SearchText.normalize("IOT"));
            assertEquals("iot", SearchText.normalize("ＩＯＴ"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest(name = "\"{0}\" contains \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "【第２次】|第2次",
            "【第２次】|第２次",
            "第２次産業振興計画（令和３年度～令和７年度）|第2次産業振興計画",
            "第２次産業振興計画（令和３年度～令和７年度）|令和3年度~令和7年度",
            "ＴＡＳＫ Ｆｏｒｃｅ|taskforce",
            "ｶﾀｶﾅ表記のｾﾐﾅｰ|カタカナ表記",
            "観光客数 ３７.５万人|37.5万人",
            "観光客数 ３７.５万人|観光客数37.5",
    })
    void normalizedQueryIsFoundInNormalizedText(String text, String query) {
        assertTrue(SearchText.normalize(text).contains(SearchText.normalize(query)),
                () -> SearchText.normalize(text) + " should contain " + SearchText.normalize(query));
    }

    @Test
    void queryMatchesAcrossALineWrap() {
        // Not in the @CsvSource above: a line break there would end the CSV record.
        assertTrue(SearchText.normalize("中小企業の\nＤＸ推進").contains(SearchText.normalize("企業のdx推進")));
        assertTrue(SearchText.normalize("中小企業の\r\nＤＸ推\n進").contains(SearchText.normalize("ＤＸ 推進")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "第２次|第3次",
            "産業振興|産業観光",
            "カタカナ|ひらがな",
    })
    void differentTextIsNotFound(String text, String query) {
        assertFalse(SearchText.normalize(text).contains(SearchText.normalize(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ＡＢＣ ｄｅｆ", "【第２次】", "ｶﾀｶﾅ", "３７．５ ％", "産業\u3000振興", "Ｒ３年度"})
    void normalizingTwiceChangesNothing(String text) {
        String once = SearchText.normalize(text);
        assertEquals(once, SearchText.normalize(once));
    }

    @Test
    void normalizeAllJoinsFieldsWithTheUnitSeparator() {
        assertEquals("第2次計画" + US + "dx推進" + US + "カタカナ",
                SearchText.normalizeAll("第２次計画", "ＤＸ 推進", "ｶﾀｶﾅ"));
        assertEquals('\u001F', SearchText.FIELD_SEPARATOR);
    }

    @Test
    void normalizeAllLeavesOutNullAndEmptyParts() {
        assertEquals("a" + US + "b", SearchText.normalizeAll(null, "Ａ", "", " \u3000\n", null, "Ｂ", null));
        assertEquals("", SearchText.normalizeAll(null, "", "  "));
        assertEquals("", SearchText.normalizeAll());
        assertEquals("", SearchText.normalizeAll((String[]) null));
    }

    @Test
    void normalizeAllOfOnePartIsNormalize() {
        assertEquals(SearchText.normalize("【第２次】 ＴＡＳＫ"), SearchText.normalizeAll("【第２次】 ＴＡＳＫ"));
    }

    @Test
    void searchNeverMatchesAcrossTwoFields() {
        String stored = SearchText.normalizeAll("産業振興", "計画");
        assertTrue(stored.contains(SearchText.normalize("産業振興")));
        assertTrue(stored.contains(SearchText.normalize("計画")));
        assertFalse(stored.contains(SearchText.normalize("振興計画")));
        assertFalse(stored.contains(SearchText.normalize("振興 計画")));
        // A query cannot smuggle the separator in, because normalize removes it.
        assertFalse(stored.contains(SearchText.normalize("振興\u001F計画")));
    }

    @Test
    void separatorInsideAFieldCannotForgeAFieldBoundary() {
        assertEquals("ab" + US + "c", SearchText.normalizeAll("a\u001Fb", "c"));
    }
}
