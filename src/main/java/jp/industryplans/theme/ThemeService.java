package jp.industryplans.theme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.PageResult;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ThemeService {

    private final ThemeRepository repository;
    private final EntityManager em;

    ThemeService(ThemeRepository repository, EntityManager em) {
        this.repository = repository;
        this.em = em;
    }

    /** A page of themes, each with its carriers, in two statements whatever the page holds. */
    public PageResult<ThemeDto> list(PageRequest page) {
        var query = repository.findAll(page.panacheSort());
        List<Theme> themes = query.page(page.panachePage()).list();
        Map<String, Carriers> carriers = carriers(themes.stream().map(t -> t.key).toList());
        List<ThemeDto> items = themes.stream().map(t -> dto(t, carriers.get(t.key))).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    public ThemeDto get(String key) {
        Theme t = repository.findByIdOptional(key).orElseThrow(() -> ApiException.notFound("Theme", key));
        return dto(t, carriers(List.of(key)).get(key));
    }

    /** @return the theme key, or a 400 naming the parameter when no theme has it */
    public String requireKnown(String parameter, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        if (repository.findByIdOptional(key.strip()).isEmpty()) {
            throw ApiException.invalid(parameter, "no theme has this key; see GET /api/v1/themes");
        }
        return key.strip();
    }

    /** Faults for theme keys that are not in the vocabulary (nor among {@code alsoKnown}). */
    public List<FieldError> unknown(String at, List<String> keys, Set<String> alsoKnown) {
        List<FieldError> errors = new ArrayList<>();
        if (keys == null || keys.isEmpty()) {
            return errors;
        }
        Set<String> stored = repository.list("key in ?1", keys).stream().map(t -> t.key).collect(Collectors.toSet());
        for (int i = 0; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k != null && !stored.contains(k) && !alsoKnown.contains(k)) {
                errors.add(new FieldError(at + "[" + i + "]", "no theme has the key '" + k + "'"));
            }
        }
        return errors;
    }

    private static ThemeDto dto(Theme t, Carriers c) {
        Carriers carriers = c == null ? new Carriers() : c;
        return new ThemeDto(t.key, t.labelJa, t.labelEn, List.copyOf(carriers.municipalities.values()),
                List.copyOf(carriers.plans.values()), List.copyOf(carriers.initiatives));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Carriers> carriers(Collection<String> keys) {
        Map<String, Carriers> byTheme = new LinkedHashMap<>();
        if (keys.isEmpty()) {
            return byTheme;
        }
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.key, i.id, i.title, i.plan_id, p.title, p.municipality_code, m.name
                FROM theme t
                JOIN initiative i ON i.themes @> jsonb_build_array(t.key)
                JOIN plan p ON p.id = i.plan_id
                JOIN municipality m ON m.code = p.municipality_code
                WHERE t.key IN (:keys)
                ORDER BY t.key, p.municipality_code, p.period_start, p.id, i.sort_order, i.natural_key
                """).setParameter("keys", keys).getResultList();
        for (Object[] r : rows) {
            Carriers c = byTheme.computeIfAbsent((String) r[0], k -> new Carriers());
            UUID planId = (UUID) r[3];
            String code = (String) r[5];
            c.municipalities.putIfAbsent(code, new ThemeDto.MunicipalityRef(code, (String) r[6]));
            c.plans.putIfAbsent(planId, new ThemeDto.PlanRef(planId, (String) r[4], code));
            c.initiatives.add(new ThemeDto.InitiativeRef((UUID) r[1], (String) r[2], planId));
        }
        return byTheme;
    }

    private static final class Carriers {
        final Map<String, ThemeDto.MunicipalityRef> municipalities = new LinkedHashMap<>();
        final Map<UUID, ThemeDto.PlanRef> plans = new LinkedHashMap<>();
        final List<ThemeDto.InitiativeRef> initiatives = new ArrayList<>();
    }
}
