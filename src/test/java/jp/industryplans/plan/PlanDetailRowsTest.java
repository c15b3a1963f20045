package jp.industryplans.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.industryplans.ApiTest;
import jp.industryplans.TestPlans;
import jp.industryplans.evaluation.EvaluationDto;
import jp.industryplans.evaluation.EvaluationRepository;
import jp.industryplans.indicator.IndicatorDto;
import jp.industryplans.indicator.IndicatorRepository;
import jp.industryplans.indicator.IndicatorValue;
import jp.industryplans.indicator.IndicatorValueRepository;
import jp.industryplans.initiative.InitiativeDto;
import jp.industryplans.initiative.InitiativeRepository;
import jp.industryplans.municipality.MunicipalityRepository;
import org.junit.jupiter.api.Test;

/**
 * A plan's detail (計画詳細) is read as plain rows, not as managed entities (the uncached detail's
 * largest cost). What callers receive must not change by a byte: for every plan, the detail the
 * service serves equals the detail built from the plan's entities, as it was built before.
 */
@QuarkusTest
class PlanDetailRowsTest extends ApiTest {

    @Inject
    PlanRepository plans;
    @Inject
    InitiativeRepository initiatives;
    @Inject
    IndicatorRepository indicators;
    @Inject
    IndicatorValueRepository values;
    @Inject
    EvaluationRepository evaluations;
    @Inject
    MunicipalityRepository municipalities;
    @Inject
    PlanLineages lineages;
    @Inject
    ObjectMapper mapper;

    /** The detail as built from managed entities (the path the detail took before it read rows). */
    private String fromEntities(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Plan p = plans.findById(id);
            Map<UUID, List<IndicatorValue>> byIndicator = new HashMap<>();
            for (IndicatorValue v : values.listByPlan(id)) {
                byIndicator.computeIfAbsent(v.id.indicatorId(), k -> new ArrayList<>()).add(v);
            }
            PlanDto detail = PlanDto.of(p, municipalities.findById(p.municipalityCode).name, lineages.successor(id),
                    InitiativeDto.tree(initiatives.listByPlan(id)),
                    indicators.listByPlan(id).stream()
                            .map(i -> IndicatorDto.of(i, byIndicator.getOrDefault(i.id, List.of()))).toList(),
                    evaluations.listByPlan(id).stream().map(EvaluationDto::of).toList());
            return new String(mapper.writeValueAsBytes(detail), StandardCharsets.UTF_8);
        });
    }

    private static String served(Object id) {
        return new String(editor().header("Cache-Control", "no-cache").get("/api/v1/plans/" + id)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void everyPlansDetailIsTheDetailOfItsEntitiesByteForByte() {
        List<String> all = editor().get("/api/v1/plans?size=200").then().statusCode(200).extract().path("items.id");
        assertTrue(all.size() >= 15, "the seeded plans are there: " + all.size());
        int withEvaluations = 0;
        int withNotes = 0;
        for (String id : all) {
            String served = served(id);
            assertEquals(fromEntities(UUID.fromString(id)), served, "detail of plan " + id);
            withEvaluations += served.contains("\"evaluations\":[]") ? 0 : 1;
            withNotes += served.contains("\"notes\":[]") ? 0 : 1;
        }
        // The comparison covered the JSON columns (notes, themes, scales, sections), not only empty lists.
        assertTrue(withEvaluations > 0 && withNotes > 0, withEvaluations + " plans with evaluations, " + withNotes
                + " with notes");
    }

    @Test
    void aPlanWithEditionsAnEmptyTreeAndUnusualFiguresReadsTheSame() {
        String first = TestPlans.createPlan();
        String second = TestPlans.createPlan();
        editor().contentType("application/merge-patch+json").accept("application/json")
                .body(Map.of("predecessorId", first)).patch("/api/v1/plans/" + second).then().statusCode(200);
        String pillar = TestPlans.createInitiative(second, null, "p1", "柱1");
        String project = TestPlans.createInitiative(second, pillar, "p1-1", "事業1");
        String indicator = TestPlans.createIndicator(second, project, "k1");
        json(editor()).body("{\"value\": 0.0001, \"note\": \"最小の刻み\"}")
                .put("/api/v1/indicators/" + indicator + "/values/2024/TARGET").then().statusCode(201);
        json(editor()).body(Map.of("missingReason", "NOT_YET_COMPILED", "note", "集計中"))
                .put("/api/v1/indicators/" + indicator + "/values/2025/ACTUAL").then().statusCode(201);
        for (String plan : List.of(first, second)) {
            assertEquals(fromEntities(UUID.fromString(plan)), served(plan), "detail of plan " + plan);
        }
        assertTrue(served(first).contains("\"successorId\":\"" + second + "\""));
        TestPlans.deletePlan(second);
        TestPlans.deletePlan(first);
    }
}
