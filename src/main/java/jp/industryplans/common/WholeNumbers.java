package jp.industryplans.common;

/**
 * 整数の問合せ値 — a whole number in a query string, as the contract's {@code type: integer}
 * means it: ASCII digits only. No sign, space, full-width digit (Java's own parser takes "１"), exponent
 * or empty value.
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /** @return the number, or -1 when {@code text} is not one (also when it has more than 18 digits) */
    public static long parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
        }
        return Long.parseLong(text);
    }
}
