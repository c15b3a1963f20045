package jp.industryplans.ingest;

/**
 * 全角・半角 — folds full-width digits, Latin letters and the ideographic space to their ASCII
 * forms, one character for one, so that a position in the folded text is the same position in
 * the text as written. Japanese punctuation (（）、「」【】：～) is left alone: quotes and titles
 * keep it as printed, and the patterns accept both widths where it matters.
 */
final class Width {

    private Width() {
    }

    static String fold(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(fold(text.charAt(i)));
        }
        return sb.toString();
    }

    static char fold(char c) {
        if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' ? ' ' : c;
    }

    /** Whether a character is a space of either width (PDF extraction strews both). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }

    /** The text without spaces of either width at its ends. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
