package jp.industryplans.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import jp.industryplans.audit.WriteContext;
import jp.industryplans.indicator.IndicatorNames;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.Versioned;
import jp.industryplans.common.Versions;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.PageResult;
import jp.industryplans.common.SearchPattern;
import jp.industryplans.common.SearchText;
import jp.industryplans.common.StableId;
import jp.industryplans.plan.Plan;
import jp.industryplans.plan.PlanRepository;
import jp.industryplans.theme.ThemeService;

@ApplicationScoped
@Transactional
public class InitiativeService {

    private final WriteContext writes;
    private final Versions versions;

    private final InitiativeRepository repository;
    private final PlanRepository plans;
    private final ThemeService themes;
    private final IndicatorNames indicatorNames;

    InitiativeService(InitiativeRepository repository, PlanRepository plans, ThemeService themes, WriteContext writes,
                      Versions versions, IndicatorNames indicatorNames) {
        this.indicatorNames = indicatorNames;
        this.writes = writes;
        this.versions = versions;
        this.repository = repository;
        this.plans = plans;
        this.themes = themes;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<InitiativeDto> list(PageRequest page, UUID plan, String municipality, String theme,
                                          String q) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (plan != null) {
            where.append(" and planId = :plan");
            params.put("plan", plan);
        }
        if (municipality != null) {
            where.append(" and planId in (select p.id from Plan p where p.municipalityCode = :municipality)");
            params.put("municipality", municipality);
        }
        if (theme != null) {
            where.append(" and cast(jsonb_exists(themes, :theme) as Boolean) = true");
            params.put("theme", theme);
        }
        String pattern = SearchPattern.contains(q);
        if (pattern != null) {
            where.append(" and searchText like :q");
            params.put("q", pattern);
        }
        var query = repository.find(where.toString(), page.panacheSort(), params);
        List<InitiativeDto> items = query.page(page.panachePage()).list().stream()
                .map(i -> InitiativeDto.of(i, null)).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public InitiativeDto get(UUID id) {
        return InitiativeDto.of(find(id), null);
    }

    public Versioned<InitiativeDto> create(InitiativeInput in) {
        writes.begin();
        Plan plan = plans.requireForWrite(in.planId());
        checkThemes(in);
        String parentPath = repository.pathInPlan(plan.id, in.parentId(), "parentId");
        parentPath = parentPath.isEmpty() ? "" : parentPath + "/";
        String key = in.key() != null ? in.key() : "i-" + UUID.randomUUID().toString().substring(0, 8);
        String path = parentPath + key;
        if (repository.count("planId = ?1 and naturalKey = ?2", plan.id, path) > 0) {
            throw ApiException.conflict("The parent already has an initiative with key '" + key + "'.");
        }
        Initiative i = new Initiative();
        i.id = StableId.initiative(plan.naturalKey, path);
        i.planId = plan.id;
        i.parentId = in.parentId();
        i.naturalKey = path;
        apply(i, in);
        repository.persistAndFlush(i);
        return versioned(i);
    }

    public Versioned<InitiativeDto> replace(UUID id, InitiativeInput in, String ifMatch) {
        writes.beginChange(Versions.Kind.INITIATIVE, id, ifMatch, "Initiative");
        return replaceChecked(find(id), in);
    }

    /** Applies a JSON Merge Patch to the initiative. */
    public Versioned<InitiativeDto> patch(UUID id, JsonNode patch, String ifMatch) {
        writes.beginChange(Versions.Kind.INITIATIVE, id, ifMatch, "Initiative");
        Initiative i = find(id);
        return replaceChecked(i, versions.patched(InitiativeDto.of(i, null), patch, InitiativeInput.class));
    }

    private Versioned<InitiativeDto> replaceChecked(Initiative i, InitiativeInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (!i.planId.equals(in.planId())) {
            errors.add(new FieldError("planId", "an initiative cannot move to another plan"));
        }
        if (!Objects.equals(i.parentId, in.parentId())) {
            errors.add(new FieldError("parentId",
                    "an initiative cannot move in the tree; delete it and create it under the new parent"));
        }
        if (in.key() != null && !in.key().equals(i.key())) {
            errors.add(new FieldError("key", "the key of a stored initiative cannot change"));
        }
        errors.addAll(themes.unknown("themes", in.themes(), Set.of()));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        apply(i, in);
        // The display names of the indicators on it, or on its activities, are made of its title.
        indicatorNames.refreshPlan(i.planId);
        repository.flush();
        return versioned(i);
    }

    private Versioned<InitiativeDto> versioned(Initiative i) {
        return new Versioned<>(InitiativeDto.of(i, null), versions.etag(Versions.Kind.INITIATIVE, i.id));
    }

    /** The initiative's current ETag, or null when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag(UUID id) {
        return versions.etag(Versions.Kind.INITIATIVE, id);
    }

    private void checkThemes(InitiativeInput in) {
        List<FieldError> errors = themes.unknown("themes", in.themes(), Set.of());
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    public void delete(UUID id, String ifMatch) {
        writes.beginChange(Versions.Kind.INITIATIVE, id, ifMatch, "Initiative");
        repository.delete(find(id));
        repository.flush();
    }

    private Initiative find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Initiative", id));
    }

    public static void apply(Initiative i, InitiativeInput in) {
        i.kind = in.kind();
        i.label = in.label();
        i.title = in.title();
        i.description = in.description();
        i.owningDepartment = in.owningDepartment();
        i.owningSection = in.owningSection();
        i.repost = Boolean.TRUE.equals(in.repost());
        i.themes = in.themes() == null ? new ArrayList<>() : new ArrayList<>(in.themes());
        i.note = in.note();
        i.sortOrder = in.sortOrder() == null ? 0 : in.sortOrder();
        i.source(in.source());
        i.searchText = searchText(i);
        i.updatedAt = OffsetDateTime.now();
    }

    public static String searchText(Initiative i) {
        return SearchText.normalizeAll(i.label, i.title, i.description, i.note);
    }
}
