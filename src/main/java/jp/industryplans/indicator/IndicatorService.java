package jp.industryplans.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.PageResult;
import jp.industryplans.common.SearchPattern;
import jp.industryplans.common.SearchText;
import jp.industryplans.common.StableId;
import jp.industryplans.initiative.Initiative;
import jp.industryplans.initiative.InitiativeRepository;
import jp.industryplans.plan.Plan;
import jp.industryplans.plan.PlanRepository;

@ApplicationScoped
@Transactional
public class IndicatorService {

    private final IndicatorRepository repository;
    private final IndicatorValueRepository values;
    private final PlanRepository plans;
    private final InitiativeRepository initiatives;

    IndicatorService(IndicatorRepository repository, IndicatorValueRepository values, PlanRepository plans,
                     InitiativeRepository initiatives) {
        this.repository = repository;
        this.values = values;
        this.plans = plans;
        this.initiatives = initiatives;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<IndicatorDto> list(PageRequest page, UUID plan, UUID initiative, String municipality,
                                         String q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (plan != null) {
            where.append(" and planId = :plan");
            params.put("plan", plan);
        }
        if (initiative != null) {
            where.append(" and initiativeId = :initiative");
            params.put("initiative", initiative);
        }
        if (municipality != null) {
            where.append(" and planId in (select p.id from Plan p where p.municipalityCode = :municipality)");
            params.put("municipality", municipality);
        }
        String pattern = SearchPattern.contains(q);
        if (pattern != null) {
            where.append(" and searchText like :q");
            params.put("q", pattern);
        }
        var query = repository.find(where.toString(), page.panacheSort(), params);
        List<Indicator> found = query.page(page.panachePage()).list();
        Map<UUID, List<IndicatorValue>> byIndicator = values.byIndicators(found.stream().map(i -> i.id).toList());
        List<IndicatorDto> items = found.stream()
                .map(i -> IndicatorDto.of(i, byIndicator.getOrDefault(i.id, List.of()))).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorDto get(UUID id) {
        Indicator i = find(id);
        return IndicatorDto.of(i, values.listByIndicator(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorProgress progress(UUID id) {
        return IndicatorDto.progress(find(id), values.listByIndicator(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<IndicatorValueDto> values(UUID id) {
        find(id);
        List<IndicatorValueDto> items = values.listByIndicator(id).stream().map(IndicatorValueDto::of).toList();
        return new PageResult<>(items, 0, Math.max(items.size(), 1), items.size());
    }

    public IndicatorDto create(IndicatorInput in) {
        Plan plan = plans.findByIdOptional(in.planId())
                .orElseThrow(() -> ApiException.invalid("planId", "no plan has this id"));
        String ownerPath = "";
        if (in.initiativeId() != null) {
            Initiative owner = initiatives.findByIdOptional(in.initiativeId())
                    .orElseThrow(() -> ApiException.invalid("initiativeId", "no initiative has this id"));
            if (!owner.planId.equals(plan.id)) {
                throw ApiException.invalid("initiativeId", "the initiative belongs to another plan");
            }
            ownerPath = owner.naturalKey;
        }
        String key = in.key() != null ? in.key() : "k-" + UUID.randomUUID().toString().substring(0, 8);
        String naturalKey = ownerPath + "#" + key;
        if (repository.count("planId = ?1 and naturalKey = ?2", plan.id, naturalKey) > 0) {
            throw ApiException.conflict("The owner already has an indicator with key '" + key + "'.");
        }
        Indicator i = new Indicator();
        i.id = StableId.indicator(plan.naturalKey, ownerPath, key);
        i.planId = plan.id;
        i.initiativeId = in.initiativeId();
        i.naturalKey = naturalKey;
        apply(i, in);
        repository.persistAndFlush(i);
        return IndicatorDto.of(i, List.of());
    }

    public IndicatorDto replace(UUID id, IndicatorInput in) {
        Indicator i = find(id);
        List<FieldError> errors = new ArrayList<>();
        if (!i.planId.equals(in.planId())) {
            errors.add(new FieldError("planId", "an indicator cannot move to another plan"));
        }
        if (!Objects.equals(i.initiativeId, in.initiativeId())) {
            errors.add(new FieldError("initiativeId", "an indicator cannot move to another initiative"));
        }
        if (in.key() != null && !in.key().equals(i.key())) {
            errors.add(new FieldError("key", "the key of a stored indicator cannot change"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        apply(i, in);
        repository.flush();
        return IndicatorDto.of(i, values.listByIndicator(id));
    }

    public void delete(UUID id) {
        repository.delete(find(id));
        repository.flush();
    }

    /** @return true when the value was created, false when an existing one was replaced */
    public boolean putValue(UUID id, int fiscalYear, ValueKind kind, IndicatorValueInput in) {
        find(id);
        checkValue(in);
        IndicatorValue.Key key = new IndicatorValue.Key(id, fiscalYear, kind);
        IndicatorValue v = values.findByIdOptional(key).orElse(null);
        boolean created = v == null;
        if (created) {
            v = new IndicatorValue();
            v.id = key;
        }
        applyValue(v, in);
        if (created) {
            values.persist(v);
        }
        values.flush();
        return created;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorValueDto getValue(UUID id, int fiscalYear, ValueKind kind) {
        return values.findByIdOptional(new IndicatorValue.Key(id, fiscalYear, kind)).map(IndicatorValueDto::of)
                .orElseThrow(() -> ApiException.notFound("Value", id + "/" + fiscalYear + "/" + kind));
    }

    public void deleteValue(UUID id, int fiscalYear, ValueKind kind) {
        find(id);
        IndicatorValue v = values.findByIdOptional(new IndicatorValue.Key(id, fiscalYear, kind))
                .orElseThrow(() -> ApiException.notFound("Value", id + "/" + fiscalYear + "/" + kind));
        values.delete(v);
        values.flush();
    }

    public static void applyValue(IndicatorValue v, IndicatorValueInput in) {
        v.value = in.value();
        v.text = in.text();
        v.missingReason = in.missingReason();
        v.note = in.note();
        v.sourceDocument = in.source() == null ? null : in.source().document();
        v.sourceQuote = in.source() == null ? null : in.source().quote();
        v.updatedAt = OffsetDateTime.now();
    }

    /** A figure is a number, or else it says why it is missing — never both, never neither. */
    public static void checkValue(IndicatorValueInput in) {
        if (in.value() == null && in.missingReason() == null) {
            throw ApiException.invalid("missingReason", "is required when value is absent: say why the figure is missing");
        }
        if (in.value() != null && in.missingReason() != null) {
            throw ApiException.invalid("missingReason", "must be absent when a value is given");
        }
    }

    private Indicator find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Indicator", id));
    }

    public static void apply(Indicator i, IndicatorInput in) {
        i.name = in.name();
        i.unit = in.unit();
        i.role = in.role();
        i.cumulative = Boolean.TRUE.equals(in.cumulative());
        i.direction = in.direction();
        i.plannedVolume = in.plannedVolume();
        Baseline b = in.baseline();
        i.baselineFiscalYear = b == null ? null : b.fiscalYear();
        i.baselineValue = b == null ? null : b.value();
        i.baselineText = b == null ? null : b.text();
        i.baselineLabel = b == null ? null : b.label();
        i.dataSource = in.dataSource();
        i.note = in.note();
        i.sortOrder = in.sortOrder() == null ? 0 : in.sortOrder();
        i.sourceDocument = in.source() == null ? null : in.source().document();
        i.sourceQuote = in.source() == null ? null : in.source().quote();
        i.searchText = searchText(i);
        i.updatedAt = OffsetDateTime.now();
    }

    public static String searchText(Indicator i) {
        return SearchText.normalizeAll(i.name, i.unit, i.plannedVolume, i.baselineText, i.dataSource, i.note);
    }
}
