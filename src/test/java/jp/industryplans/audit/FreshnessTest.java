package jp.industryplans.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Shared freshness statements never answer a caller with a reading taken before it asked: that
 * is what keeps a read after a write through another replica from being stale. The two-instance
 * test shows the same end to end; this one hammers the sharing itself.
 */
class FreshnessTest {

    @Test
    void everyCallerIsAnsweredByAStatementThatStartedAfterItAsked() throws Exception {
        AtomicLong clock = new AtomicLong();
        AtomicInteger runningNow = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        Freshness freshness = new Freshness(null, () -> {
            int now = runningNow.incrementAndGet();
            mostAtOnce.accumulateAndGet(now, Math::max);
            long startedAt = clock.incrementAndGet();
            LockSupport.parkNanos(200_000); // a round trip to the database
            runningNow.decrementAndGet();
            return startedAt;
        });

        int threads = 16;
        int callsEach = 300;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> stale = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            stale.add(pool.submit(() -> {
                int late = 0;
                for (int i = 0; i < callsEach; i++) {
                    long askedAt = clock.incrementAndGet();
                    if (freshness.newestCommitted() <= askedAt) {
                        late++;
                    }
                }
                return late;
            }));
        }
        int staleAnswers = 0;
        for (Future<Integer> f : stale) {
            staleAnswers += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(0, staleAnswers, "answers from a statement that started before the caller asked");
        assertEquals(1, mostAtOnce.get(), "statements running at the same time");
        long calls = (long) threads * callsEach;
        assertTrue(freshness.statements() < calls / 2,
                freshness.statements() + " statements for " + calls + " concurrent calls: they should be shared");
    }

    @Test
    void aStuckStatementDoesNotHoldTheCallersAfterIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong clock = new AtomicLong();
        Freshness freshness = new Freshness(null, () -> {
            long startedAt = clock.incrementAndGet();
            if (startedAt == 1) {
                try {
                    release.await(); // the first statement hangs, as on a dead connection
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return startedAt;
        }, Duration.ofMillis(200));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Long> stuck = pool.submit(freshness::newestCommitted);
        while (freshness.statements() == 0) {
            Thread.sleep(5);
        }
        Future<Long> next = pool.submit(freshness::newestCommitted);
        assertEquals(2, next.get(10, TimeUnit.SECONDS), "answered by a statement of its own");
        assertFalse(stuck.isDone());
        release.countDown();
        assertEquals(1, stuck.get(10, TimeUnit.SECONDS));
        pool.shutdown();
    }

    @Test
    void aLoneCallerGetsAStatementOfItsOwn() {
        AtomicLong clock = new AtomicLong();
        Freshness freshness = new Freshness(null, clock::incrementAndGet);
        assertEquals(1, freshness.newestCommitted());
        assertEquals(2, freshness.newestCommitted());
        assertEquals(2, freshness.statements());
    }
}
