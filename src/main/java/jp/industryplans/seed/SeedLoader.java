package jp.industryplans.seed;

import java.util.UUID;
import jp.industryplans.release.ReleaseService;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.StartupCheck;
import jp.industryplans.municipality.MunicipalityDto;
import jp.industryplans.theme.ThemeInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Loads {@code seeds/} at start through the same import as {@code POST /api/v1/imports}:
 * idempotent, so a restart changes nothing and an edited seed file updates its records. When
 * the files are byte for byte those imported last time, the import is skipped altogether. Told to
 * load them from a directory that is not there, the service refuses to start rather than come up
 * empty. Each seeded plan that differs from its latest release (or has none) is then released
 * (公表版), so the public sees the seeds.
 */
@ApplicationScoped
public class SeedLoader implements StartupCheck {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    /** 公表版の名称 of a seeded plan's release. */
    static final String SEED_LABEL = "出典資料による公表版";
    /** None of the source documents states the date it was published, so a seed's 公表日 is the day it was loaded. */
    static final String SEED_NOTE = "Loaded from the seed files (seeds/): the source document gives no publication"
            + " date, so 公表日 is the date of loading.";

    private final ImportService imports;
    private final ReleaseService releases;
    private final EntityManager em;
    private final boolean loadOnStart;
    private final Path directory;

    SeedLoader(ImportService imports, ReleaseService releases, EntityManager em,
               @ConfigProperty(name = "industryplans.seeds.load-on-start", defaultValue = "true") boolean loadOnStart,
               @ConfigProperty(name = "industryplans.seeds.directory", defaultValue = "seeds") String directory) {
        this.imports = imports;
        this.releases = releases;
        this.em = em;
        this.loadOnStart = loadOnStart;
        this.directory = Path.of(directory);
    }

    void onStart(@Observes StartupEvent event) {
        if (loadOnStart) {
            load();
        }
    }

    @Override
    public List<String> problems() {
        if (!loadOnStart || Files.isDirectory(directory.resolve("plans"))) {
            return List.of();
        }
        return List.of("INDUSTRYPLANS_SEEDS_DIRECTORY (industryplans.seeds.directory) = " + directory + ": "
                + directory.toAbsolutePath() + " holds no seed files (no plans/ directory); point it at the seeds, "
                + "or set INDUSTRYPLANS_SEEDS_LOAD_ON_START=false");
    }

    /**
     * Imports the seed files unless exactly these files were imported before. One transaction, given
     * ten minutes rather than the default minute: a first start on a slow or busy machine must not
     * fail half-way (nothing is stored unless all of it is).
     */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    void load() {
        String hash = filesHash(directory);
        List<?> last = em.createNativeQuery("SELECT files_hash FROM seed_state WHERE id = 1").getResultList();
        if (!last.isEmpty() && hash.equals(last.get(0))) {
            LOG.infof("Seeds in %s unchanged since their last import; skipped", directory.toAbsolutePath());
            return;
        }
        ImportResult result;
        ImportBundle bundle = read(directory);
        try {
            result = imports.importBundle(bundle);
        } catch (ApiException e) {
            // A broken seed file must stop the start-up, saying exactly what is wrong.
            throw new IllegalStateException("Seed files in " + directory.toAbsolutePath() + " are invalid: "
                    + e.errors().stream().map(f -> f.field() + " " + f.message()).toList(), e);
        }
        int published = 0;
        for (ImportBundle.PlanBundle plan : bundle.plans()) {
            UUID id = (UUID) em.createNativeQuery("SELECT id FROM plan WHERE natural_key = :k")
                    .setParameter("k", plan.key()).getSingleResult();
            if (releases.publishSeed(id, SEED_LABEL, SEED_NOTE)) {
                published++;
            }
        }
        em.createNativeQuery("INSERT INTO seed_state (id, files_hash) VALUES (1, :h) ON CONFLICT (id) DO UPDATE"
                + " SET files_hash = excluded.files_hash, loaded_at = now()").setParameter("h", hash).executeUpdate();
        LOG.infof("Seeds loaded from %s: %s; %d plan(s) released", directory.toAbsolutePath(), result, published);
    }

    /** SHA-256 over every seed file's name and bytes, in a fixed order. */
    static String filesHash(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                sha.update(directory.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed files in " + directory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
