package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MunicipalityCodeTest {

    /** Published codes of real municipalities: the rule must reproduce every one of them. */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource({
            "131016, 13, 千代田区",
            "131091, 13, 品川区",
            "131067, 13, 台東区",
            "132012, 13, 八王子市",
            "011002, 01, 札幌市",
            "271004, 27, 大阪市",
            "131237, 13, 江戸川区",
            "132152, 13, 国立市",
            "131181, 13, 荒川区",
    })
    void acceptsKnownCodes(String code, String prefecture, String name) {
        assertTrue(MunicipalityCode.isValid(code), name);
        MunicipalityCode parsed = MunicipalityCode.parse(code);
        assertEquals(code, parsed.value());
        assertEquals(new MunicipalityCode(code), parsed);
        assertEquals(prefecture, parsed.prefectureCode());
        assertEquals(code.charAt(5) - '0', MunicipalityCode.checkDigit(code.substring(0, 5)));
    }

    @ParameterizedTest(name = "checkDigit({0}) = {1}")
    @CsvSource({
            // sums 27, 43, 37, 31, 9, 51: remainders 5, 10, 4, 9, 9, 7
            "13101, 6",
            "13109, 1",
            "13106, 7",
            "13201, 2",
            "01100, 2",
            "27100, 4",
            // sum 0 and sum 22: remainder 0 gives the last digit of 11, 1 (荒川区 13118 has sum 44)
            "00000, 1",
            "22000, 1",
            "13118, 1",
            // sum 12 twice: remainder 1 would give 10, which folds to 0
            "20000, 0",
            "00104, 0",
            // sums 10 and 21: remainder 10 gives 1; sum 2: remainder 2 gives 9
            "00005, 1",
            "00036, 1",
            "00001, 9",
            // the largest sum, 9 × 20 = 180, remainder 4
            "99999, 7",
    })
    void checkDigitFollowsTheWeightedMod11Rule(String firstFive, int expected) {
        assertEquals(expected, MunicipalityCode.checkDigit(firstFive));
    }

    @Test
    void checkDigitOfEveryFiveDigitPrefixMatchesAnIndependentComputation() {
        for (int n = 0; n <= 99999; n += 7) {
            String five = String.format("%05d", n);
            int sum = 0;
            int weight = 6;
            for (char c : five.toCharArray()) {
                sum += (c - '0') * weight--;
            }
            int expected = switch (sum % 11) {
                case 0 -> 1;
                case 1 -> 0;
                default -> 11 - sum % 11;
            };
            assertEquals(expected, MunicipalityCode.checkDigit(five), five);
            assertTrue(MunicipalityCode.isValid(five + expected), five);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"131016", "132152", "011002"})
    void exactlyOneCheckDigitIsValid(String code) {
        String five = code.substring(0, 5);
        int valid = 0;
        for (int d = 0; d <= 9; d++) {
            if (MunicipalityCode.isValid(five + d)) {
                valid++;
            }
        }
        assertEquals(1, valid);
    }

    @Test
    void wrongCheckDigitNamesTheRightOne() {
        assertFalse(MunicipalityCode.isValid("131092"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MunicipalityCode("131092"));
        assertTrue(e.getMessage().contains("wrong check digit"), e.getMessage());
        assertTrue(e.getMessage().contains("should be 1"), e.getMessage());
        assertTrue(e.getMessage().contains("131091"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"131010", "131011", "131017", "131019", "131090", "132013", "011001", "271000", "132151"})
    void rejectsWrongCheckDigits(String code) {
        assertFalse(MunicipalityCode.isValid(code));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MunicipalityCode.parse(code));
        assertTrue(e.getMessage().contains("wrong check digit"), e.getMessage());
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @ValueSource(strings = {
            "13101",        // 5 digits: the check digit left off
            "1310160",      // 7 digits
            "13101a",
            "ABCDEF",
            "13-101",
            "131 016",
            "-13101",
            "+13101",
            "13101.",
            "１３１０１６",  // full-width: canonical form is ASCII
            " 131016",
            "131016 ",
            "0",
            "",
            " ",
    })
    void constructorAndIsValidRejectMalformedCodes(String code) {
        assertFalse(MunicipalityCode.isValid(code));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MunicipalityCode(code));
        assertTrue(e.getMessage().contains("must be exactly 6 digits"), e.getMessage());
    }

    @ParameterizedTest(name = "parse rejects \"{0}\"")
    @ValueSource(strings = {"13101", "1310160", "13101a", "ABCDEF", "１３１０１", "131092", "１３１０９２", "131 016"})
    void parseRejectsInvalidCodes(String text) {
        assertThrows(IllegalArgumentException.class, () -> MunicipalityCode.parse(text));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000", "\t\n"})
    void parseRejectsNullAndBlank(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MunicipalityCode.parse(text));
        assertTrue(e.getMessage().startsWith("Municipality code"), e.getMessage());
    }

    @Test
    void nullIsRejectedWithAnIllegalArgumentException() {
        assertFalse(MunicipalityCode.isValid(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MunicipalityCode(null));
        assertEquals("Municipality code is missing.", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MunicipalityCode.checkDigit(null));
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', value = {
            "１３１０１６|131016",
            "０１１００２|011002",
            // quoted, because @CsvSource would otherwise trim the spaces under test
            "' 131016 '|131016",
            "'\u3000１３２１５２\u3000'|132152",
            "27100４|271004",
    })
    void parseAcceptsFullWidthDigitsAndSurroundingSpace(String text, String expected) {
        assertEquals(expected, MunicipalityCode.parse(text).value());
    }

    @Test
    void parseTrimsTabsAndLineBreaks() {
        assertEquals("131016", MunicipalityCode.parse("\t131016\r\n").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1310", "131016", "1310a", "１３１０１", "", " 1310"})
    void checkDigitNeedsExactlyFiveAsciiDigits(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MunicipalityCode.checkDigit(text));
        assertTrue(e.getMessage().contains("exactly 5 digits"), e.getMessage());
    }

    @Test
    void valueAndToStringAreTheBareCode() {
        MunicipalityCode code = MunicipalityCode.parse("１３１０１６");
        assertEquals("131016", code.value());
        assertEquals("131016", code.toString());
    }

    @Test
    void prefectureCodeKeepsTheLeadingZero() {
        assertEquals("01", new MunicipalityCode("011002").prefectureCode());
        assertEquals("27", new MunicipalityCode("271004").prefectureCode());
    }

    @Test
    void equalityIsByValue() {
        assertEquals(new MunicipalityCode("131016"), MunicipalityCode.parse(" １３１０１６ "));
        assertEquals(new MunicipalityCode("131016").hashCode(), MunicipalityCode.parse("131016").hashCode());
        assertNotEquals(new MunicipalityCode("131016"), new MunicipalityCode("131091"));
    }
}
