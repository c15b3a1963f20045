package jp.industryplans.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * 保持した回答 — what the caches of this service share: answers by key, bounds past which they
 * start again (a number of answers and, where answers differ in size, their total weight), a
 * generation that moves on every drop (so an answer built across a drop is not kept), and hit and
 * miss counters in /q/metrics ({@code <metric>_total{result="hit"|"miss"}}). The weight is kept
 * exactly when writes come one at a time; writes racing a start-again may leave it off by the
 * answers in flight until the next start-again sets it to zero.
 * Which changes drop what, and when an answer may be served, is each cache's own business.
 */
public final class KeptAnswers<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong weight = new AtomicLong();
    private final int capacity;
    private final long maxWeight;
    private final ToLongFunction<? super V> weigher;
    private final Counter hits;
    private final Counter misses;

    /** Bounded by the number of answers only. */
    public KeptAnswers(String metric, int capacity, MeterRegistry registry) {
        this(metric, capacity, Long.MAX_VALUE, v -> 0, registry);
    }

    /** Bounded by the number of answers and by their total weight ({@code weigher}, e.g. bytes). */
    public KeptAnswers(String metric, int capacity, long maxWeight, ToLongFunction<? super V> weigher,
                       MeterRegistry registry) {
        this.capacity = capacity;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        this.hits = Counter.builder(metric).tag("result", "hit").register(registry);
        this.misses = Counter.builder(metric).tag("result", "miss").register(registry);
    }

    /** The kept answer, counted as a hit, or null, counted as a miss. */
    public V get(K key) {
        V value = entries.get(key);
        (value == null ? misses : hits).increment();
        return value;
    }

    /** A request that could not be served from here at all. */
    public void missed() {
        misses.increment();
    }

    public long generation() {
        return generation.get();
    }

    /**
     * Keeps an answer, unless something was dropped since {@code generationBefore} or the answer
     * alone outweighs the bound; starts again first when it would not fit.
     */
    public void put(K key, V value, long generationBefore) {
        long w = weigher.applyAsLong(value);
        if (w > maxWeight) {
            return;
        }
        if (entries.size() >= capacity || weight.get() + w > maxWeight) {
            clear();
        }
        V before = entries.put(key, value);
        weight.addAndGet(before == null ? w : w - weigher.applyAsLong(before));
        if (generation.get() != generationBefore) {
            remove(key);
        }
    }

    public void drop(K key) {
        generation.incrementAndGet();
        remove(key);
    }

    public void dropAll() {
        generation.incrementAndGet();
        clear();
    }

    /** The total weight of the answers kept. */
    public long weight() {
        return weight.get();
    }

    private void remove(K key) {
        V removed = entries.remove(key);
        if (removed != null) {
            weight.addAndGet(-weigher.applyAsLong(removed));
        }
    }

    private void clear() {
        entries.clear();
        weight.set(0);
    }
}
