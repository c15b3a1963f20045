package jp.industryplans.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property-style: thousands of generated indicators run through the rule, and every answer
 * keeps the invariants of {@link ProgressInvariants} (status ⇔ rate, rate ⇔ compared figures,
 * basis ⇔ estimates, projections only where the mode has one and never below the floor).
 */
class ProgressPropertiesTest {

    private static final ProgressRules RULES = ProgressRules.STANDARD;

    @Test
    void everyGeneratedIndicatorKeepsTheInvariants() {
        List<String> faults = new ArrayList<>();
        Map<ProgressStatus, Integer> seen = new EnumMap<>(ProgressStatus.class);
        Map<CountingMode, Integer> judged = new EnumMap<>(CountingMode.class);
        int onEstimates = 0;
        int projected = 0;
        for (GeneratedIndicators.Case c : GeneratedIndicators.generate(20261130L, 20_000)) {
            IndicatorProgress p = IndicatorProgress.of(c.subject(), c.points(), RULES);
            faults.addAll(ProgressInvariants.faults(c.key(), c.subject().direction(), c.subject().baselineValue(), p,
                    RULES));
            seen.merge(p.status(), 1, Integer::sum);
            if (p.status() != ProgressStatus.NO_DATA) {
                judged.merge(p.countingMode(), 1, Integer::sum);
            }
            onEstimates += p.basis() == ProgressBasis.ESTIMATE ? 1 : 0;
            projected += p.projection() != null ? 1 : 0;
        }
        assertEquals(List.of(), faults.stream().limit(3).toList(), faults.size() + " faults");
        // The generator reaches every status, judges every mode, and makes estimates and projections.
        assertEquals(ProgressStatus.values().length, seen.size(), seen.toString());
        assertEquals(CountingMode.values().length, judged.size(), judged.toString());
        assertTrue(onEstimates > 1000 && projected > 1000, onEstimates + " on estimates, " + projected + " projected");
    }
}
