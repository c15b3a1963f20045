package jp.industryplans.common;

/**
 * 表計算ソフト向けの無害化 — text cells of a CSV download must not run as formulas when Excel opens
 * the file (CSV injection, OWASP): a text that begins with {@code = + - @}, a tab or a carriage
 * return is written with a leading apostrophe, which spreadsheets show as text. Text that begins
 * with an apostrophe gets one more, so that {@link #restore} gives back exactly what was stored and
 * an exported file uploaded again changes nothing. Numbers are never touched.
 */
public final class SpreadsheetText {

    private static final String TRIGGERS = "=+-@\t\r'";

    private SpreadsheetText() {
    }

    /** The cell to write for a stored text. */
    public static String neutralize(String text) {
        if (text == null || text.isEmpty() || TRIGGERS.indexOf(text.charAt(0)) < 0) {
            return text;
        }
        return "'" + text;
    }

    /** The stored text for a cell read back from such a file. */
    public static String restore(String cell) {
        return cell != null && cell.startsWith("'") ? cell.substring(1) : cell;
    }
}
