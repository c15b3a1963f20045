package jp.industryplans.common;

import java.math.BigDecimal;

/**
 * 数値の範囲 — what a figure column ({@code numeric(20, 4)}) stores: at most 16 digits before the
 * decimal point and 4 after it. Checked in long arithmetic, because {@code precision() - scale()}
 * overflows an int for a number such as {@code 1E+2147483647} and then passes for a small one
 * (Hibernate Validator's {@code @Digits} has that blind spot).
 */
public final class DecimalBounds {

    public static final int INTEGER_DIGITS = 16;
    public static final int FRACTION_DIGITS = 4;
    /** The sentence every caller sees when a figure does not fit. */
    public static final String MESSAGE = "must be a number with at most " + INTEGER_DIGITS
            + " digits before the decimal point and " + FRACTION_DIGITS + " after it";

    private DecimalBounds() {
    }

    /** True when {@code value} can be stored exactly in a figure column. */
    public static boolean fits(BigDecimal value) {
        if (value == null) {
            return true;
        }
        // Digits as written, like @Digits: 1.50000 has five after the point.
        long scale = value.scale();
        long integerDigits = (long) value.precision() - scale;
        return integerDigits <= INTEGER_DIGITS && scale <= FRACTION_DIGITS;
    }
}
