package jp.industryplans.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 段落分け — rebuilds paragraphs from text extracted from a PDF.
 *
 * <p>Extractors break every printed line, often in the middle of a word (スマー / トフォン), and
 * put blank lines between them. Where the extractor marks the end of a paragraph with a space at
 * the end of its last line (as in the FY2019 and FY2021 summaries), a line without that space
 * continues on the next line that has text, blank lines in between notwithstanding. Where no line
 * ends in a space (the FY2020 summary, whose extractor wrote each paragraph on one line), every
 * line is a paragraph of its own.
 */
final class Paragraphs {

    /** A plan's header line: never the continuation of the paragraph before it. */
    static final Pattern PLAN_HEADER = Pattern.compile("^\\s*「[^「」]+」\\s*[（(][^（()）]+[）)]\\s*(?:【.*)?$");
    private static final Pattern CATEGORY_START = Pattern.compile("^\\s*[（(][0-9]{1,2}[)）].*$");

    private Paragraphs() {
    }

    static List<Paragraph> of(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        boolean endMarks = marksParagraphEnds(lines);
        List<Paragraph> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (Width.strip(lines[i]).isEmpty()) {
                i++;
                continue;
            }
            Paragraph p = new Paragraph(i + 1, Width.strip(lines[i]));
            while (endMarks && !endsInSpace(lines[i])) {
                int next = nextWithText(lines, i + 1);
                if (next < 0 || startsAnew(lines[next])) {
                    break;
                }
                p = p.append(Width.strip(lines[next]));
                i = next;
            }
            out.add(p);
            i++;
        }
        return out;
    }

    /** Joins two pieces of one paragraph: nothing between Japanese text, a space between Latin words. */
    static String join(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return before + after;
        }
        char last = Width.fold(before.charAt(before.length() - 1));
        char first = Width.fold(after.charAt(0));
        boolean latin = Character.isLetterOrDigit(last) && last < 0x80 && Character.isLetterOrDigit(first) && first < 0x80;
        return latin ? before + " " + after : before + after;
    }

    /** At least one line in five with text ends in a space: the extractor marks paragraph ends so. */
    private static boolean marksParagraphEnds(String[] lines) {
        int withText = 0;
        int spaced = 0;
        for (String line : lines) {
            if (!Width.strip(line).isEmpty()) {
                withText++;
                if (endsInSpace(line)) {
                    spaced++;
                }
            }
        }
        return spaced > 0 && spaced * 5 >= withText;
    }

    private static boolean endsInSpace(String line) {
        return !line.isEmpty() && Width.isSpace(line.charAt(line.length() - 1));
    }

    private static boolean startsAnew(String line) {
        String folded = Width.fold(line);
        return PLAN_HEADER.matcher(folded).matches() || CATEGORY_START.matcher(folded).matches();
    }

    private static int nextWithText(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!Width.strip(lines[i]).isEmpty()) {
                return i;
            }
        }
        return -1;
    }
}
