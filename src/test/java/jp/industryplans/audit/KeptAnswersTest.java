package jp.industryplans.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/**
 * The caches' bounds (保持した回答): by number and, for answers of very different sizes such as plan
 * details, by total weight, so that a caller reading every plan once cannot fill the heap.
 */
class KeptAnswersTest {

    /** Answers weighed by their length, at most 100 in all and 10 answers. */
    private final KeptAnswers<String, String> kept =
            new KeptAnswers<>("test_cache", 10, 100, String::length, new SimpleMeterRegistry());

    private void put(String key, int size) {
        kept.put(key, "x".repeat(size), kept.generation());
    }

    @Test
    void answersWithinTheWeightStayAndTheOneThatWouldNotFitStartsItAgain() {
        put("a", 40);
        put("b", 40);
        assertEquals(80, kept.weight());
        assertNotNull(kept.get("a"));
        put("c", 40);
        assertNull(kept.get("a"), "started again rather than grow past the bound");
        assertNull(kept.get("b"));
        assertNotNull(kept.get("c"));
        assertEquals(40, kept.weight());
    }

    @Test
    void anAnswerHeavierThanTheWholeBoundIsNeverKeptAndEvictsNothing() {
        put("a", 30);
        put("huge", 101);
        assertNull(kept.get("huge"));
        assertNotNull(kept.get("a"));
        assertEquals(30, kept.weight());
    }

    @Test
    void droppedAndReplacedAnswersGiveBackTheirWeight() {
        put("a", 60);
        put("a", 20);
        assertEquals(20, kept.weight(), "a replaced answer counts once");
        kept.drop("a");
        assertEquals(0, kept.weight());
        put("b", 50);
        put("c", 50);
        assertNotNull(kept.get("b"), "the dropped answer's weight was free again");
        kept.dropAll();
        assertEquals(0, kept.weight());
        assertNull(kept.get("c"));
    }

    @Test
    void anAnswerBuiltAcrossADropIsNotKeptNorWeighed() {
        long before = kept.generation();
        kept.drop("other");
        kept.put("a", "x".repeat(30), before);
        assertNull(kept.get("a"));
        assertEquals(0, kept.weight());
    }

    @Test
    void theNumberOfAnswersIsStillBounded() {
        for (int i = 0; i < 10; i++) {
            put("k" + i, 1);
        }
        assertNotNull(kept.get("k0"));
        put("k10", 1);
        assertNull(kept.get("k0"));
        assertNotNull(kept.get("k10"));
        assertEquals(1, kept.weight());
    }
}
