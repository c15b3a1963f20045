package jp.industryplans.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 保持した回答 — what the caches of this service share: answers by key, a bound past which they
 * start again, a generation that moves on every drop (so an answer built across a drop is not
 * kept), and hit and miss counters in /q/metrics ({@code <metric>_total{result="hit"|"miss"}}).
 * Which changes drop what, and when an answer may be served, is each cache's own business.
 */
public final class KeptAnswers<K, V> {

    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final int capacity;
    private final Counter hits;
    private final Counter misses;

    public KeptAnswers(String metric, int capacity, MeterRegistry registry) {
        this.capacity = capacity;
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

    /** Keeps an answer, unless something was dropped since {@code generationBefore}. */
    public void put(K key, V value, long generationBefore) {
        if (entries.size() >= capacity) {
            entries.clear();
        }
        entries.put(key, value);
        if (generation.get() != generationBefore) {
            entries.remove(key);
        }
    }

    public void drop(K key) {
        generation.incrementAndGet();
        entries.remove(key);
    }

    public void dropAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
