package jp.industryplans.release;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * 公表版の導入 — on the first start after an upgrade from a version without releases, every plan
 * then stored is published as it stands, so that what the public could read before the upgrade
 * it can still read after it (V9 says whether this is needed). Runs before the seeds are loaded;
 * plans written after the upgrade stay drafts until someone publishes them.
 */
@ApplicationScoped
public class ReleaseBackfill {

    private static final Logger LOG = Logger.getLogger(ReleaseBackfill.class);

    static final String LABEL = "公表版の導入時の状態";
    static final String NOTE = "Published when releases were introduced: until then every stored record was public as "
            + "soon as it was written, so the plan as it stood then stays public.";

    private final EntityManager em;
    private final ReleaseService releases;

    ReleaseBackfill(EntityManager em, ReleaseService releases) {
        this.em = em;
        this.releases = releases;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        int published = run();
        if (published > 0) {
            LOG.infof("Releases introduced: %d plan(s) stored before them published as they stand (%s)", published, LABEL);
        }
    }

    /** Publishes every plan without a release when V9 asked for it, once; the number published. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public int run() {
        List<?> pending = em.createNativeQuery("SELECT pending FROM release_backfill WHERE id = 1 FOR UPDATE")
                .getResultList();
        if (pending.isEmpty() || !Boolean.TRUE.equals(pending.get(0))) {
            return 0;
        }
        List<?> plans = em.createNativeQuery("SELECT p.id FROM plan p WHERE NOT EXISTS "
                + "(SELECT 1 FROM plan_release r WHERE r.plan_id = p.id) ORDER BY p.natural_key").getResultList();
        int published = 0;
        for (Object plan : plans) {
            if (releases.publishSeed((UUID) plan, LABEL, NOTE)) {
                published++;
            }
        }
        em.createNativeQuery("UPDATE release_backfill SET pending = false WHERE id = 1").executeUpdate();
        return published;
    }
}
