package jp.industryplans.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 年度 — a Japanese fiscal year, running from 1 April of {@code year} to 31 March of the next
 * calendar year; FY2021 is 令和3年度.
 *
 * <p>Only 1926 to 2100 are representable: plans name their years in 昭和, 平成 or 令和, and this
 * type names no earlier era.
 *
 * @param year the calendar year in which the fiscal year begins
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    /** The first fiscal year representable: 昭和元年度. */
    public static final int MIN_YEAR = 1926;

    /** The last fiscal year representable: 令和82年度. */
    public static final int MAX_YEAR = 2100;

    /**
     * Checked before normalising, so that a pasted paragraph is turned away without work and
     * without being echoed into an error message.
     */
    private static final int MAX_TEXT_LENGTH = 40;

    private static final String ACCEPTED = "Accepted: a Western year " + MIN_YEAR + "–" + MAX_YEAR
            + " (2021, FY2021, 2021年度) or a Japanese era year (令和3年度, 令和元年度, R3, R03, 平成31年度, H31,"
            + " 昭和63年度, S63); full-width characters and 年 for 年度 are accepted too.";

    private static final Pattern FY_PREFIXED = Pattern.compile("FY\\s*(\\d+)");
    private static final Pattern WESTERN = Pattern.compile("(\\d+)(?:\\s*年度?)?");
    private static final Pattern ERA = Pattern.compile("(令和|平成|昭和|[RHS])\\s*(元|\\d+)(?:\\s*年度?)?");
    private static final Pattern OLDER_ERA = Pattern.compile("(大正|明治|[TM])\\s*(元|\\d+)(?:\\s*年度?)?");

    public FiscalYear {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException(
                    "Fiscal year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR + ".");
        }
    }

    public static FiscalYear of(int year) {
        return new FiscalYear(year);
    }

    /**
     * Reads a fiscal year written the ways plans and PDF extractions write it.
     *
     * <p>The text is trimmed and NFKC-normalised first, so full-width digits and letters
     * ({@code ２０２１}, {@code Ｒ３}) and the era ligatures ({@code ㍻31}, {@code ㋿3}) read like
     * their plain forms, and spaces between era, number and suffix are ignored ({@code 平成 31 年度}).
     *
     * <ul>
     *   <li>Western: {@code 2021}, {@code FY2021} (any case), {@code 2021年度}. Exactly four digits,
     *       because {@code 21} or {@code 27年度} could be a Western or an era year.</li>
     *   <li>令和 ({@code R}): 元 or 1 up to 82 (FY2100).</li>
     *   <li>平成 ({@code H}): 元 or 1 up to 45 (FY2033). 平成31年度 is FY2019 like 令和元年度, and
     *       years after 31 never existed, but plans adopted before May 2019 name their target
     *       years that way (平成33年度 = FY2021), so they must still read.</li>
     *   <li>昭和 ({@code S}): 元 or 1 up to 63 (FY1926–FY1988). 昭和64年 lasted one week of January
     *       1989, inside FY1988, so no 昭和64年度 exists.</li>
     * </ul>
     *
     * <p>元 (first year) is accepted only after a kanji era name: {@code R元} is not a form anyone
     * writes. A trailing 年 is read as 年度: in a field that holds a fiscal year, 令和3年 can only
     * mean 令和3年度, and refusing it would only make people retype it.
     *
     * @throws FiscalYearFormatException for null, blank, longer than 40 characters, any other form,
     *                                   or a year out of range; the message says what is accepted
     */
    public static FiscalYear parse(String text) {
        if (text == null) {
            throw new FiscalYearFormatException("No fiscal year given. " + ACCEPTED);
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new FiscalYearFormatException(
                    "Fiscal year text is longer than " + MAX_TEXT_LENGTH + " characters. " + ACCEPTED);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            throw new FiscalYearFormatException("No fiscal year given. " + ACCEPTED);
        }

        Matcher m = FY_PREFIXED.matcher(s);
        if (m.matches()) {
            return western(text, m.group(1));
        }
        m = WESTERN.matcher(s);
        if (m.matches()) {
            return western(text, m.group(1));
        }
        m = ERA.matcher(s);
        if (m.matches()) {
            return era(text, Era.named(m.group(1)), m.group(1).length() == 1, m.group(2));
        }
        if (OLDER_ERA.matcher(s).matches()) {
            throw new FiscalYearFormatException(
                    "\"" + text + "\" is before " + MIN_YEAR + "; only 昭和, 平成 and 令和 are accepted. " + ACCEPTED);
        }
        throw new FiscalYearFormatException("\"" + text + "\" is not a fiscal year. " + ACCEPTED);
    }

    private static FiscalYear western(String text, String digits) {
        if (digits.length() != 4) {
            throw new FiscalYearFormatException("\"" + text + "\" is not a fiscal year: a Western year needs"
                    + " four digits, and a shorter number without an era name is ambiguous. " + ACCEPTED);
        }
        int year = Integer.parseInt(digits);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new FiscalYearFormatException(
                    "\"" + text + "\" is outside " + MIN_YEAR + "–" + MAX_YEAR + ". " + ACCEPTED);
        }
        return new FiscalYear(year);
    }

    private static FiscalYear era(String text, Era era, boolean abbreviated, String number) {
        if (number.equals("元")) {
            if (abbreviated) {
                throw new FiscalYearFormatException("\"" + text + "\" is not a fiscal year: 元 needs the"
                        + " kanji era name (" + era.kanji + "元年度); write " + era.letter + "1 otherwise. " + ACCEPTED);
            }
            return new FiscalYear(era.firstYear);
        }
        // Two digits cover every accepted era year; the length check also keeps parseInt from overflowing.
        int n = number.length() <= 2 ? Integer.parseInt(number) : Integer.MAX_VALUE;
        if (n < 1 || n > era.lastNumber) {
            throw new FiscalYearFormatException("\"" + text + "\" is out of range: " + era.kanji + " years are"
                    + " accepted from 元 (1) to " + era.lastNumber + " (FY" + era.firstYear + "–FY"
                    + (era.firstYear + era.lastNumber - 1) + "). " + ACCEPTED);
        }
        return new FiscalYear(era.firstYear + n - 1);
    }

    /**
     * 和暦表記 — the era label: 令和3年度, 令和元年度, 平成30年度, 平成元年度, 昭和63年度, 昭和元年度.
     *
     * <p>A fiscal year takes the era in force on its first day, 1 April, except in a year whose
     * era began later than April: FY2019 began in 平成31年 but is conventionally 令和元年度, since
     * 令和 began on 1 May 2019 and governments renamed the running year rather than split it.
     * FY1926 is labelled 昭和元年度 the same way (昭和 began in December 1926) and because it is
     * the earliest year this type represents. 平成 began in January 1989, so FY1989 is 平成元年度
     * by either rule.
     */
    public String label() {
        return LABELS[year - MIN_YEAR];
    }

    /** The labels of every representable year, made once: a plan's detail shows hundreds of them. */
    private static final String[] LABELS = labels();

    private static String[] labels() {
        String[] labels = new String[MAX_YEAR - MIN_YEAR + 1];
        for (int y = MIN_YEAR; y <= MAX_YEAR; y++) {
            labels[y - MIN_YEAR] = label(y);
        }
        return labels;
    }

    private static String label(int year) {
        Era era = Era.of(year);
        int n = year - era.firstYear + 1;
        return era.kanji + (n == 1 ? "元" : Integer.toString(n)) + "年度";
    }

    /** @return true when {@code start <= year <= end}; false for an empty range where start > end */
    public boolean within(int start, int end) {
        return start <= year && year <= end;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    /** @return {@code FY2021}: the Western form, because it sorts and reads the same in every locale */
    @Override
    public String toString() {
        return "FY" + year;
    }

    /** 年度の書式誤り — text that {@link #parse(String)} cannot read as a fiscal year. */
    public static final class FiscalYearFormatException extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        public FiscalYearFormatException(String message) {
            super(message);
        }
    }

    /** 元号 — the eras this type can name, oldest first. */
    private enum Era {
        SHOWA("昭和", "S", 1926, 63),
        HEISEI("平成", "H", 1989, 45),
        REIWA("令和", "R", 2019, MAX_YEAR - 2019 + 1);

        final String kanji;
        final String letter;
        /** The fiscal year labelled 元年度. */
        final int firstYear;
        /** The highest year number accepted by {@link #parse(String)}; 平成 runs past its end on purpose. */
        final int lastNumber;

        Era(String kanji, String letter, int firstYear, int lastNumber) {
            this.kanji = kanji;
            this.letter = letter;
            this.firstYear = firstYear;
            this.lastNumber = lastNumber;
        }

        static Era named(String name) {
            for (Era e : values()) {
                if (e.kanji.equals(name) || e.letter.equals(name)) {
                    return e;
                }
            }
            throw new IllegalStateException("The era pattern matched an unknown era: " + name);
        }

        /**
         * The latest era that began in or before calendar year {@code year}, not the one in force
         * on 1 April: see {@link #label()}.
         */
        static Era of(int year) {
            Era found = SHOWA;
            for (Era e : values()) {
                if (e.firstYear <= year) {
                    found = e;
                }
            }
            return found;
        }
    }
}
