package jp.industryplans.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.industryplans.common.ApiException;
import jp.industryplans.municipality.MunicipalityDto;
import jp.industryplans.theme.ThemeInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads {@code seeds/} at start through the same import as {@code POST /api/v1/imports}:
 * idempotent, so a restart changes nothing and an edited seed file updates its records.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final ImportService imports;
    private final boolean loadOnStart;
    private final Path directory;

    SeedLoader(ImportService imports,
               @ConfigProperty(name = "industryplans.seeds.load-on-start", defaultValue = "true") boolean loadOnStart,
               @ConfigProperty(name = "industryplans.seeds.directory", defaultValue = "seeds") String directory) {
        this.imports = imports;
        this.loadOnStart = loadOnStart;
        this.directory = Path.of(directory);
    }

    void onStart(@Observes StartupEvent event) {
        if (!loadOnStart) {
            return;
        }
        if (!Files.isDirectory(directory)) {
            LOG.warnf("Seed directory %s not found; no seed data loaded", directory.toAbsolutePath());
            return;
        }
        ImportResult result;
        try {
            result = imports.importBundle(read(directory));
        } catch (ApiException e) {
            // A broken seed file must stop the start-up, saying exactly what is wrong.
            throw new IllegalStateException("Seed files in " + directory.toAbsolutePath() + " are invalid: "
                    + e.errors().stream().map(f -> f.field() + " " + f.message()).toList(), e);
        }
        LOG.infof("Seeds loaded from %s: %s", directory.toAbsolutePath(), result);
    }

    /** Reads {@code themes.yaml}, {@code municipalities.yaml} and every {@code plans/*.yaml} into one bundle. */
    public static ImportBundle read(Path directory) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .findAndRegisterModules()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try {
            List<ThemeInput> themes = yaml.readValue(directory.resolve("themes.yaml").toFile(), ThemeFile.class)
                    .themes();
            List<MunicipalityDto> municipalities = yaml.readValue(directory.resolve("municipalities.yaml").toFile(),
                    MunicipalityFile.class).municipalities();
            List<ImportBundle.PlanBundle> plans = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory.resolve("plans"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    plans.add(yaml.readValue(file.toFile(), ImportBundle.PlanBundle.class));
                }
            }
            return new ImportBundle(themes, municipalities, plans);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed files in " + directory, e);
        }
    }

    record MunicipalityFile(List<MunicipalityDto> municipalities) {
    }

    record ThemeFile(List<ThemeInput> themes) {
    }
}
