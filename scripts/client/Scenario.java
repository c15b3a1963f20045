package jp.industryplans.clienttest;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.client.ApiClient;
import jp.industryplans.client.ApiException;
import jp.industryplans.client.ApiResponse;
import jp.industryplans.client.api.IndicatorsApi;
import jp.industryplans.client.api.InitiativesApi;
import jp.industryplans.client.api.PlansApi;
import jp.industryplans.client.model.Direction;
import jp.industryplans.client.model.IndicatorInput;
import jp.industryplans.client.model.IndicatorPage;
import jp.industryplans.client.model.IndicatorProgress;
import jp.industryplans.client.model.IndicatorRole;
import jp.industryplans.client.model.IndicatorValue;
import jp.industryplans.client.model.IndicatorValueInput;
import jp.industryplans.client.model.InitiativeInput;
import jp.industryplans.client.model.InitiativeKind;
import jp.industryplans.client.model.Plan;
import jp.industryplans.client.model.PlanInput;
import jp.industryplans.client.model.PlanKind;
import jp.industryplans.client.model.PlanPage;
import jp.industryplans.client.model.PlanPatch;
import jp.industryplans.client.model.Problem;

/**
 * The integration scenario of scripts/client-test.sh through the Java client that openapi-generator
 * makes from the contract (library native, Jackson): only generated methods and models; the
 * Authorization header is the one thing set by hand. Run with -Dfile.encoding=MS932, as on
 * Japanese Windows, Japanese problem details must still arrive intact.
 */
public final class Scenario {

    public static void main(String[] args) throws Exception {
        String base = System.getenv("BASE_URL");
        PlansApi anonymousPlans = new PlansApi(client(base, null));
        ApiClient editorClient = client(base, System.getenv("EDITOR_TOKEN"));
        ApiClient adminClient = client(base, System.getenv("ADMIN_TOKEN"));
        PlansApi plans = new PlansApi(editorClient);
        ObjectMapper json = editorClient.getObjectMapper();

        // Lists with filters, paging and total.
        PlanPage page = anonymousPlans.listPlans(null, 0, 1, null, "131067", null, "令和3年度", null, null, null);
        check(page.getTotal() >= 1 && page.getItems().size() == 1, "filtered list: " + page.getTotal());
        check(page.getItems().get(0).getMunicipalityName().equals("台東区"), "台東区 in the list");
        PlanPage all = anonymousPlans.listPlans(null, 0, 2, "title", null, null, null, null, null, null);
        check(all.getItems().size() == 2 && all.getTotal() > 2 && all.getSize() == 2, "paging");

        // Detail and indicator progress.
        PlanPage regional = anonymousPlans.listPlans(null, null, null, null, "131067",
                PlanKind.REGIONAL_INDUSTRY_REVITALIZATION, null, null, null, null);
        Plan taito = anonymousPlans.getPlan(regional.getItems().get(0).getId(), null, null, null);
        check(taito.getTitle().equals("台東区地域産業活性化計画"), "plan detail: " + taito.getTitle());
        IndicatorsApi anonymousIndicators = new IndicatorsApi(client(base, null));
        IndicatorPage indicators = anonymousIndicators.listIndicators(null, 0, 5, null, null, null, "131067", null);
        IndicatorProgress progress = anonymousIndicators.getIndicatorProgress(indicators.getItems().get(0).getId(), null, null);
        check(progress.getStatus() != null && progress.getCountingMode() != null, "progress: " + progress.getStatus());

        // Create plan → initiative → indicator → value.
        String key = "client-java-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse<Plan> created = plans.createPlanWithHttpInfo(new PlanInput().key(key).municipalityCode("131067")
                .kind(PlanKind.INDUSTRIAL_PROMOTION_PLAN).title("生成クライアント試験計画").periodStart(2024).periodEnd(2026));
        check(created.getStatusCode() == 201, "create plan");
        final UUID planId = created.getData().getId();
        final String etag = header(created, "etag");
        boolean deletedPlan = false;
        try {
            UUID initiativeId = new InitiativesApi(editorClient).createInitiative(new InitiativeInput().planId(planId)
                    .kind(InitiativeKind.PROJECT).title("事業承継支援（試験）")).getId();
            UUID indicatorId = new IndicatorsApi(editorClient).createIndicator(new IndicatorInput().planId(planId)
                    .initiativeId(initiativeId).name("相談件数（試験）").unit("件")
                    .role(IndicatorRole.OUTCOME_KPI).direction(Direction.HIGHER_IS_BETTER)).getId();
            IndicatorValue value = new IndicatorsApi(editorClient).putIndicatorValue(indicatorId, "2024", "TARGET",
                    new IndicatorValueInput().value(new java.math.BigDecimal("120")), null, "*");
            check(value.getValue().intValue() == 120, "value stored");

            // PATCH one member: exactly one member is sent, and only it changes.
            PlanPatch patch = new PlanPatch().summary("生成クライアントから一項目だけ変更");
            check(json.writeValueAsString(patch).equals("{\"summary\":\"生成クライアントから一項目だけ変更\"}"),
                    "a one-member patch is serialised as one member: " + json.writeValueAsString(patch));
            // The plan's ETag as it is now: its tree grew since the create.
            String now = header(plans.getPlanWithHttpInfo(planId, null, null, null), "etag");
            ApiResponse<Plan> patched = plans.patchPlanWithHttpInfo(now, planId, patch);
            check(patched.getData().getSummary().equals("生成クライアントから一項目だけ変更")
                    && patched.getData().getTitle().equals("生成クライアント試験計画"), "patched one member");
            String current = header(patched, "etag");

            // 412 on a stale ETag, 428 without one.
            expect(412, () -> plans.patchPlan(etag, planId, new PlanPatch().summary("古い版")), null);
            expect(428, () -> plans.patchPlan("", planId, new PlanPatch().summary("版なし")), null);

            // Delete as editor (403), then as admin (204).
            expect(403, () -> plans.deletePlan(current, planId), null);
            ApiResponse<Void> deleted = new PlansApi(adminClient).deletePlanWithHttpInfo(current, planId);
            check(deleted.getStatusCode() == 204, "admin deletes: " + deleted.getStatusCode());
            deletedPlan = true;
        } finally {
            if (!deletedPlan) {
                PlansApi admin = new PlansApi(adminClient);
                admin.deletePlan(header(admin.getPlanWithHttpInfo(planId, null, null, null), "etag"), planId);
            }
        }

