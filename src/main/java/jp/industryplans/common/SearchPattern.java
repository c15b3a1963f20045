package jp.industryplans.common;

/** A SQL LIKE pattern that finds the normalised form of a free-text query as a substring. */
public final class SearchPattern {

    private SearchPattern() {
    }

    /** @return null when the query is empty after normalisation, so that it filters nothing */
    public static String contains(String q) {
        if (q == null) {
            return null;
        }
        String n = SearchText.normalize(q);
        if (n.isEmpty()) {
            return null;
        }
        return "%" + n.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
