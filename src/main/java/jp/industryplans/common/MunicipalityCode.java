package jp.industryplans.common;

import java.text.Normalizer;

/**
 * 全国地方公共団体コード — the nationwide local government code: two digits of prefecture,
 * three of municipality, and a check digit, e.g. 131016 for 千代田区.
 *
 * <p>The value is always the canonical form, six ASCII digits; {@link #parse(String)} accepts
 * what people paste.
 *
 * @param value six ASCII digits whose last is the check digit of the first five
 */
public record MunicipalityCode(String value) {

    /** 検査数字の重み — weights of the first five digits, from the left. */
    private static final int[] WEIGHTS = {6, 5, 4, 3, 2};

    public MunicipalityCode {
        if (value == null) {
            throw new IllegalArgumentException("Municipality code is missing.");
        }
        if (!isSixDigits(value)) {
            throw new IllegalArgumentException("Municipality code must be exactly 6 digits (0-9),"
                    + " five plus a check digit; got \"" + abbreviate(value) + "\" (" + value.length()
                    + " characters).");
        }
        int expected = checkDigit(value.substring(0, 5));
        if (value.charAt(5) - '0' != expected) {
            throw new IllegalArgumentException("Municipality code " + value + " has a wrong check digit:"
                    + " it is " + value.charAt(5) + " but should be " + expected
                    + " (" + value.substring(0, 5) + expected + ").");
        }
    }

    /**
     * Reads a code as typed or pasted: surrounding whitespace is dropped and full-width digits
     * (１３１０１６) become ASCII by NFKC, because Japanese forms and PDFs commonly carry them.
     *
     * @throws IllegalArgumentException when the text is null or not a valid code after that
     */
    public static MunicipalityCode parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Municipality code is missing.");
        }
        return new MunicipalityCode(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
    }

    /**
     * @return true only for the canonical form the constructor accepts: no normalisation is done,
     *         so that a value which passes can be stored and compared as it is; null gives false
     */
    public static boolean isValid(String code) {
        return code != null && isSixDigits(code) && code.charAt(5) - '0' == checkDigit(code.substring(0, 5));
    }

    /**
     * 検査数字 — the check digit of a five-digit code: r = (6·d1 + 5·d2 + 4·d3 + 3·d4 + 2·d5) mod 11,
     * then the last digit of 11 − r: r = 0 gives 1 (as for 荒川区, 131181) and r = 1 gives 0.
     *
     * @throws IllegalArgumentException unless {@code firstFive} is exactly five ASCII digits
     */
    public static int checkDigit(String firstFive) {
        if (firstFive == null || firstFive.length() != 5 || !asciiDigits(firstFive)) {
            throw new IllegalArgumentException("The check digit is computed over exactly 5 digits (0-9); got "
                    + (firstFive == null ? "null" : "\"" + abbreviate(firstFive) + "\"") + ".");
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += WEIGHTS[i] * (firstFive.charAt(i) - '0');
        }
        int r = sum % 11;
        return (11 - r) % 10;
    }

    /** 都道府県コード — the prefecture code, the first two digits (13 for 東京都). */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    /** @return the bare code, because that is how it is written everywhere else */
    @Override
    public String toString() {
        return value;
    }

    private static boolean isSixDigits(String s) {
        return s.length() == 6 && asciiDigits(s);
    }

    // Character.isDigit would let other scripts' digits (e.g. full-width) into the canonical form.
    private static boolean asciiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
