package jp.industryplans.ingest;

/**
 * 段落 — one run of text as the PDF laid it out: the lines of a paragraph joined again, each
 * line's own indentation and trailing space removed.
 *
 * @param line the 1-based line number of its first line in the submitted text
 * @param text the text as written
 */
record Paragraph(int line, String text) {

    /** The text with full-width digits and letters folded, for matching only. */
    String folded() {
        return Width.fold(text);
    }

    Paragraph append(String more) {
        return new Paragraph(line, Paragraphs.join(text, more));
    }
}