        // Typed problem details.
        Problem bad = expect(400, () -> anonymousPlans.listPlans(null, null, null, null, "131060", null, null, null, null, null), json);
        check(bad.getErrors().get(0).getField().equals("municipality"), "bad municipality code named");
        Problem unknown = expect(404, () -> anonymousPlans.getPlan(UUID.randomUUID(), null, null, null), json);
        check(unknown.getType().toString().endsWith("/not-found"), "unknown id");
        Problem tooBig = expect(400, () -> anonymousPlans.listPlans(null, null, 100000, null, null, null, null, null, null, null), json);
        check(tooBig.getErrors().get(0).getField().equals("size"), "size=100000 named");
        Problem era = expect(400, () -> anonymousPlans.listPlans(null, null, null, null, null, null, "令和百年度", null, null, null), json);
        check(era.getErrors().get(0).getMessage().contains("令和百年度"),
                "Japanese detail intact under file.encoding=" + System.getProperty("file.encoding") + ": " + era.getErrors().get(0).getMessage());
        System.out.println("[client-test] Java client scenario passed (file.encoding=" + System.getProperty("file.encoding") + ")");
    }

    interface Call {
        void run() throws ApiException;
    }

    static Problem expect(int status, Call call, ObjectMapper json) throws Exception {
        try {
            call.run();
        } catch (ApiException e) {
            check(e.getCode() == status, "expected " + status + ", got " + e.getCode() + ": " + e.getResponseBody());
            return json == null ? null : json.readValue(e.getResponseBody(), Problem.class);
        }
        throw new AssertionError("expected " + status + ", got a success");
    }

    static String header(ApiResponse<?> response, String name) {
        for (Map.Entry<String, List<String>> h : response.getHeaders().entrySet()) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue().get(0);
            }
        }
        throw new AssertionError("no " + name + " header");
    }

    static ApiClient client(String base, String token) {
        ApiClient c = new ApiClient();
        c.updateBaseUri(URI.create(base).toString());
        if (token != null) {
            c.setRequestInterceptor(b -> b.header("Authorization", "Bearer " + token));
        }
        return c;
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
