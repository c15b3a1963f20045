package jp.industryplans.ingest;

/**
 * 書式不一致 — the text is not a 「承認した地域産業活性化計画の概要」: it says what was expected
 * and at which line parsing stopped.
 */
public final class SummaryFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String expected;
    private final String found;

    SummaryFormatException(int line, String expected, String found) {
        super("line " + line + ": expected " + expected + (found == null ? "" : ", found 「" + shorten(found) + "」"),
                null, false, false);
        this.line = line;
        this.expected = expected;
        this.found = found == null ? null : shorten(found);
    }

    /** The 1-based line at which parsing stopped. */
    public int line() {
        return line;
    }

    /** What the parser expected there. */
    public String expected() {
        return expected;
    }

    /** The start of the text found there, or null at the end of the text. */
    public String found() {
        return found;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
