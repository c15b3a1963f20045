package jp.industryplans.release;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import jp.industryplans.common.ApiException;

/**
 * 基準日 — a calendar date as a query parameter or a release's 公表日: ISO 8601
 * {@code YYYY-MM-DD} only. A fiscal year ({@code 2022}, {@code R4}, {@code 令和4年度}) names a year
 * from April to March, not a day, so it is refused rather than guessed.
 */
public final class AsOfDate {

    /** Dates in this service are Japanese dates: 公表日 defaults to today in Japan. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private AsOfDate() {
    }

    /**
     * The date in {@code text}, or null when it is absent.
     *
     * @throws ApiException 400 naming {@code field} when it is not an ISO 8601 calendar date
     */
    public static LocalDate parse(String field, String text) {
        if (text == null) {
            return null;
        }
        if (ISO.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                // falls through to the problem below: 2022-02-30 has the form but is no date
            }
        }
        throw ApiException.invalid(field, "must be a calendar date written YYYY-MM-DD (ISO 8601), such as "
                + "2022-10-01; a fiscal year or an era form (2022, R4, 令和4年度) is not a date");
    }

    /** Today in Japan. */
    public static LocalDate today() {
        return LocalDate.now(JAPAN);
    }
}
