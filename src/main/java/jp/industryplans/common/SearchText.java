package jp.industryplans.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * 検索用正規化 — the form in which stored text and queries are compared, so that a search finds
 * a phrase however it was typed or extracted from a PDF: full-width or half-width, upper or lower
 * case, with or without spaces and line breaks.
 *
 * <p>Stored text and queries must go through the same {@link #normalize(String)}; changing it
 * means recomputing every stored search text.
 */
public final class SearchText {

    /**
     * 単位区切り (U+001F) — placed between fields by {@link #normalizeAll(String...)}. A query
     * can never contain it, because {@link #normalize(String)} removes it as whitespace, so a
     * match cannot span the end of one field and the start of the next.
     */
    public static final char FIELD_SEPARATOR = '\u001F';

    private SearchText() {
    }

    /**
     * NFKC (full-width ASCII to half-width, half-width katakana to full-width, ３７.５ to 37.5),
     * then lower case in {@link Locale#ROOT}, then every whitespace character removed.
     *
     * <p>Whitespace is removed rather than collapsed because Japanese is written without spaces:
     * a space or line break inside a phrase is layout (a PDF line wrap, a justified table cell),
     * and keeping it would stop 産業 振興 from matching 産業振興. Invisible zero-width spaces and
     * byte-order marks are removed for the same reason.
     *
     * @return "" for null
     */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isSpace(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * The search text of a record with several fields: each non-null part normalised, joined by
     * {@link #FIELD_SEPARATOR}. Parts that are null or empty after normalising are left out, as
     * they can match nothing and would only add separators.
     *
     * @return "" when there is no part with searchable text
     */
    public static String normalizeAll(String... parts) {
        if (parts == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            String n = normalize(part);
            if (n.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(FIELD_SEPARATOR);
            }
            out.append(n);
        }
        return out.toString();
    }

    // Character.isWhitespace covers ASCII space, tab, line breaks and U+001C–U+001F; isSpaceChar
    // adds the Unicode space and line/paragraph separators that NFKC leaves alone (U+2028).
    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == 0x0085 // NEXT LINE, from EBCDIC-era and some PDF text
                || cp == 0x200B // ZERO WIDTH SPACE
                || cp == 0x2060 // WORD JOINER
                || cp == 0xFEFF; // BYTE ORDER MARK / ZERO WIDTH NO-BREAK SPACE
    }
}
