package jp.industryplans.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * 事業の切り分け — reads the projects out of the text under a category or pillar.
 *
 * <p>The summaries write projects in two ways:
 * <ul>
 *   <li>a list of names, each with its details in brackets: 「事業承継支援事業（専門家派遣による個別相談、…）、
 *       創業支援センター等運営費（…）」 — the list is split at the commas outside brackets, and each
 *       item's closing bracket group holds its details (an unclosed bracket, as the PDF of 青梅市 has,
 *       runs to the end);</li>
 *   <li>a sentence that names its projects in closing brackets: 「…多様な主体が連携する機会や場を提供
 *       （台東区産業フェアの開催、台東デザイナーズビレッジの運営）」 — the bracketed names are the
 *       projects. A sentence without brackets names none.</li>
 * </ul>
 * A closing 「等」 after the list says that more projects exist than are named; it is no project.
 */
final class ProjectSplitter {

    /** A predicate outside brackets: the subject particle が, 〜するほか, or a clause ending in を + a verbal noun. */
    private static final Pattern PROSE = Pattern.compile(".*(?:が|するほか|を[\\p{IsHan}]{2,}$).*");
    private static final Pattern TRAILING_ETC = Pattern.compile("^(.*?)[\\s\u3000]*等[\\s\u3000]*$");

    private ProjectSplitter() {
    }

    /** The projects named in {@code text}, in order. */
    static List<ProjectText> split(String text) {
        String body = withoutTrailingEtc(text);
        if (body.isEmpty()) {
            return List.of();
        }
        int[] last = closingGroup(body);
        String outside = outsideBrackets(body);
        if (PROSE.matcher(outside).matches()) {
            if (last == null || last[1] != body.length()) {
                return List.of();
            }
            List<ProjectText> named = new ArrayList<>();
            for (String item : topLevelItems(body.substring(last[0] + 1, last[1] - 1))) {
                named.add(new ProjectText(item, null, item));
            }
            return named;
        }
        List<ProjectText> out = new ArrayList<>();
        for (String item : topLevelItems(body)) {
            out.add(project(item));
        }
        return out;
    }

    /** Whether the text ends with 「等」 outside brackets: more projects exist than it names. */
    static boolean endsWithEtc(String text) {
        return !withoutTrailingEtc(text).equals(Width.strip(text));
    }

    private static String withoutTrailingEtc(String text) {
        String s = Width.strip(text);
        var m = TRAILING_ETC.matcher(s);
        // 等 inside the last bracket (…の開催等）) belongs to the details, not to the list.
        return m.matches() && depthAtEnd(m.group(1)) == 0 ? Width.strip(m.group(1)) : s;
    }

    private static ProjectText project(String item) {
        int[] group = closingGroup(item);
        if (group != null && group[0] > 0 && group[1] == item.length()) {
            String name = Width.strip(item.substring(0, group[0]));
            String details = Width.strip(item.substring(group[0] + 1, group[1] - 1));
            return new ProjectText(name, details.isEmpty() ? null : details, item);
        }
        int open = unclosedOpening(item);
        if (open > 0) {
            String details = Width.strip(item.substring(open + 1));
            return new ProjectText(Width.strip(item.substring(0, open)), details.isEmpty() ? null : details, item);
        }
        return new ProjectText(item, null, item);
    }

    /** The items of a list separated by 、 outside brackets and quotation marks, each stripped. */
    static List<String> topLevelItems(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (opens(c)) {
                depth++;
            } else if (closes(c)) {
                depth = Math.max(0, depth - 1);
            } else if ((c == '、' || c == ',' || c == '，') && depth == 0) {
                add(items, text.substring(start, i));
                start = i + 1;
            }
        }
        add(items, text.substring(start));
        return items;
    }

    private static void add(List<String> items, String item) {
        String s = Width.strip(item);
        if (!s.isEmpty()) {
            items.add(s);
        }
    }

    /** Start and end (exclusive) of the bracket group that closes {@code text}, or null. */
    private static int[] closingGroup(String text) {
        if (text.isEmpty() || !isRoundClose(text.charAt(text.length() - 1))) {
            return null;
        }
        int depth = 0;
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (closes(c)) {
                depth++;
            } else if (opens(c)) {
                depth--;
                if (depth == 0) {
                    return isRoundOpen(c) ? new int[] {i, text.length()} : null;
                }
            }
        }
        return null;
    }

    /** The position of the first round bracket never closed, or -1. */
    private static int unclosedOpening(String text) {
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (opens(c)) {
                open.add(i);
            } else if (closes(c) && !open.isEmpty()) {
                open.remove(open.size() - 1);
            }
        }
        return open.isEmpty() || !isRoundOpen(text.charAt(open.get(0))) ? -1 : open.get(0);
    }

    private static int depthAtEnd(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            if (opens(text.charAt(i))) {
                depth++;
            } else if (closes(text.charAt(i))) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth;
    }

    /** The text with everything inside brackets and quotation marks left out. */
    static String outsideBrackets(String text) {
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (opens(c)) {
                depth++;
            } else if (closes(c)) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return Width.strip(sb.toString());
    }

    private static boolean opens(char c) {
        return isRoundOpen(c) || c == '「' || c == '『';
    }

    private static boolean closes(char c) {
        return isRoundClose(c) || c == '」' || c == '』';
    }

    private static boolean isRoundOpen(char c) {
        return c == '（' || c == '(';
    }

    private static boolean isRoundClose(char c) {
        return c == '）' || c == ')';
    }
}
