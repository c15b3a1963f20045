package jp.industryplans.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.MunicipalityCode;
import jp.industryplans.common.StableId;
import jp.industryplans.evaluation.Evaluation;
import jp.industryplans.evaluation.EvaluationInput;
import jp.industryplans.evaluation.EvaluationRepository;
import jp.industryplans.evaluation.EvaluationService;
import jp.industryplans.indicator.CountingMode;
import jp.industryplans.indicator.Indicator;
import jp.industryplans.indicator.IndicatorInput;
import jp.industryplans.indicator.IndicatorNames;
import jp.industryplans.indicator.IndicatorRepository;
import jp.industryplans.indicator.IndicatorService;
import jp.industryplans.indicator.IndicatorValue;
import jp.industryplans.indicator.IndicatorValueInput;
import jp.industryplans.indicator.IndicatorValueRepository;
import jp.industryplans.initiative.Initiative;
import jp.industryplans.initiative.InitiativeInput;
import jp.industryplans.initiative.InitiativeRepository;
import jp.industryplans.initiative.InitiativeService;
import jp.industryplans.municipality.Municipality;
import jp.industryplans.municipality.MunicipalityDto;
import jp.industryplans.municipality.MunicipalityRepository;
import jp.industryplans.plan.Plan;
import jp.industryplans.plan.PlanInput;
import jp.industryplans.plan.PlanRepository;
import jp.industryplans.plan.PlanService;
import jp.industryplans.seed.ImportBundle.EvaluationBundle;
import jp.industryplans.seed.ImportBundle.IndicatorBundle;
import jp.industryplans.seed.ImportBundle.InitiativeBundle;
import jp.industryplans.seed.ImportBundle.PlanBundle;
import jp.industryplans.seed.ImportBundle.ValueBundle;
import jp.industryplans.theme.Theme;
import jp.industryplans.theme.ThemeInput;
import jp.industryplans.theme.ThemeRepository;
import jp.industryplans.theme.ThemeService;

/**
 * 一括取込 — imports a bundle idempotently, all or nothing.
 *
 * <p>Each record is matched by its natural key. A record whose bundle entry is the same as the
 * one last imported (same content hash) is left alone, so re-importing changes nothing and does
 * not undo edits made through the API since; an entry that changed updates its record. Records
 * absent from the bundle are kept: an import never deletes.
 */
@ApplicationScoped
public class ImportService {

    private final jp.industryplans.audit.WriteContext writes;

    private final Validator validator;
    private final ObjectMapper mapper;
    private final MunicipalityRepository municipalities;
    private final PlanRepository plans;
    private final InitiativeRepository initiatives;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final EvaluationRepository evaluations;
    private final ThemeRepository themes;
    private final ThemeService themeService;
    private final IndicatorService indicatorService;
    private final IndicatorNames names;

    ImportService(Validator validator, ObjectMapper mapper, MunicipalityRepository municipalities,
                  PlanRepository plans, InitiativeRepository initiatives, IndicatorRepository indicators,
                  IndicatorValueRepository values, EvaluationRepository evaluations, ThemeRepository themes,
                  ThemeService themeService, IndicatorService indicatorService, IndicatorNames names,
                  jp.industryplans.audit.WriteContext writes) {
        this.names = names;
        this.writes = writes;
        this.validator = validator;
        this.mapper = mapper;
        this.municipalities = municipalities;
        this.plans = plans;
        this.initiatives = initiatives;
        this.indicators = indicators;
        this.values = values;
        this.evaluations = evaluations;
        this.themes = themes;
        this.themeService = themeService;
        this.indicatorService = indicatorService;
    }

    @Transactional
    public ImportResult importBundle(ImportBundle bundle) {
        List<FieldError> errors = validate(bundle);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        refuseMoves(bundle);
        writes.begin();
        Run run = new Run();
        List<ThemeInput> themeList = nz(bundle.themes());
        for (int order = 0; order < themeList.size(); order++) {
            upsertTheme(themeList.get(order), order, run);
        }
        for (MunicipalityDto m : nz(bundle.municipalities())) {
            upsertMunicipality(m, run);
        }
        for (PlanBundle p : nz(bundle.plans())) {
            importPlan(p, run);
        }
        plans.flush();
        return run.result();
    }

    // ---- validation: every fault of the bundle, with its path, before anything is written

