package jp.industryplans.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetTest {

    /** The chars the HTTP layer makes of the request line's bytes: one per byte. */
    private static String asRead(String sent) {
        return new String(sent.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " | ", nullValues = "NULL", value = {
            "/api/v1/plans                     | NULL                          | /api/v1/plans",
            "/api/v1/plans                     | page=1&size=2                 | /api/v1/plans?page=1&size=2",
            "/api/v1/dashboard/summary         | fiscalYear=令和3年度            | /api/v1/dashboard/summary?fiscalYear=%E4%BB%A4%E5%92%8C3%E5%B9%B4%E5%BA%A6",
            "/api/v1/indicators                | q=中小企業振興センター             | /api/v1/indicators?q=%E4%B8%AD%E5%B0%8F%E4%BC%81%E6%A5%AD%E6%8C%AF%E8%88%88%E3%82%BB%E3%83%B3%E3%82%BF%E3%83%BC",
            "/api/v1/themes/事業承継             | NULL                          | /api/v1/themes/%E4%BA%8B%E6%A5%AD%E6%89%BF%E7%B6%99",
            "/api/v1/plans                     | q=%E5%89%B5%E6%A5%AD          | /api/v1/plans?q=%E5%89%B5%E6%A5%AD",
            "/api/v1/plans                     | q={a}|b^c`\"<>[]              | /api/v1/plans?q=%7Ba%7D%7Cb%5Ec%60%22%3C%3E%5B%5D",
            "/api/v1/plans                     | q=a#b                         | /api/v1/plans?q=a%23b",
            "/api/v1/plans                     | q=100%25                      | /api/v1/plans?q=100%25",
    })
    void encodesWhatClientsSendRawAndKeepsTheRest(String path, String query, String expected) throws Exception {
        assertEquals(expected, RequestTarget.repair(asRead(path), query == null ? null : asRead(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%zz", "q=%", "q=%e", "q=100%", "q=%g1", "q=a\u0001b", "q=a\u007fb", "q=%FF",
            "q=%E5%89", "q=%C0%AF", "q=%ED%A0%80", "q=\u00ff"})
    void refusesWhatHasNoReading(String query) {
        RequestTarget.Refused refused = assertThrows(RequestTarget.Refused.class,
                () -> RequestTarget.repair("/api/v1/plans", query));
        assertTrue(refused.getMessage().contains("percent-encode"), refused.getMessage());
        assertTrue(refused.getMessage().contains("query"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/plans/%zz", "/api/v1/%", "/api/v1/themes/%FF", "/api/v1/themes/%E4%BA"})
    void refusesABrokenEscapeInThePath(String path) {
        RequestTarget.Refused refused = assertThrows(RequestTarget.Refused.class, () -> RequestTarget.repair(path, null));
        assertTrue(refused.getMessage().contains("path"), refused.getMessage());
    }
}
