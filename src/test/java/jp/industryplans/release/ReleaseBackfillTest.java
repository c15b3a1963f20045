package jp.industryplans.release;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.TestDatabase;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 公表版の導入 — an upgrade from a version without releases: the plans stored then were public, and
 * stay public once; plans written later stay drafts.
 */
@QuarkusTest
class ReleaseBackfillTest extends ApiTest {

    @Inject
    ReleaseBackfill backfill;

    private String before;
    private String after;

    @BeforeEach
    void storedBeforeTheUpgrade() {
        before = json(editor()).body(TestPlans.planBody("backfill-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void cleanUp() {
        TestDatabase.execute("UPDATE release_backfill SET pending = false");
        for (String plan : new String[] {before, after}) {
            if (plan != null) {
                admin().delete("/api/v1/plans/" + plan);
            }
        }
    }

    @Test
    void plansStoredBeforeReleasesStayPublicOnceAndLaterOnesStayDrafts() {
        anonymous().get("/api/v1/plans/" + before).then().statusCode(404);
        // What V9 records for a database that held plans and no release.
        TestDatabase.execute("UPDATE release_backfill SET pending = true");

        assertTrue(backfill.run() >= 1, "the plan stored before the upgrade is published");
        anonymous().get("/api/v1/plans/" + before).then().statusCode(200).header("X-Plans-View", "released");
        anonymous().get("/api/v1/plans/" + before + "/releases").then().statusCode(200)
                .body("items[0].label", equalTo(ReleaseBackfill.LABEL)).body("items[0].note", equalTo(ReleaseBackfill.NOTE));
        assertEquals(List.of("f"), TestDatabase.column("SELECT pending FROM release_backfill"));

        // Once only: a plan written after the upgrade is a draft, and a second start publishes nothing.
        after = json(editor()).body(TestPlans.planBody("backfill-later-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        assertEquals(0, backfill.run());
        anonymous().get("/api/v1/plans/" + after).then().statusCode(404);
    }
}
