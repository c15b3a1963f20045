package jp.industryplans.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import jp.industryplans.audit.WriteContext;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.Versioned;
import jp.industryplans.common.Versions;
import jp.industryplans.common.FieldError;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.PageResult;
import jp.industryplans.common.StableId;
import jp.industryplans.initiative.InitiativeRepository;
import jp.industryplans.plan.Plan;
import jp.industryplans.plan.PlanRepository;

@ApplicationScoped
@Transactional
public class EvaluationService {

    private final WriteContext writes;
    private final Versions versions;

    private final EvaluationRepository repository;
    private final PlanRepository plans;
    private final InitiativeRepository initiatives;

    EvaluationService(EvaluationRepository repository, PlanRepository plans, InitiativeRepository initiatives, WriteContext writes, Versions versions) {
        this.writes = writes;
        this.versions = versions;
        this.repository = repository;
        this.plans = plans;
        this.initiatives = initiatives;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<EvaluationDto> list(PageRequest page, UUID plan, UUID initiative) {
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
        var query = repository.find(where.toString(), page.panacheSort(), params);
        List<EvaluationDto> items = query.page(page.panachePage()).list().stream().map(EvaluationDto::of).toList();
        return new PageResult<>(items, page.page(), page.size(), query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EvaluationDto get(UUID id) {
        return EvaluationDto.of(find(id));
    }

    public Versioned<EvaluationDto> create(EvaluationInput in) {
        writes.begin();
        Plan plan = plans.requireForWrite(in.planId());
        String ownerPath = initiatives.pathInPlan(plan.id, in.initiativeId(), "initiativeId");
        check(in);
        String key = in.key() != null ? in.key() : "e-" + UUID.randomUUID().toString().substring(0, 8);
        String naturalKey = ownerPath + "#" + key;
        if (repository.count("planId = ?1 and naturalKey = ?2", plan.id, naturalKey) > 0) {
            throw ApiException.conflict("The subject already has an evaluation with key '" + key + "'.");
        }
        Evaluation e = new Evaluation();
        e.id = StableId.evaluation(plan.naturalKey, ownerPath, key);
        e.planId = plan.id;
        e.initiativeId = in.initiativeId();
        e.naturalKey = naturalKey;
        apply(e, in);
        repository.persistAndFlush(e);
        return versioned(e);
    }

    public Versioned<EvaluationDto> replace(UUID id, EvaluationInput in, String ifMatch) {
        writes.beginChange(Versions.Kind.EVALUATION, id, ifMatch, "Evaluation");
        return replaceChecked(find(id), in);
    }

    /** Applies a JSON Merge Patch to the evaluation. */
    public Versioned<EvaluationDto> patch(UUID id, JsonNode patch, String ifMatch) {
        writes.beginChange(Versions.Kind.EVALUATION, id, ifMatch, "Evaluation");
        Evaluation e = find(id);
        return replaceChecked(e, versions.patched(EvaluationDto.of(e), patch, EvaluationInput.class));
    }

    private Versioned<EvaluationDto> replaceChecked(Evaluation e, EvaluationInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (!e.planId.equals(in.planId())) {
            errors.add(new FieldError("planId", "an evaluation cannot move to another plan"));
        }
        if (!Objects.equals(e.initiativeId, in.initiativeId())) {
            errors.add(new FieldError("initiativeId", "an evaluation cannot move to another subject"));
        }
        if (in.key() != null && !in.key().equals(e.key())) {
            errors.add(new FieldError("key", "the key of a stored evaluation cannot change"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        check(in);
        apply(e, in);
        repository.flush();
        return versioned(e);
    }

    private Versioned<EvaluationDto> versioned(Evaluation e) {
        return new Versioned<>(EvaluationDto.of(e), versions.etag(Versions.Kind.EVALUATION, e.id));
    }

    /** The evaluation's current ETag, or null when it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String etag(UUID id) {
        return versions.etag(Versions.Kind.EVALUATION, id);
    }

    public void delete(UUID id, String ifMatch) {
        writes.beginChange(Versions.Kind.EVALUATION, id, ifMatch, "Evaluation");
        repository.delete(find(id));
        repository.flush();
    }

    /** The period runs forwards, and a rating is one of the scale's own steps. */
    public static void check(EvaluationInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in.periodStart() > in.periodEnd()) {
            errors.add(new FieldError("periodEnd", "must not be before periodStart"));
        }
        if (in.rating() != null && in.scale() != null && !in.scale().isEmpty()
                && in.scale().stream().noneMatch(s -> s.rating().equals(in.rating()))) {
            errors.add(new FieldError("rating", "must be one of the ratings of the scale"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
    }

    private Evaluation find(UUID id) {
        return repository.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Evaluation", id));
    }

    public static void apply(Evaluation e, EvaluationInput in) {
        e.evaluator = in.evaluator();
        e.periodStart = in.periodStart();
        e.periodEnd = in.periodEnd();
        e.periodLabel = in.periodLabel();
        e.rating = in.rating();
        e.ratingNote = in.ratingNote();
        e.scale = in.scale() == null ? new ArrayList<>() : new ArrayList<>(in.scale());
        e.sections = in.sections() == null ? new ArrayList<>() : new ArrayList<>(in.sections());
        e.source(in.source());
        e.updatedAt = OffsetDateTime.now();
    }
}