    List<FieldError> validate(ImportBundle bundle) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<ImportBundle> v : validator.validate(bundle)) {
            errors.add(new FieldError(jp.industryplans.common.ProblemMappers.fieldName(v.getPropertyPath()),
                    v.getMessage()));
        }
        Set<String> themeKeys = new HashSet<>();
        List<ThemeInput> ts = nz(bundle.themes());
        for (int i = 0; i < ts.size(); i++) {
            ThemeInput t = ts.get(i);
            if (t != null && t.key() != null && !themeKeys.add(t.key())) {
                errors.add(new FieldError("themes[" + i + "].key", "appears twice in the bundle"));
            }
        }
        Set<String> codes = new HashSet<>();
        List<MunicipalityDto> ms = nz(bundle.municipalities());
        for (int i = 0; i < ms.size(); i++) {
            MunicipalityDto m = ms.get(i);
            if (m == null || m.code() == null) {
                continue;
            }
            if (m.code().matches("[0-9]{6}") && !MunicipalityCode.isValid(m.code())) {
                errors.add(new FieldError("municipalities[" + i + "].code", "the check digit (6th digit) is wrong"));
            }
            if (!codes.add(m.code())) {
                errors.add(new FieldError("municipalities[" + i + "].code", "appears twice in the bundle"));
            }
        }
        Set<String> planKeys = new HashSet<>();
        List<PlanBundle> ps = nz(bundle.plans());
        for (int i = 0; i < ps.size(); i++) {
            PlanBundle p = ps.get(i);
            if (p == null) {
                continue;
            }
            String at = "plans[" + i + "]";
            if (p.key() != null && !planKeys.add(p.key())) {
                errors.add(new FieldError(at + ".key", "appears twice in the bundle"));
            }
            String code = p.municipalityCode();
            if (code != null && code.matches("[0-9]{6}")) {
                if (!MunicipalityCode.isValid(code)) {
                    errors.add(new FieldError(at + ".municipalityCode", "the check digit (6th digit) is wrong"));
                } else if (!codes.contains(code) && municipalities.findByIdOptional(code).isEmpty()) {
                    errors.add(new FieldError(at + ".municipalityCode",
                            "no municipality has this code, in the bundle or stored"));
                }
            }
            period(p.periodStart(), p.periodEnd(), at, errors);
            validateIndicators(p.indicators(), at, errors);
            validateEvaluations(p.evaluations(), at, errors);
            validateInitiatives(p.initiatives(), at + ".initiatives", themeKeys, errors);
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** An entry for a stored plan key names the same municipality: an import never moves a plan. */
    private void refuseMoves(ImportBundle bundle) {
        List<PlanBundle> ps = nz(bundle.plans());
        if (ps.isEmpty()) {
            return;
        }
        Map<String, String> stored = new HashMap<>();
        plans.list("naturalKey in ?1", ps.stream().map(PlanBundle::key).toList())
                .forEach(p -> stored.put(p.naturalKey, p.municipalityCode));
        List<FieldError> moves = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            String code = stored.get(ps.get(i).key());
            if (code != null && !code.equals(ps.get(i).municipalityCode())) {
                moves.add(new FieldError("plans[" + i + "].municipalityCode", "the stored plan " + ps.get(i).key()
                        + " belongs to municipality " + code + "; an import does not move a plan to another municipality"));
            }
        }
        if (!moves.isEmpty()) {
            throw new ApiException(409, "conflict", "Conflict with stored data",
                    "The bundle would move stored plans to another municipality.", moves);
        }
    }

    private void validateInitiatives(List<InitiativeBundle> nodes, String at, Set<String> themeKeys,
                                     List<FieldError> errors) {
        uniqueKeys(nodes, InitiativeBundle::key, at, errors);
        for (int i = 0; i < nz(nodes).size(); i++) {
            InitiativeBundle n = nodes.get(i);
            if (n == null) {
                continue;
            }
            String here = at + "[" + i + "]";
            errors.addAll(themeService.unknown(here + ".themes", n.themes(), themeKeys));
            validateIndicators(n.indicators(), here, errors);
            validateEvaluations(n.evaluations(), here, errors);
            validateInitiatives(n.children(), here + ".children", themeKeys, errors);
        }
    }

    private void validateIndicators(List<IndicatorBundle> list, String owner, List<FieldError> errors) {
        uniqueKeys(list, IndicatorBundle::key, owner + ".indicators", errors);
        for (int i = 0; i < nz(list).size(); i++) {
            IndicatorBundle ind = list.get(i);
            if (ind == null) {
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (int j = 0; j < nz(ind.values()).size(); j++) {
                ValueBundle v = ind.values().get(j);
                if (v == null) {
                    continue;
                }
                String at = owner + ".indicators[" + i + "].values[" + j + "]";
                if (!seen.add(v.fiscalYear() + "/" + v.kind())) {
                    errors.add(new FieldError(at, "a second value for the same fiscal year and kind"));
                }
                boolean figure = v.value() != null || v.qualitative() != null;
                if (!figure && v.missingReason() == null) {
                    errors.add(new FieldError(at + ".missingReason", "is required when value is absent"));
                } else if (figure && v.missingReason() != null) {
                    errors.add(new FieldError(at + ".missingReason", "must be absent when a figure is given"));
                } else {
                    FieldError fault = IndicatorService.figureFault(input(v), mode(ind));
                    if (fault != null) {
                        errors.add(new FieldError(at + "." + fault.field(), fault.message()));
                    }
                }
            }
        }
    }

    private void validateEvaluations(List<EvaluationBundle> list, String owner, List<FieldError> errors) {
        uniqueKeys(list, EvaluationBundle::key, owner + ".evaluations", errors);
        for (int i = 0; i < nz(list).size(); i++) {
            EvaluationBundle e = list.get(i);
            if (e == null) {
                continue;
            }
            String at = owner + ".evaluations[" + i + "]";
            period(e.periodStart(), e.periodEnd(), at, errors);
            if (e.rating() != null && e.scale() != null && !e.scale().isEmpty()
                    && e.scale().stream().noneMatch(s -> s != null && e.rating().equals(s.rating()))) {
                errors.add(new FieldError(at + ".rating", "must be one of the ratings of the scale"));
            }
        }
    }

    private static void period(Integer start, Integer end, String at, List<FieldError> errors) {
        if (start != null && end != null && start > end) {
            errors.add(new FieldError(at + ".periodEnd", "must not be before periodStart"));
        }
    }

    private static <T> void uniqueKeys(List<T> list, Function<T, String> key, String at, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nz(list).size(); i++) {
            T item = list.get(i);
            if (item != null && key.apply(item) != null && !seen.add(key.apply(item))) {
                errors.add(new FieldError(at + "[" + i + "].key", "appears twice among its siblings"));
            }
        }
    }

    // ---- writing

    private void upsertTheme(ThemeInput in, int order, Run run) {
        String hash = hash(in, Map.of("sortOrder", order));
        Theme t = themes.findByIdOptional(in.key()).orElse(null);
        boolean created = t == null;
        if (!created && hash.equals(t.importHash)) {
            run.themes.unchanged++;
            return;
        }
        if (created) {
            t = new Theme();
            t.key = in.key();
        }
        t.labelJa = in.labelJa();
        t.labelEn = in.labelEn();
        t.sortOrder = order;
        t.importHash = hash;
        t.updatedAt = OffsetDateTime.now();
        if (created) {
            themes.persist(t);
            run.themes.created++;
        } else {
            run.themes.updated++;
        }
    }

    private void upsertMunicipality(MunicipalityDto in, Run run) {
        String hash = hash(in, Map.of());
        Municipality m = municipalities.findByIdOptional(in.code()).orElse(null);
        boolean created = m == null;
        if (!created && hash.equals(m.importHash)) {
            run.municipalities.unchanged++;
            return;
        }
        if (created) {
            m = new Municipality();
            m.code = in.code();
        }
        m.name = in.name();
        m.kana = in.kana();
        m.nameEn = in.nameEn();
        m.kind = in.kind();
        m.prefecture = in.prefecture();
        m.importHash = hash;
        m.updatedAt = OffsetDateTime.now();
        if (created) {
            municipalities.persist(m);
            run.municipalities.created++;
        } else {
            run.municipalities.updated++;
        }
    }

    private void importPlan(PlanBundle in, Run run) {
        String hash = hash(in, Map.of());
        Plan p = plans.findByKey(in.key()).orElse(null);
        boolean created = p == null;
        if (created) {
            p = new Plan();
            p.id = StableId.plan(in.key());
            p.naturalKey = in.key();
        }
        if (created || !hash.equals(p.importHash)) {
            PlanService.apply(p, new PlanInput(in.key(), in.municipalityCode(), in.kind(), in.title(), in.edition(),
                    in.periodStart(), in.periodEnd(), in.periodLabel(), in.summary(), in.visionStatements(),
                    in.approvingBody(), in.notes(), in.source(), p.predecessorId));
            p.importHash = hash;
            if (created) {
                plans.persist(p);
                run.plans.created++;
            } else {
                run.plans.updated++;
            }
        } else {
            run.plans.unchanged++;
        }
        PlanContext ctx = new PlanContext(p);
        initiatives.listByPlan(p.id).forEach(i -> ctx.initiatives.put(i.naturalKey, i));
        indicators.listByPlan(p.id).forEach(i -> ctx.indicators.put(i.naturalKey, i));
        values.listByPlan(p.id).forEach(v -> ctx.values.put(v.id, v));
        evaluations.listByPlan(p.id).forEach(e -> ctx.evaluations.put(e.naturalKey, e));
        importIndicators(in.indicators(), null, "", ctx, run);
        importEvaluations(in.evaluations(), null, "", ctx, run);
        importInitiatives(in.initiatives(), null, "", ctx, run);
        // Display names are made of the plan's and the initiatives' texts, which may have changed alone.
        names.refreshPlan(p.id);
        if (ctx.touched) {
            plans.flush();
            indicatorService.judge(indicators.listByPlan(p.id).stream().map(i -> i.id).toList());
        }
    }

    private void importInitiatives(List<InitiativeBundle> nodes, UUID parentId, String parentPath, PlanContext ctx,
                                   Run run) {
        List<InitiativeBundle> list = nz(nodes);
        for (int order = 0; order < list.size(); order++) {
            InitiativeBundle in = list.get(order);
            String path = parentPath.isEmpty() ? in.key() : parentPath + "/" + in.key();
            String hash = hash(in, Map.of("sortOrder", order));
            Initiative i = ctx.initiatives.get(path);
            boolean created = i == null;
            if (created) {
                i = new Initiative();
                i.id = StableId.initiative(ctx.plan.naturalKey, path);
                i.planId = ctx.plan.id;
                i.parentId = parentId;
                i.naturalKey = path;
            }
            if (created || !hash.equals(i.importHash)) {
                InitiativeService.apply(i, new InitiativeInput(in.key(), ctx.plan.id, parentId, in.kind(), in.label(),
                        in.title(), in.description(), in.owningDepartment(), in.owningSection(), in.repost(),
                        in.themes(), in.note(), order, in.source()));
                i.importHash = hash;
                if (created) {
                    initiatives.persist(i);
                    run.initiatives.created++;
                } else {
                    run.initiatives.updated++;
                }
            } else {
                run.initiatives.unchanged++;
            }
            importIndicators(in.indicators(), i.id, path, ctx, run);
            importEvaluations(in.evaluations(), i.id, path, ctx, run);
            importInitiatives(in.children(), i.id, path, ctx, run);
        }
    }

    private void importIndicators(List<IndicatorBundle> list, UUID initiativeId, String ownerPath, PlanContext ctx,
                                  Run run) {
        List<IndicatorBundle> items = nz(list);
        for (int order = 0; order < items.size(); order++) {
            IndicatorBundle in = items.get(order);
            String naturalKey = ownerPath + "#" + in.key();
            String hash = hash(in, Map.of("sortOrder", order));
            Indicator i = ctx.indicators.get(naturalKey);
            boolean created = i == null;
            if (created) {
                i = new Indicator();
                i.id = StableId.indicator(ctx.plan.naturalKey, ownerPath, in.key());
                i.planId = ctx.plan.id;
                i.initiativeId = initiativeId;
                i.naturalKey = naturalKey;
            }
            if (created || !hash.equals(i.importHash)) {
                IndicatorService.apply(i, new IndicatorInput(in.key(), ctx.plan.id, initiativeId, in.name(), in.unit(),
                        in.role(), in.countingMode(), in.direction(), in.plannedVolume(), in.baseline(),
                        in.dataSource(), in.note(), order, in.source()));
                i.importHash = hash;
                ctx.touched = true;
                if (created) {
                    indicators.persist(i);
                    run.indicators.created++;
                } else {
                    run.indicators.updated++;
                }
            } else {
                run.indicators.unchanged++;
            }
            for (ValueBundle vb : nz(in.values())) {
                importValue(i.id, vb, ctx, run);
            }
        }
    }

    private void importValue(UUID indicatorId, ValueBundle in, PlanContext ctx, Run run) {
        IndicatorValue.Key key = new IndicatorValue.Key(indicatorId, in.fiscalYear(), in.kind());
        String hash = hash(in, Map.of());
        IndicatorValue v = ctx.values.get(key);
        boolean created = v == null;
        if (!created && hash.equals(v.importHash)) {
            run.values.unchanged++;
            return;
        }
        if (created) {
            v = new IndicatorValue();
            v.id = key;
        }
        IndicatorService.applyValue(v, input(in));
        v.importHash = hash;
        ctx.touched = true;
        if (created) {
            values.persist(v);
            run.values.created++;
        } else {
            run.values.updated++;
        }
    }

    private void importEvaluations(List<EvaluationBundle> list, UUID initiativeId, String ownerPath,
                                   PlanContext ctx, Run run) {
        for (EvaluationBundle in : nz(list)) {
            String naturalKey = ownerPath + "#" + in.key();
            String hash = hash(in, Map.of());
            Evaluation e = ctx.evaluations.get(naturalKey);
            boolean created = e == null;
            if (!created && hash.equals(e.importHash)) {
                run.evaluations.unchanged++;
                continue;
            }
            if (created) {
                e = new Evaluation();
                e.id = StableId.evaluation(ctx.plan.naturalKey, ownerPath, in.key());
                e.planId = ctx.plan.id;
                e.initiativeId = initiativeId;
                e.naturalKey = naturalKey;
            }
            EvaluationService.apply(e, new EvaluationInput(in.key(), ctx.plan.id, initiativeId, in.evaluator(),
                    in.periodStart(), in.periodEnd(), in.periodLabel(), in.rating(), in.ratingNote(), in.scale(),
                    in.sections(), in.source()));
            e.importHash = hash;
            if (created) {
                evaluations.persist(e);
                run.evaluations.created++;
            } else {
                run.evaluations.updated++;
            }
        }
    }

    /**
     * Content hash of one bundle entry without its nested records (they have hashes of their
     * own), plus the facts the import derives from its position, such as the sort order.
     */
    private String hash(Object entry, Map<String, Object> derived) {
        ObjectNode node = mapper.valueToTree(entry);
        node.remove(List.of("initiatives", "children", "indicators", "evaluations", "values"));
        derived.forEach((k, v) -> node.putPOJO("$" + k, v));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(node).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static IndicatorValueInput input(ValueBundle v) {
        return new IndicatorValueInput(v.value(), v.qualitative(), v.text(), v.missingReason(), v.note(),
                v.fiscalYearInferred(), v.source());
    }

    private static CountingMode mode(IndicatorBundle indicator) {
        return indicator.countingMode() == null ? CountingMode.PER_YEAR : indicator.countingMode();
    }

    private static <T> List<T> nz(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static final class PlanContext {
        final Plan plan;
        /** Whether an indicator or a value of the plan was created or changed. */
        boolean touched;
        final Map<String, Initiative> initiatives = new HashMap<>();
        final Map<String, Indicator> indicators = new HashMap<>();
        final Map<IndicatorValue.Key, IndicatorValue> values = new HashMap<>();
        final Map<String, Evaluation> evaluations = new HashMap<>();

        PlanContext(Plan plan) {
            this.plan = plan;
        }
    }

    private static final class Counter {
        int created;
        int updated;
        int unchanged;

        ImportResult.Counts counts() {
            return new ImportResult.Counts(created, updated, unchanged);
        }
    }

    private static final class Run {
        final Counter themes = new Counter();
        final Counter municipalities = new Counter();
        final Counter plans = new Counter();
        final Counter initiatives = new Counter();
        final Counter indicators = new Counter();
        final Counter values = new Counter();
        final Counter evaluations = new Counter();

        ImportResult result() {
            return new ImportResult(themes.counts(), municipalities.counts(), plans.counts(), initiatives.counts(),
                    indicators.counts(), values.counts(), evaluations.counts());
        }
    }
}
