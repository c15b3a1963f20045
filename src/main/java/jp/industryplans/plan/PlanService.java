package jp.industryplans.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import jp.industryplans.audit.WriteContext;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.Versioned;
import jp.industryplans.common.Versions;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.MunicipalityCode;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.PageResult;
import jp.industryplans.common.SearchPattern;
import jp.industryplans.common.SearchText;
import jp.industryplans.common.StableId;
import jp.industryplans.evaluation.EvaluationDto;
import jp.industryplans.evaluation.EvaluationRepository;
import jp.industryplans.indicator.IndicatorDto;
import jp.industryplans.indicator.IndicatorNames;
import jp.industryplans.indicator.IndicatorRepository;
import jp.industryplans.indicator.IndicatorValue;
import jp.industryplans.indicator.IndicatorValueRepository;
import jp.industryplans.initiative.InitiativeDto;
import jp.industryplans.initiative.InitiativeRepository;
import jp.industryplans.municipality.Municipality;
import jp.industryplans.municipality.MunicipalityRepository;

@ApplicationScoped
@Transactional
public class PlanService {

    private final PlanRepository repository;
    private final MunicipalityRepository municipalities;
    private final InitiativeRepository initiatives;
    private final IndicatorRepository indicators;
    private final IndicatorValueRepository values;
    private final EvaluationRepository evaluations;
    private final WriteContext writes;
    private final Versions versions;
    private final IndicatorNames indicatorNames;
    private final PlanLineages lineages;

    PlanService(PlanRepository repository, MunicipalityRepository municipalities, InitiativeRepository initiatives,
                IndicatorRepository indicators, IndicatorValueRepository values, EvaluationRepository evaluations,
                WriteContext writes, Versions versions, IndicatorNames indicatorNames, PlanLineages lineages) {
        this.lineages = lineages;
        this.indicatorNames = indicatorNames;
        this.writes = writes;
        this.versions = versions;
        this.repository = repository;
        this.municipalities = municipalities;
        this.initiatives = initiatives;
        this.indicators = indicators;
        this.values = values;
        this.evaluations = evaluations;
    }

    /**
     * @param fiscalYear plans whose period includes this fiscal year
     * @param theme      plans with at least one initiative carrying this theme
     * @param q          free text; a plan matches on its own text or any of its initiatives' text
     * @param lineage    plans in the same lineage (系譜) as this plan, itself included; none when it is unknown
     * @param lineageOrder whether the page follows the lineage, oldest edition first, rather than {@code page}'s sort
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<PlanDto> list(PageRequest page, String municipality, PlanKind kind, Integer fiscalYear,
                                    String theme, String q, UUID lineage, boolean lineageOrder) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        List<UUID> chain = null;
        if (lineage != null) {
            chain = lineages.of(lineage);
            if (chain.isEmpty()) {
                return new PageResult<>(List.of(), page.page(), page.size(), 0);
            }
            where.append(" and id in :lineage");
            params.put("lineage", chain);
        }
        if (municipality != null) {
            where.append(" and municipalityCode = :municipality");
            params.put("municipality", municipality);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        if (fiscalYear != null) {
            where.append(" and periodStart <= :fy and periodEnd >= :fy");
            params.put("fy", fiscalYear);
        }
        if (theme != null) {
            where.append(" and id in (select i.planId from Initiative i"
                    + " where cast(jsonb_exists(i.themes, :theme) as Boolean) = true)");
            params.put("theme", theme);
        }
        String pattern = SearchPattern.contains(q);
        if (pattern != null) {
            where.append(" and (searchText like :q or id in "
                    + "(select i.planId from Initiative i where i.searchText like :q))");
            params.put("q", pattern);
        }
        List<Plan> found;
        long total;
        if (chain != null && lineageOrder) {
            // A lineage is a handful of plans: all of them are read and put in the lineage's order.
            List<UUID> order = chain;
            List<Plan> all = new ArrayList<>(repository.list(where.toString(), params));
            all.sort(Comparator.comparingInt(p -> order.indexOf(p.id)));
            total = all.size();
            int from = (int) Math.min(total, (long) page.page() * page.size());
            found = all.subList(from, (int) Math.min(total, (long) from + page.size()));
        } else {
            var query = repository.find(where.toString(), page.panacheSort(), params);
            found = query.page(page.panachePage()).list();
            total = query.count();
        }
        Map<String, String> names = municipalityNames(found.stream().map(p -> p.municipalityCode).distinct().toList());
        Map<UUID, UUID> successors = lineages.successors(found.stream().map(p -> p.id).toList());
        List<PlanDto> items = found.stream()
                .map(p -> PlanDto.of(p, names.get(p.municipalityCode), successors.get(p.id), null, null, null))
                .toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    /**
     * The plan with its whole tree, indicators with values, evaluations and its successor, in six
     * statements, read as rows rather than managed entities (nothing here is written back).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanDto get(UUID id) {
        PlanRepository.Read read = repository.read(id);
        if (read == null) {
            throw ApiException.notFound("Plan", id);
        }
        Map<UUID, List<IndicatorValue>> byIndicator = new HashMap<>();
        for (IndicatorValue v : values.readByPlan(id)) {
            byIndicator.computeIfAbsent(v.id.indicatorId(), k -> new ArrayList<>()).add(v);
        }
        List<IndicatorDto> inds = indicators.readByPlan(id).stream()
                .map(i -> IndicatorDto.of(i, byIndicator.getOrDefault(i.id, List.of()))).toList();
        return PlanDto.of(read.plan(), read.municipalityName(), lineages.successor(id),
                InitiativeDto.tree(initiatives.readByPlan(id)), inds,
                evaluations.readByPlan(id).stream().map(EvaluationDto::of).toList());
    }

    /** The plan's current ETag (its whole tree counts), or null when no plan has this id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag(UUID id) {
        return versions.etag(Versions.Kind.PLAN, id);
    }

    public Versioned<PlanDto> create(PlanInput in) {
        writes.begin();
        check(in);
        String key = in.key() != null ? in.key()
                : in.municipalityCode() + "-" + in.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                        + "-" + in.periodStart();
        if (repository.findByKey(key).isPresent()) {
            throw ApiException.conflict("A plan with key '" + key + "' already exists.");
        }
        checkUnique(in, null);
        lineages.checkPredecessor(StableId.plan(key), in.predecessorId());
        Plan p = new Plan();
        p.id = StableId.plan(key);
        p.naturalKey = key;
        apply(p, in);
        repository.persistAndFlush(p);
        return versioned(p);
    }

    public Versioned<PlanDto> replace(UUID id, PlanInput in, String ifMatch) {
        writes.beginChange(Versions.Kind.PLAN, id, ifMatch, "Plan");
        return replaceChecked(find(id), in);
    }

    /** Applies a JSON Merge Patch to the plan's own fields. */
    public Versioned<PlanDto> patch(UUID id, JsonNode patch, String ifMatch) {
        writes.beginChange(Versions.Kind.PLAN, id, ifMatch, "Plan");
        Plan p = find(id);
        PlanDto current = PlanDto.of(p, null, null, null, null, null);
        return replaceChecked(p, versions.patched(current, patch, PlanInput.class));
    }

