package jp.industryplans.plan;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import jp.industryplans.audit.ChangeListener;
import jp.industryplans.audit.KeptAnswers;

/**
 * 計画詳細のキャッシュ — the serialised detail of recently read plans, with their ETags. An entry
 * is dropped when any replica commits a change inside its plan (PostgreSQL NOTIFY, see
 * {@link ChangeListener}); the resource serves from it only when this replica has heard of
 * every committed change, so a read after a write through another replica is never stale.
 */
@ApplicationScoped
public class PlanDetailCache {

    /** Plans kept; beyond it the cache starts again (polling dashboards watch far fewer). */
    static final int CAPACITY = 5_000;

    /**
     * Bytes kept: an eighth of the heap, at least 16 MB. A national-scale detail is ~170 KB, so
     * 5,000 of them (~870 MB) would not fit the 288 MB heap of a 384 Mi pod: a caller reading every
     * plan once would have run the service out of memory.
     */
    static final long MAX_BYTES = Math.max(16L << 20, Runtime.getRuntime().maxMemory() / 8);

    record Entry(String etag, byte[] json) {
    }

    private final KeptAnswers<UUID, Entry> kept;

    PlanDetailCache(ChangeListener listener, MeterRegistry registry) {
        kept = new KeptAnswers<>("plan_detail_cache_requests", CAPACITY, MAX_BYTES,
                e -> e.json().length + 2L * e.etag().length(), registry);
        listener.subscribe(plan -> {
            if (plan == null) {
                kept.dropAll();
            } else {
                kept.drop(plan);
            }
        });
    }

    /** The kept detail, or null (counted either way). */
    Entry get(UUID plan) {
        return kept.get(plan);
    }

    /** A read that may not use the cache. */
    void bypassed() {
        kept.missed();
    }

    long generation() {
        return kept.generation();
    }

    /** Keeps a detail built from the database, unless a change arrived since {@code generation}. */
    void put(UUID plan, Entry entry, long generationBefore) {
        kept.put(plan, entry, generationBefore);
    }
}
