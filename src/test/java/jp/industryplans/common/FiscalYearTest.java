package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jp.industryplans.common.FiscalYear.FiscalYearFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @ParameterizedTest(name = "\"{0}\" → FY{1}")
    @CsvSource(delimiter = '|', value = {
            // Western
            "2021|2021",
            "FY2021|2021",
            "fy2021|2021",
            "Fy2021|2021",
            "FY 2021|2021",
            "2021年度|2021",
            "2021 年度|2021",
            "2021年|2021",
            "1926|1926",
            "2100|2100",
            // 令和
            "R3|2021",
            "r3|2021",
            "R03|2021",
            "R 3|2021",
            "R3年度|2021",
            "令和3|2021",
            "令和3年度|2021",
            "令和3年|2021",
            "令和 3 年度|2021",
            "令和元年度|2019",
            "令和元|2019",
            "令和元年|2019",
            "R1|2019",
            "令和1年度|2019",
            "令和82年度|2100",
            "R82|2100",
            // 平成, including the years after 31 that plans projected before the era changed
            "H31|2019",
            "h31|2019",
            "平成31|2019",
            "平成31年度|2019",
            "平成 31 年度|2019",
            "平成元年度|1989",
            "H1|1989",
            "H01|1989",
            "平成30年度|2018",
            "平成33年度|2021",
            "H33|2021",
            "平成45年度|2033",
            // 昭和
            "S63|1988",
            "s63|1988",
            "昭和63年度|1988",
            "昭和元年度|1926",
            "S1|1926",
            "昭和50年|1975",
    })
    void parsesEveryAcceptedForm(String text, int year) {
        assertEquals(new FiscalYear(year), FiscalYear.parse(text));
    }

    @ParameterizedTest(name = "\"{0}\" → FY{1}")
    @CsvSource(delimiter = '|', value = {
            "２０２１|2021",
            "ＦＹ２０２１|2021",
            "ｆｙ２０２１|2021",
            "２０２１年度|2021",
            "Ｒ３|2021",
            "ｒ０３|2021",
            "令和３年度|2021",
            "令和　３　年度|2021",   // ideographic spaces, as PDF extraction leaves them
            "Ｈ３１|2019",
            "平成３１年度|2019",
            "㍻31年度|2019",         // U+337B SQUARE ERA NAME HEISEI
            "㍼63年度|1988",         // U+337C SQUARE ERA NAME SYOUWA
            "㋿3年度|2021",          // U+32FF SQUARE ERA NAME REIWA
            "㋿元年度|2019",
    })
    void readsFullWidthAndEraLigaturesThroughNfkc(String text, int year) {
        assertEquals(year, FiscalYear.parse(text).year());
    }

    @ParameterizedTest
    @ValueSource(strings = {" 2021 ", "\t令和3年度\n", "\u3000R3\u3000", "\u00A0FY2021\u00A0"})
    void trimsSurroundingWhitespaceOfAnyKind(String text) {
        assertEquals(2021, FiscalYear.parse(text).year());
    }

    @Test
    void eraChangeYearReadsTheSameInBothEras() {
        assertEquals(FiscalYear.parse("平成31年度"), FiscalYear.parse("令和元年度"));
        assertEquals(FiscalYear.parse("H31"), FiscalYear.parse("R1"));
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
            " ", "\u3000", "\t\n",
            "0", "-1", "+2021", "20211", "02021", "21", "321", "27年度", "31",
            "1925", "2101", "9999", "0000",
            "令和0年度", "令和", "令和年度", "R", "R0", "R00", "R83", "令和83年度", "R003", "令和100年度",
            "H0", "平成0年度", "平成46年度", "H46",
            "S0", "昭和0年度", "昭和64年度", "S64",
            "大正5年度", "大正元年度", "T5", "明治45年度", "M45",
            "R元", "r元", "H元", "S元", "R元年度",
            "2021.5", "2021-22", "2021/2022", "R3a", "R3.5", "令和3年度a", "令和3年度度", "a2021",
            "FY", "FY2021年度", "FY21", "FYR3", "令和R3", "R令和3", "令和三年度", "平成三十一年度",
            "2021年度年度", "年度", "令和3 年 度", "令 和3年度", "H 31 31", "2 021",
    })
    void rejectsWhatIsNotAFiscalYear(String text) {
        FiscalYearFormatException e = assertThrows(FiscalYearFormatException.class, () -> FiscalYear.parse(text));
        assertTrue(e.getMessage().contains("Accepted:"), () -> "message should say what is accepted: " + e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void rejectsNullAndEmptyWithTheFormatException(String text) {
        FiscalYearFormatException e = assertThrows(FiscalYearFormatException.class, () -> FiscalYear.parse(text));
        assertTrue(e.getMessage().startsWith("No fiscal year given."), e.getMessage());
    }

    @Test
    void formatExceptionIsAnIllegalArgumentExceptionSoCallersCanCatchEither() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FiscalYear.parse("x"));
        assertEquals(FiscalYearFormatException.class, e.getClass());
    }

    @Test
    void rejectsTextLongerThanFortyCharactersWithoutEchoingIt() {
        String fortyOne = "2021" + " ".repeat(37);
        assertEquals(41, fortyOne.length());
        FiscalYearFormatException e = assertThrows(FiscalYearFormatException.class, () -> FiscalYear.parse(fortyOne));
        assertTrue(e.getMessage().contains("longer than 40 characters"), e.getMessage());

        String longProse = "令和3年度から令和7年度までの5年間を計画期間とし、毎年度評価を行う。";
        assertThrows(FiscalYearFormatException.class, () -> FiscalYear.parse(longProse + longProse));
    }

    @Test
    void acceptsTextOfExactlyFortyCharacters() {
        String forty = "2021" + " ".repeat(36);
        assertEquals(40, forty.length());
        assertEquals(2021, FiscalYear.parse(forty).year());
    }

    @ParameterizedTest(name = "\"{0}\" message mentions \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "21|four digits",
            "27年度|four digits",
            "1925|outside 1926–2100",
            "2101|outside 1926–2100",
            "平成46年度|平成 years are accepted from 元 (1) to 45 (FY1989–FY2033)",
            "昭和64年度|昭和 years are accepted from 元 (1) to 63 (FY1926–FY1988)",
            "令和0年度|令和 years are accepted from 元 (1) to 82 (FY2019–FY2100)",
            "R元|needs the kanji era name (令和元年度)",
            "大正5年度|only 昭和, 平成 and 令和 are accepted",
            "R3a|is not a fiscal year",
    })
    void messageSaysWhatIsWrong(String text, String expected) {
        FiscalYearFormatException e = assertThrows(FiscalYearFormatException.class, () -> FiscalYear.parse(text));
        assertTrue(e.getMessage().contains(expected), () -> "\"" + e.getMessage() + "\" lacks \"" + expected + "\"");
        assertTrue(e.getMessage().contains(text), () -> "message should quote the input: " + e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1926, 1927, 1988, 1989, 2018, 2019, 2021, 2099, 2100})
    void constructsEveryYearInRange(int year) {
        assertEquals(year, FiscalYear.of(year).year());
        assertEquals(new FiscalYear(year), FiscalYear.of(year));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 21, 1925, 2101, Integer.MAX_VALUE})
    void constructorRejectsYearsOutOfRange(int year) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new FiscalYear(year));
        assertTrue(e.getMessage().contains(Integer.toString(year)), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FiscalYear.of(year));
    }

    @ParameterizedTest(name = "FY{0} → {1}")
    @CsvSource({
            "2021, 令和3年度",
            "2020, 令和2年度",
            "2019, 令和元年度",
            "2018, 平成30年度",
            "1990, 平成2年度",
            "1989, 平成元年度",
            "1988, 昭和63年度",
            "1927, 昭和2年度",
            "1926, 昭和元年度",
            "2100, 令和82年度",
    })
    void labelsWithTheModernEra(int year, String label) {
        assertEquals(label, FiscalYear.of(year).label());
    }

    @ParameterizedTest
    @ValueSource(ints = {1926, 1950, 1988, 1989, 2000, 2018, 2019, 2021, 2033, 2100})
    void labelParsesBackToTheSameYear(int year) {
        FiscalYear fy = FiscalYear.of(year);
        assertEquals(fy, FiscalYear.parse(fy.label()));
        assertEquals(fy, FiscalYear.parse(fy.toString()));
    }

    @Test
    void projectedHeiseiYearIsLabelledInReiwa() {
        assertEquals("令和3年度", FiscalYear.parse("平成33年度").label());
        assertEquals("令和元年度", FiscalYear.parse("平成31年度").label());
    }

    @ParameterizedTest
    @CsvSource({"2021, FY2021", "1926, FY1926", "2100, FY2100"})
    void toStringIsTheWesternForm(int year, String expected) {
        assertEquals(expected, FiscalYear.of(year).toString());
    }

    @ParameterizedTest(name = "FY{0} within {1}..{2} = {3}")
    @CsvSource({
            "2021, 2021, 2025, true",
            "2025, 2021, 2025, true",
            "2023, 2021, 2025, true",
            "2021, 2021, 2021, true",
            "2020, 2021, 2025, false",
            "2026, 2021, 2025, false",
            "2023, 2025, 2021, false",
            "2021, 1926, 2100, true",
    })
    void withinIsInclusiveAtBothEnds(int year, int start, int end, boolean expected) {
        assertEquals(expected, FiscalYear.of(year).within(start, end));
    }

    @Test
    void ordersByYear() {
        List<FiscalYear> years = new ArrayList<>(List.of(
                FiscalYear.of(2021), FiscalYear.of(1926), FiscalYear.of(2100), FiscalYear.of(2019)));
        Collections.sort(years);
        assertEquals(List.of(FiscalYear.of(1926), FiscalYear.of(2019), FiscalYear.of(2021), FiscalYear.of(2100)), years);

        assertTrue(FiscalYear.of(2020).compareTo(FiscalYear.of(2021)) < 0);
        assertTrue(FiscalYear.of(2021).compareTo(FiscalYear.of(2020)) > 0);
        assertEquals(0, FiscalYear.of(2021).compareTo(FiscalYear.parse("令和3年度")));
    }

    @Test
    void equalityIsByYear() {
        assertEquals(FiscalYear.of(2021), FiscalYear.parse("R3"));
        assertEquals(FiscalYear.of(2021).hashCode(), FiscalYear.parse("２０２１").hashCode());
        assertFalse(FiscalYear.of(2021).equals(FiscalYear.of(2022)));
    }
}
