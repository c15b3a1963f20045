package jp.industryplans.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Map;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/**
 * A plan's detail and a page of plans cost a fixed number of SQL statements, however many
 * initiatives, indicators, values or rows they hold: never one statement per row.
 */
@QuarkusTest
class StatementCountTest extends ApiTest {

    @Inject
    EntityManagerFactory emf;

    private long statementsFor(String path) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        editor().get(path).then().statusCode(200);
        return stats.getPrepareStatementCount();
    }

    /** Statements for a read that cannot come from a cache: at least one, or it proves nothing. */
    private long computed(String path) {
        long n = statementsFor(path);
        assertTrue(n >= 1, path + " was answered from a cache (0 statements): the measure proves nothing");
        return n;
    }

    private static void grow(String plan, int round) {
        String pillar = TestPlans.createInitiative(plan, null, "p" + round, "柱" + round);
        for (int i = 0; i < 3; i++) {
            String project = TestPlans.createInitiative(plan, pillar, "p" + round + "-" + i, "事業" + i);
            String indicator = TestPlans.createIndicator(plan, project, "k" + round + "-" + i);
            for (int fy = 2021; fy <= 2023; fy++) {
                admin().contentType("application/json").body(Map.of("value", fy - 2000))
                        .put("/api/v1/indicators/" + indicator + "/values/" + fy + "/TARGET").then().statusCode(201);
            }
        }
    }

    @Test
    void planDetailCostsTheSameWhateverTheTreeHolds() throws InterruptedException {
        String plan = TestPlans.createPlan();
        long empty = computed("/api/v1/plans/" + plan);
        grow(plan, 1);
        long small = computed("/api/v1/plans/" + plan);
        grow(plan, 2);
        grow(plan, 3);
        long large = computed("/api/v1/plans/" + plan);
        assertTrue(small <= 8, "a plan with its tree in a handful of statements, not " + small);
        // The ETag, the plan, its values, indicators, successor, initiatives and evaluations: the
        // rows read for the detail without entities are counted too, or this test would prove nothing.
        assertTrue(small >= 7, "every statement of the detail is counted, but only " + small + " were");
        assertEquals(small, large, "12 initiatives, 9 indicators and 27 values cost what 4, 3 and 9 did");
        assertEquals(empty, large);
        // Read again with nothing changed: once this replica has heard of the last writes (a
        // notification, within milliseconds), the detail comes from the cache and Hibernate runs
        // nothing (the check that every committed change has been heard of is one plain JDBC
        // statement, see Freshness).
        long cached = large;
        for (int attempt = 0; attempt < 100 && cached != 0; attempt++) {
            Thread.sleep(50);
            cached = statementsFor("/api/v1/plans/" + plan);
        }
        assertEquals(0, cached, "a cached detail loads nothing");
        grow(plan, 4);
        assertEquals(large, computed("/api/v1/plans/" + plan), "a write drops the cached detail");
        TestPlans.deletePlan(plan);
    }

    /**
     * Each page is asked for in a sort order no other request uses, so the read cache cannot
     * hold it: every figure counts the statements of a real read.
     */
    @Test
    void aPageOfPlansCostsTheSameWhateverItHolds() {
        long one = computed("/api/v1/plans?size=1&sort=kind,-periodEnd,title");
        long five = computed("/api/v1/plans?size=5&sort=kind,-periodEnd,title");
        long all = computed("/api/v1/plans?size=200&sort=kind,-periodEnd,title");
        assertEquals(one, five);
        assertEquals(one, all, "17 plans of 15 municipalities cost what one did");
        assertEquals(computed("/api/v1/initiatives?size=2&sort=-kind,title"),
                computed("/api/v1/initiatives?size=200&sort=-kind,title"));
        assertEquals(computed("/api/v1/indicators?size=2&sort=-name"),
                computed("/api/v1/indicators?size=200&sort=-name"));
    }
}
