package jp.industryplans.common;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated page request: page number, page size (default 20, at most 200) and a sort
 * that always ends with the id, so that pages are stable.
 */
public record PageRequest(int page, int size, String sort, Sort panacheSort) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    /**
     * @param allowed API sort field → entity attribute; the first entry is the default sort
     */
    public static PageRequest of(String page, String size, String sort, Map<String, String> allowed) {
        List<FieldError> errors = new ArrayList<>();
        int p = number(page, 0);
        int s = number(size, DEFAULT_SIZE);
        if (p < 0 || p > 1_000_000) {
            errors.add(new FieldError("page", "must be a whole number between 0 and 1000000"));
        }
        if (s < 1 || s > MAX_SIZE) {
            errors.add(new FieldError("size", "must be a whole number between 1 and " + MAX_SIZE));
        }
        String spec = sort == null ? allowed.keySet().iterator().next() : sort;
        Sort panache = null;
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String field : spec.split(",", -1)) {
            if (field.isEmpty() || field.equals("-")) {
                errors.add(new FieldError("sort", "has an empty field; use a comma-separated list of "
                        + String.join(", ", allowed.keySet())));
                break;
            }
            boolean desc = field.startsWith("-");
            if (desc) {
                field = field.substring(1);
            }
            String attribute = allowed.get(field);
            if (attribute == null || seen.containsKey(field)) {
                errors.add(new FieldError("sort", "unknown or repeated sort field '" + abbreviate(field)
                        + "'; use a comma-separated list of " + String.join(", ", allowed.keySet())
                        + ", each optionally prefixed with - for descending"));
                break;
            }
            seen.put(field, desc);
            Sort.Direction d = desc ? Sort.Direction.Descending : Sort.Direction.Ascending;
            panache = panache == null ? Sort.by(attribute, d) : panache.and(attribute, d);
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        panache.and("id", Sort.Direction.Ascending);
        return new PageRequest(p, s, spec, panache);
    }

    /** A page in a fixed order, for flat exports that allow larger pages than the usual 200. */
    public static PageRequest unsorted(String page, String size, int defaultSize, int maxSize) {
        int p = number(page, 0);
        int s = number(size, defaultSize);
        List<FieldError> errors = new ArrayList<>();
        if (p < 0 || p > 1_000_000) {
            errors.add(new FieldError("page", "must be a whole number between 0 and 1000000"));
        }
        if (s < 1 || s > maxSize) {
            errors.add(new FieldError("size", "must be a whole number between 1 and " + maxSize));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new PageRequest(p, s, null, null);
    }

    /** @return the number, its default when absent, or -1 (out of every range) when it is not a whole number */
    private static int number(String text, int absent) {
        if (text == null) {
            return absent;
        }
        long n = WholeNumbers.parse(text);
        return n > Integer.MAX_VALUE ? -1 : (int) n;
    }

    public Page panachePage() {
        return Page.of(page, size);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
