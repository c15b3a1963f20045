package jp.industryplans.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import jp.industryplans.audit.WriteContext;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.Preconditions;
import jp.industryplans.common.Versioned;
import jp.industryplans.common.Versions;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.FiscalYear;
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
    private final EntityManager em;
    private final WriteContext writes;
    private final Versions versions;
    private final IndicatorNames names;

    IndicatorService(IndicatorRepository repository, IndicatorValueRepository values, PlanRepository plans,
                     InitiativeRepository initiatives, EntityManager em, WriteContext writes, Versions versions,
                     IndicatorNames names) {
        this.names = names;
        this.em = em;
        this.writes = writes;
        this.versions = versions;
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

    /** Values flattened with their municipality, plan and initiative, in two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<IndicatorValueRow> rows(PageRequest page, UUID plan, UUID initiative, String municipality,
                                              UUID indicator) {
        StringBuilder where = new StringBuilder(" from IndicatorValue v join Indicator i on i.id = v.id.indicatorId"
                + " join Plan p on p.id = i.planId join Municipality m on m.code = p.municipalityCode"
                + " left join Initiative n on n.id = i.initiativeId where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (plan != null) {
            where.append(" and p.id = :plan");
            params.put("plan", plan);
        }
        if (initiative != null) {
            where.append(" and i.initiativeId = :initiative");
            params.put("initiative", initiative);
        }
        if (municipality != null) {
            where.append(" and p.municipalityCode = :municipality");
            params.put("municipality", municipality);
        }
        if (indicator != null) {
            where.append(" and i.id = :indicator");
            params.put("indicator", indicator);
        }
        var count = em.createQuery("select count(v)" + where, Long.class);
        var select = em.createQuery("select v, i.name, i.unit, p.id, p.title, m.code, m.name, n.id, n.title,"
                + " coalesce(i.displayName, i.name)" + where
                + " order by m.code, p.periodStart, p.id, i.sortOrder, i.naturalKey, v.id.fiscalYear, v.id.kind",
                Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        List<IndicatorValueRow> items = select.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList().stream().map(r -> {
                    IndicatorValue v = (IndicatorValue) r[0];
                    return new IndicatorValueRow((String) r[5], (String) r[6], (UUID) r[3], (String) r[4],
                            (UUID) r[7], (String) r[8], v.id.indicatorId(), (String) r[1], (String) r[9],
                            (String) r[2], v.id.fiscalYear(), FiscalYear.of(v.id.fiscalYear()).label(),
                            v.fiscalYearInferred, v.id.kind(), IndicatorDto.plain(v.value), v.qualitative, v.text,
                            v.missingReason, v.note);
                }).toList();
        return new PageResult<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * Stores the rows of an uploaded CSV, all or nothing. A row equal to the stored value changes
     * nothing; a changed figure loses its source quote, which no longer vouches for it.
     */
    public ValueImportResult importRows(List<IndicatorValueCsv.Row> rows) {
        writes.begin();
        Set<UUID> ids = rows.stream().map(IndicatorValueCsv.Row::indicatorId).collect(Collectors.toSet());
        Map<UUID, CountingMode> modes = ids.isEmpty() ? Map.of()
                : repository.list("id in ?1", ids).stream().collect(Collectors.toMap(i -> i.id, i -> i.countingMode));
        Set<UUID> known = modes.keySet();
        List<FieldError> errors = new ArrayList<>();
        for (IndicatorValueCsv.Row r : rows) {
            CountingMode mode = modes.get(r.indicatorId());
            FieldError fault = mode == null ? new FieldError("indicatorId", "no indicator has this id")
                    : figureFault(r.value(), mode);
            if (fault != null) {
                errors.add(IndicatorValueCsv.at(r.row(), fault.field(), fault.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        Map<IndicatorValue.Key, IndicatorValue> stored = values.byIndicators(known).values().stream()
                .flatMap(List::stream).collect(Collectors.toMap(v -> v.id, v -> v));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (IndicatorValueCsv.Row r : rows) {
            IndicatorValue.Key key = new IndicatorValue.Key(r.indicatorId(), r.fiscalYear(), r.kind());
            IndicatorValue v = stored.get(key);
            IndicatorValueInput in = r.value();
            if (v == null) {
                v = new IndicatorValue();
                v.id = key;
                applyValue(v, in);
                values.persist(v);
                created++;
            } else if (sameFigure(v, in)) {
                unchanged++;
            } else {
                applyValue(v, in);
                updated++;
            }
        }
        values.flush();
        judge(known);
        return new ValueImportResult(created, updated, unchanged);
    }

    private static boolean sameFigure(IndicatorValue v, IndicatorValueInput in) {
        boolean sameValue = v.value == null ? in.value() == null
                : in.value() != null && v.value.compareTo(in.value()) == 0;
        return sameValue && v.qualitative == in.qualitative() && Objects.equals(v.text, in.text())
                && v.missingReason == in.missingReason() && Objects.equals(v.note, in.note())
                && v.fiscalYearInferred == Boolean.TRUE.equals(in.fiscalYearInferred());
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

    public Versioned<IndicatorDto> create(IndicatorInput in) {
        writes.begin();
        Plan plan = plans.requireForWrite(in.planId());
        String ownerPath = initiatives.pathInPlan(plan.id, in.initiativeId(), "initiativeId");
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
        names.assign(i);
        repository.persistAndFlush(i);
        return new Versioned<>(IndicatorDto.of(i, List.of()), etag(i.id));
    }

    public Versioned<IndicatorDto> replace(UUID id, IndicatorInput in, String ifMatch) {
        writes.beginChange(Versions.Kind.INDICATOR, id, ifMatch, "Indicator");
        return replaceChecked(find(id), in);
    }

    /** Applies a JSON Merge Patch to the indicator's own fields (values have their own operations). */
    public Versioned<IndicatorDto> patch(UUID id, JsonNode patch, String ifMatch) {
        writes.beginChange(Versions.Kind.INDICATOR, id, ifMatch, "Indicator");
        Indicator i = find(id);
        IndicatorDto current = IndicatorDto.of(i, List.of());
        return replaceChecked(i, versions.patched(current, patch, IndicatorInput.class));
    }

    /** The indicator's current ETag (its values count), or null when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag(UUID id) {
        return versions.etag(Versions.Kind.INDICATOR, id);
    }

    /** The current ETag of one value, or null when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String valueEtag(UUID id, int fiscalYear, ValueKind kind) {
        return versions.valueEtag(id, fiscalYear, kind.name());
    }

    private Versioned<IndicatorDto> replaceChecked(Indicator i, IndicatorInput in) {
        UUID id = i.id;
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
        List<IndicatorValue> stored = values.listByIndicator(id);
        CountingMode mode = in.countingMode() == null ? CountingMode.PER_YEAR : in.countingMode();
        if (stored.stream().anyMatch(v -> figureFault(v.value, v.qualitative, mode) != null)) {
            errors.add(new FieldError("countingMode", mode.numeric()
                    ? "the indicator has values in words (qualitative); a numeric mode needs numbers: change them first"
                    : "the indicator has numeric values; QUALITATIVE needs values in words: change them first"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        apply(i, in);
        names.assign(i);
        judge(i, stored);
        repository.flush();
        return new Versioned<>(IndicatorDto.of(i, stored), etag(id));
    }

    public void delete(UUID id, String ifMatch) {
        writes.beginChange(Versions.Kind.INDICATOR, id, ifMatch, "Indicator");
        repository.delete(find(id));
        repository.flush();
    }

    /** A value as written: whether it was new, and the value with its new ETag. */
    public record ValueWrite(boolean created, Versioned<IndicatorValueDto> value) {
    }

    /** Creates ({@code If-None-Match: *}) or replaces ({@code If-Match}) one value. */
    public ValueWrite putValue(UUID id, int fiscalYear, ValueKind kind, IndicatorValueInput in, String ifMatch,
                               String ifNoneMatch) {
        writes.beginInside(Versions.Kind.INDICATOR, id, "Indicator");
        checkValue(in, find(id).countingMode);
        Preconditions.check(ifMatch, ifNoneMatch, valueEtag(id, fiscalYear, kind));
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
        judge(find(id), values.listByIndicator(id));
        return new ValueWrite(created, new Versioned<>(IndicatorValueDto.of(v), valueEtag(id, fiscalYear, kind)));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public IndicatorValueDto getValue(UUID id, int fiscalYear, ValueKind kind) {
        return values.findByIdOptional(new IndicatorValue.Key(id, fiscalYear, kind)).map(IndicatorValueDto::of)
                .orElseThrow(() -> ApiException.notFound("Value", id + "/" + fiscalYear + "/" + kind));
    }

    public void deleteValue(UUID id, int fiscalYear, ValueKind kind, String ifMatch) {
        writes.beginInside(Versions.Kind.INDICATOR, id, "Indicator");
        String current = valueEtag(id, fiscalYear, kind);
        if (current == null) {
            throw ApiException.notFound("Value", id + "/" + fiscalYear + "/" + kind);
        }
        Preconditions.check(ifMatch, null, current);
        values.delete(values.findById(new IndicatorValue.Key(id, fiscalYear, kind)));
        values.flush();
        judge(find(id), values.listByIndicator(id));
    }

    /** Re-judges the stored progress status of these indicators from their current values. */
    public void judge(java.util.Collection<UUID> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return;
        }
        Map<UUID, List<IndicatorValue>> byIndicator = values.byIndicators(indicatorIds);
        for (Indicator i : repository.list("id in ?1", indicatorIds)) {
            judge(i, byIndicator.getOrDefault(i.id, List.of()));
        }
    }

    private static void judge(Indicator i, List<IndicatorValue> values) {
        IndicatorProgress progress = IndicatorDto.progress(i, values);
        i.progressStatus = progress.status();
        i.progressBasis = progress.basis();
    }

    public static void applyValue(IndicatorValue v, IndicatorValueInput in) {
        v.value = in.value();
        v.qualitative = in.qualitative();
        v.text = in.text();
        v.missingReason = in.missingReason();
        v.note = in.note();
        v.fiscalYearInferred = Boolean.TRUE.equals(in.fiscalYearInferred());
        v.source(in.source());
        v.updatedAt = OffsetDateTime.now();
    }

    /**
     * A figure is a number, words (in a QUALITATIVE indicator) or else it says why it is missing:
     * exactly one of them.
     */
    public static void checkValue(IndicatorValueInput in, CountingMode mode) {
        if (in.value() == null && in.qualitative() == null && in.missingReason() == null) {
            throw ApiException.invalid("missingReason",
                    "is required when value is absent: say why the figure is missing");
        }
        if ((in.value() != null || in.qualitative() != null) && in.missingReason() != null) {
            throw ApiException.invalid("missingReason", "must be absent when a figure is given");
        }
        FieldError fault = figureFault(in, mode);
        if (fault != null) {
            throw ApiException.invalid(List.of(fault));
        }
    }

    /** Why a figure does not suit the indicator's counting mode (or lacks its words), or null. */
    public static FieldError figureFault(IndicatorValueInput in, CountingMode mode) {
        if (in.qualitative() == QualitativeValue.TEXT && (in.text() == null || in.text().isBlank())) {
            return new FieldError("text", "is required with qualitative TEXT: the words as written");
        }
        return figureFault(in.value(), in.qualitative(), mode);
    }

    private static FieldError figureFault(java.math.BigDecimal value, QualitativeValue qualitative,
                                          CountingMode mode) {
        if (mode.numeric() && qualitative != null) {
            return new FieldError("qualitative", "only a QUALITATIVE indicator takes values in words; give a value");
        }
        if (!mode.numeric() && value != null) {
            return new FieldError("value", "a QUALITATIVE indicator takes values in words; give qualitative");
        }
        if (value != null && qualitative != null) {
            return new FieldError("qualitative", "must be absent when a value is given");
        }
        return null;
    }

    private Indicator find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Indicator", id));
    }

    public static void apply(Indicator i, IndicatorInput in) {
        i.name = in.name();
        i.unit = in.unit();
        i.role = in.role();
        i.countingMode = in.countingMode() == null ? CountingMode.PER_YEAR : in.countingMode();
        i.cumulative = i.countingMode == CountingMode.RUNNING_TOTAL;
        i.direction = in.direction();
        i.plannedVolume = in.plannedVolume();
        Baseline b = in.baseline();
        i.baselineFiscalYear = b == null ? null : b.fiscalYear();
        i.baselineValue = b == null ? null : b.value();
        i.baselineText = b == null ? null : b.text();
        i.baselineLabel = b == null ? null : b.label();
        i.baselineFiscalYearInferred = b != null && Boolean.TRUE.equals(b.fiscalYearInferred());
        i.dataSource = in.dataSource();
        i.note = in.note();
        i.sortOrder = in.sortOrder() == null ? 0 : in.sortOrder();
        i.source(in.source());
        i.searchText = searchText(i);
        i.updatedAt = OffsetDateTime.now();
    }

    public static String searchText(Indicator i) {
        return SearchText.normalizeAll(i.displayName, i.name, i.unit, i.plannedVolume, i.baselineText, i.dataSource,
                i.note);
    }
}
