package jp.industryplans.versioning;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import org.junit.jupiter.api.Test;

/** Many writers with the same version at once: one wins, the others learn they were late. */
@QuarkusTest
class ConcurrentUpdateTest extends ApiTest {

    private static final int WRITERS = 12;
    private static final int ROUNDS = 5;

    @Test
    void exactlyOneConflictingWritePerVersionWins() throws Exception {
        String plan = TestPlans.createPlan();
        String path = "/api/v1/plans/" + plan;
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String etag = json(editor()).get(path).then().statusCode(200).extract().header("ETag");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                List<String> titles = new ArrayList<>();
                for (int w = 0; w < WRITERS; w++) {
                    String title = "並行更新 " + round + "-" + w;
                    titles.add(title);
                    boolean patch = w % 2 == 1;
                    answers.add(pool.submit(() -> {
                        start.await();
                        if (patch) {
                            return admin().header("If-Match", etag).contentType("application/merge-patch+json")
                                    .body(Map.of("title", title)).patch(path);
                        }
                        Map<String, Object> body = TestPlans.planBody(null);
                        body.remove("key");
                        body.put("title", title);
                        return json(admin()).header("If-Match", etag).body(body).put(path);
                    }));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                String winnerTag = null;
                int lost = 0;
                for (int w = 0; w < WRITERS; w++) {
                    Response r = answers.get(w).get();
                    if (r.statusCode() == 200) {
                        winners.add(titles.get(w));
                        winnerTag = r.header("ETag");
                    } else {
                        assertEquals(412, r.statusCode(), "a late writer gets 412, not " + r.asString());
                        assertEquals("application/problem+json;charset=UTF-8", r.contentType());
                        lost++;
                    }
                }
                assertEquals(1, winners.size(), "round " + round + ": exactly one write wins, got " + winners);
                assertEquals(WRITERS - 1, lost);
                Response now = json(editor()).get(path);
                assertEquals(winners.get(0), now.path("title"), "the stored state is the winner's write");
                assertEquals(winnerTag, now.header("ETag"), "and its tag is the one the winner was given");
                assertTrue(!etag.equals(winnerTag));
            }
        } finally {
            pool.shutdownNow();
        }
        TestPlans.deletePlan(plan);
    }
}
