package jp.industryplans.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * 経路 — the contract's paths and the methods each serves, so that a request whose path the
 * contract knows but whose method it does not is answered 405 with {@code Allow}, whichever
 * resource class the REST layer tried first.
 */
public final class ContractPaths {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Template(Pattern pattern, Set<String> methods) {
    }

    /** Read once, when first asked. */
    private static final class Committed {
        static final List<Template> TEMPLATES = read(QueryContract.contract());
    }

    private ContractPaths() {
    }

    /**
     * The methods the contract serves at {@code path} (HEAD with GET), across every template that
     * matches it; empty when the contract knows no such path.
     */
    public static Set<String> allowed(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Template t : Committed.TEMPLATES) {
            if (t.pattern().matcher(path).matches()) {
                allowed.addAll(t.methods());
            }
        }
        if (allowed.contains("GET")) {
            allowed.add("HEAD");
        }
        return allowed;
    }

    static List<Template> read(JsonNode contract) {
        List<Template> result = new ArrayList<>();
        for (Iterator<java.util.Map.Entry<String, JsonNode>> paths = contract.path("paths").fields(); paths.hasNext(); ) {
            java.util.Map.Entry<String, JsonNode> path = paths.next();
            Set<String> methods = new TreeSet<>();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (METHODS.contains(m)) {
                    methods.add(m.toUpperCase(Locale.ROOT));
                }
            });
            // A path parameter is one non-empty segment.
            String regex = "\\Q" + path.getKey().replaceAll("\\{[^/}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            result.add(new Template(Pattern.compile(regex), Set.copyOf(methods)));
        }
        return List.copyOf(result);
    }
}
