package jp.industryplans.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.JsonFields;
import jp.industryplans.common.Source;
import jp.industryplans.evaluation.EvaluationDto;
import jp.industryplans.evaluation.Evaluator;
import jp.industryplans.evaluation.ScaleLevel;
import jp.industryplans.evaluation.Section;
import jp.industryplans.indicator.Baseline;
import jp.industryplans.indicator.CountingMode;
import jp.industryplans.indicator.Direction;
import jp.industryplans.indicator.GeneratedIndicators;
import jp.industryplans.indicator.IndicatorDto;
import jp.industryplans.indicator.IndicatorProgress;
import jp.industryplans.indicator.IndicatorRole;
import jp.industryplans.indicator.IndicatorValueDto;
import jp.industryplans.indicator.MissingReason;
import jp.industryplans.indicator.ProgressBasis;
import jp.industryplans.indicator.ProgressRules;
import jp.industryplans.indicator.ProgressStatus;
import jp.industryplans.indicator.ProjectionUnavailable;
import jp.industryplans.indicator.QualitativeValue;
import jp.industryplans.indicator.ValueKind;
import jp.industryplans.initiative.InitiativeDto;
import jp.industryplans.initiative.InitiativeKind;
import jp.industryplans.release.TargetRevision;
import org.junit.jupiter.api.Test;

/**
 * The plan detail's records write themselves ({@link JsonFields}) instead of going through
 * Jackson's data binding; a caller must not see a byte of difference. Each record is written both
 * ways, with every field filled and with every field that may be absent left null, with text that
 * needs escaping and figures in every shape, and the progress of thousands of made-up indicators.
 */
@QuarkusTest
class PlanDetailJsonTest {

    /** Text a writer can get wrong: quotes, backslashes, controls, Japanese, a surrogate pair, U+2028. */
    private static final String AWKWARD = "「創業」\"支援\" \\ 年度\n\t\u0001 ① 🏭 \u2028 </script> &amp; ｱ";

    @Inject
    ObjectMapper mapper;

    private String bound(Object value) throws IOException {
        return new String(mapper.writeValueAsBytes(value), StandardCharsets.UTF_8);
    }

