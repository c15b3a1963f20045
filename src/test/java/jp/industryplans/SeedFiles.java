package jp.industryplans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed files ({@code seeds/plans/*.yaml}) read as plain YAML trees, apart from the service's
 * own loader: tests derive their expected answers from what the files say.
 */
public final class SeedFiles {

    private SeedFiles() {
    }

    /** Every seeded plan, one tree per file. */
    public static List<JsonNode> plans() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (Stream<Path> files = Files.list(Path.of("seeds", "plans"))) {
            List<JsonNode> plans = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                plans.add(yaml.readTree(f.toFile()));
            }
            return plans;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every initiative of the plan, at any depth. */
    public static List<JsonNode> initiatives(JsonNode plan) {
        List<JsonNode> all = new ArrayList<>();
        collect(plan.path("initiatives"), all);
        return all;
    }

    private static void collect(JsonNode initiatives, List<JsonNode> into) {
        for (JsonNode i : initiatives) {
            into.add(i);
            collect(i.path("children"), into);
        }
    }
}