    private Versioned<PlanDto> replaceChecked(Plan p, PlanInput in) {
        UUID id = p.id;
        if (in.key() != null && !in.key().equals(p.naturalKey)) {
            throw ApiException.invalid("key", "the key of a stored plan cannot change");
        }
        check(in);
        checkUnique(in, id);
        lineages.checkPredecessor(id, in.predecessorId());
        apply(p, in);
        // The display names of its indicators carry its fiscal years (and its title, for its own indicators).
        indicatorNames.refreshPlan(id);
        repository.flush();
        return versioned(p);
    }

    private Versioned<PlanDto> versioned(Plan p) {
        return new Versioned<>(PlanDto.of(p, municipalityNames(List.of(p.municipalityCode)).get(p.municipalityCode),
                lineages.successor(p.id), null, null, null), versions.etag(Versions.Kind.PLAN, p.id));
    }

    public void delete(UUID id, String ifMatch) {
        writes.beginChange(Versions.Kind.PLAN, id, ifMatch, "Plan");
        repository.delete(find(id));
        repository.flush();
    }

    private void check(PlanInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (!MunicipalityCode.isValid(in.municipalityCode())) {
            errors.add(new FieldError("municipalityCode", "the check digit (6th digit) is wrong"));
        } else if (municipalities.findByIdOptional(in.municipalityCode()).isEmpty()) {
            errors.add(new FieldError("municipalityCode", "no municipality has this code"));
        }
        if (in.periodStart() > in.periodEnd()) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private void checkUnique(PlanInput in, UUID self) {
        boolean taken = repository.find("municipalityCode = ?1 and kind = ?2 and periodStart = ?3 and title = ?4",
                        in.municipalityCode(), in.kind(), in.periodStart(), in.title()).stream()
                .anyMatch(other -> !other.id.equals(self));
        if (taken) {
            throw ApiException.conflict("The municipality already has a plan of this kind, title and first year.");
        }
    }

    private Map<String, String> municipalityNames(List<String> codes) {
        Map<String, String> names = new HashMap<>();
        if (!codes.isEmpty()) {
            for (Municipality m : municipalities.list("code in ?1", codes)) {
                names.put(m.code, m.name);
            }
        }
        return names;
    }

    private Plan find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Plan", id));
    }

    public static void apply(Plan p, PlanInput in) {
        p.municipalityCode = in.municipalityCode();
        p.kind = in.kind();
        p.title = in.title();
        p.edition = in.edition();
        p.predecessorId = in.predecessorId();
        p.periodStart = in.periodStart();
        p.periodEnd = in.periodEnd();
        p.periodLabel = in.periodLabel();
        p.summary = in.summary();
        p.visionStatements = in.visionStatements() == null ? new ArrayList<>() : new ArrayList<>(in.visionStatements());
        p.approvingBody = in.approvingBody();
        p.notes = in.notes() == null ? new ArrayList<>() : new ArrayList<>(in.notes());
        p.source(in.source());
        p.searchText = searchText(p);
        p.updatedAt = OffsetDateTime.now();
    }

    public static String searchText(Plan p) {
        List<String> parts = new ArrayList<>(List.of(nz(p.title), nz(p.periodLabel), nz(p.summary),
                nz(p.approvingBody)));
        parts.addAll(p.visionStatements);
        p.notes.forEach(n -> parts.add(n.text()));
        return SearchText.normalizeAll(parts.toArray(String[]::new));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