    private String written(JsonFields.Writable value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = mapper.createGenerator(out, JsonEncoding.UTF8)) {
            value.write(g);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private void sameBytes(JsonFields.Writable value) throws IOException {
        assertEquals(bound(value), written(value), value.getClass().getSimpleName());
    }

    private static Source source(String text) {
        return new Source("002_" + text + ".pdf", text);
    }

    private static IndicatorProgress.Figure figure(String value) {
        return new IndicatorProgress.Figure(2023, "令和5年度", new BigDecimal(value), true);
    }

    private static IndicatorProgress fullProgress() {
        return new IndicatorProgress(CountingMode.RUNNING_TOTAL, ProgressStatus.BEHIND, new BigDecimal("0.8125"),
                ProgressBasis.ACTUAL,
                new IndicatorProgress.Comparison(new BigDecimal("13"), new BigDecimal("16"), List.of(2021, 2022)),
                true, figure("4600"), figure("-37.5"), new BigDecimal("0.0001"), figure("1E+3"), figure("12.34"),
                ProjectionUnavailable.NO_FINAL_TARGET,
                List.of(new IndicatorProgress.Year(2021, "令和3年度", new BigDecimal("10"), new BigDecimal("9.5"),
                        new BigDecimal("8"), true, QualitativeValue.DONE, QualitativeValue.TEXT, true,
                        new BigDecimal("0.8"), ProgressStatus.ON_TRACK),
                        new IndicatorProgress.Year(2022, "令和4年度", null, null, null, false, null, null, false, null,
                                null)),
                List.of(new TargetRevision(UUID.randomUUID(), AWKWARD, 2023, "令和5年度",
                        new TargetRevision.Figure(new BigDecimal("100"), "100件", 1),
                        new TargetRevision.Figure(null, null, 2))));
    }

    private static IndicatorProgress emptyProgress() {
        return new IndicatorProgress(null, null, null, null, null, false, null, null, null, null, null, null,
                List.of());
    }

    private static IndicatorDto indicator(boolean filled) {
        List<IndicatorValueDto> values = List.of(
                new IndicatorValueDto(2021, "令和3年度", true, ValueKind.TARGET, new BigDecimal("123456789012.3456"),
                        QualitativeValue.NOT_DONE, AWKWARD, MissingReason.NOT_SURVEYED, AWKWARD, source(AWKWARD)),
                new IndicatorValueDto(2022, "令和4年度", false, ValueKind.ACTUAL, null, null, null, null, null, null));
        return filled
                ? new IndicatorDto(UUID.randomUUID(), "k1", UUID.randomUUID(), UUID.randomUUID(), AWKWARD, "表示名",
                        "件", IndicatorRole.OUTCOME_KPI, CountingMode.RUNNING_TOTAL, true, Direction.LOWER_IS_BETTER,
                        "年3回", new Baseline(2020, new BigDecimal("0.5"), "約0.5件", "策定時", true), AWKWARD,
                        AWKWARD, 7, source("指標"), values, fullProgress())
                : new IndicatorDto(UUID.randomUUID(), "k2", UUID.randomUUID(), null, "名", "名", null, null, null,
                        false, null, null, new Baseline(null, null, null, null, null), null, null, 0, null, List.of(),
                        emptyProgress());
    }

    private static InitiativeDto initiative(int depth) {
        List<InitiativeDto> children = new ArrayList<>();
        if (depth > 0) {
            children.add(initiative(depth - 1));
            children.add(initiative(depth - 1));
        }
        return new InitiativeDto(UUID.randomUUID(), "i" + depth, UUID.randomUUID(), depth == 2 ? null : UUID.randomUUID(),
                InitiativeKind.values()[depth], "(" + depth + ")", AWKWARD, depth == 0 ? null : AWKWARD, "産業振興課",
                null, depth == 1, List.of("創業", AWKWARD), null, depth, source("取組"), children);
    }

    private static EvaluationDto evaluation(boolean filled) {
        return filled
                ? new EvaluationDto(UUID.randomUUID(), "e1", UUID.randomUUID(), UUID.randomUUID(), Evaluator.SELF, 2021,
                        "令和3年度", 2023, "令和5年度", "令和3～5年度", "Ａ", AWKWARD,
                        List.of(new ScaleLevel("Ａ", "順調である"), new ScaleLevel("Ｂ", AWKWARD)),
                        List.of(new Section(null, AWKWARD), new Section("今後の方向性", "継続")), source("評価"))
                : new EvaluationDto(UUID.randomUUID(), "e2", UUID.randomUUID(), null, null, 2021, "令和3年度", 2021,
                        "令和3年度", null, null, null, List.of(), List.of(), null);
    }

    private static PlanDto plan(boolean filled) {
        return filled
                ? new PlanDto(UUID.randomUUID(), "131067-plan", "131067", "台東区", PlanKind.values()[0], AWKWARD, 2,
                        UUID.randomUUID(), UUID.randomUUID(), 2021, "令和3年度", 2023, "令和5年度", "令和3～5年度",
                        AWKWARD, List.of("ものづくりのまち", AWKWARD), "東京都",
                        List.of(new Note(NoteKind.PHOTO_CAPTION, AWKWARD, source("注")),
                                new Note(NoteKind.GLOSSARY, "用語", null)),
                        source(AWKWARD), List.of(initiative(2), initiative(0)), List.of(indicator(true),
                        indicator(false)), List.of(evaluation(true), evaluation(false)))
                : new PlanDto(UUID.randomUUID(), "k", "131067", null, null, "題", null, null, null, 2021, "令和3年度",
                        2021, "令和3年度", null, null, List.of(), null, List.of(), null, null, null, null);
    }

    @Test
    void aPlanWithEveryFieldFilledAndOneWithEveryOptionalFieldAbsentWriteAsDataBindingDoes() throws IOException {
        PlanDto full = plan(true);
        sameBytes(full);
        String json = written(full);
        // The case covered what it claims: escapes, nested children, revisions, plain figures.
        assertTrue(json.contains("\\u300C\\u5275\\u696D\\u300D\\\"") && json.contains("\\uD83C\\uDFED"), json);
        assertTrue(json.contains("\"children\":[{") && json.contains("\"targetRevisions\":[{"), json);
        assertTrue(json.contains("\"value\":1000,") && json.contains("123456789012.3456"), json);
        PlanDto bare = plan(false);
        sameBytes(bare);
        assertFalse(written(bare).contains("\"initiatives\""), "absent tree left out");
        sameBytes(indicator(false));
        sameBytes(evaluation(false));
        sameBytes(initiative(0));
    }

    @Test
    void theProgressOfThousandsOfMadeUpIndicatorsWritesAsDataBindingDoes() throws IOException {
        int withProjection = 0;
        for (GeneratedIndicators.Case c : GeneratedIndicators.generate(20261130L, 3000)) {
            IndicatorProgress progress = IndicatorProgress.of(c.subject(), c.points(), ProgressRules.STANDARD);
            assertEquals(bound(progress), written(progress), c.key());
            withProjection += progress.projection() != null ? 1 : 0;
        }
        assertTrue(withProjection > 0, "some progress had a projection");
    }
}
