package jp.industryplans.audit;

import jp.industryplans.common.Audience;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * 読取りキャッシュ — answers of collection reads (lists, searches, dashboard roll-ups) kept per
 * request, dropped entirely whenever any replica commits any change (they cut across plans),
 * and used only while {@link Freshness} holds, so they are never staler than the database.
 * Small on purpose: dashboards poll a few queries many times.
 */
@ApplicationScoped
public class ReadCache {

    static final int CAPACITY = 128;

    private final KeptAnswers<String, Object> kept;
    /** Computations under way, by key and the generation they started in. */
    private final Map<String, CompletableFuture<Object>> inflight = new ConcurrentHashMap<>();
    private final Freshness freshness;
    private final Audience audience;

    ReadCache(ChangeListener listener, Freshness freshness, MeterRegistry registry, Audience audience) {
        this.freshness = freshness;
        this.audience = audience;
        this.kept = new KeptAnswers<>("read_cache_requests", CAPACITY, registry);
        listener.subscribe(plan -> kept.dropAll());
    }

    /**
     * The answer for {@code key}: remembered if still current, else computed and remembered.
     * Concurrent requests for the same missing answer wait for one computation rather than
     * each running it (a national roll-up takes seconds; thirty of them at once take minutes).
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String requestKey, Supplier<T> compute) {
        // The released state and the working state answer the same request differently.
        String key = audience.key() + requestKey;
        if (!freshness.current()) {
            kept.missed();
            return compute.get();
        }
        long before = kept.generation();
        Object cached = kept.get(key);
        if (cached != null) {
            return (T) cached;
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = inflight.putIfAbsent(key + "|" + before, mine);
        if (running != null) {
            return (T) await(running);
        }
        try {
            T value = compute.get();
            mine.complete(value);
            kept.put(key, value, before);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inflight.remove(key + "|" + before, mine);
        }
    }

    private static Object await(CompletableFuture<Object> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
