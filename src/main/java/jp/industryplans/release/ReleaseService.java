package jp.industryplans.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.industryplans.audit.WriteContext;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.ConditionalGet;
import jp.industryplans.common.Versions;
import jp.industryplans.plan.PlanLineages;
import jp.industryplans.plan.PlanService;

/**
 * 公表版 — publishes a plan's current state as a release and reads releases back. A release is
 * the plan document exactly as {@code GET /plans/{id}} built it at that moment (the detail builder
 * of {@link PlanService}, called, not copied), kept as bytes that never change; publishing also
 * makes the plan's rows the released rows every anonymous read sees (V7__releases.sql).
 */
@ApplicationScoped
@Transactional
public class ReleaseService {

    private static final String META = "SELECT plan_id, seq, label, published_on, published_at, publisher, note FROM plan_release";

    private final EntityManager em;
    private final WriteContext writes;
    private final PlanService plans;
    private final ObjectMapper mapper;
    private final PlanLineages lineages;

    ReleaseService(EntityManager em, WriteContext writes, PlanService plans, ObjectMapper mapper,
                   PlanLineages lineages) {
        this.lineages = lineages;
        this.em = em;
        this.writes = writes;
        this.plans = plans;
        this.mapper = mapper;
    }

    /** A stored release: its metadata, its document's bytes and their strong tag. */
    public record Stored(ReleaseDto release, byte[] document, String etag) {
    }

    /**
     * Publishes the plan's current state.
     *
     * @throws ApiException 404 for an unknown plan, 400 for a bad date, 409 when nothing changed
     *                      since the plan's previous release
     */
    public ReleaseDto publish(UUID plan, ReleaseInput in) {
        writes.beginInside(Versions.Kind.PLAN, plan, "Plan");
        LocalDate on = in.publishedOn() == null ? AsOfDate.today() : AsOfDate.parse("publishedOn", in.publishedOn());
        if (on.isAfter(AsOfDate.today())) {
            throw ApiException.invalid("publishedOn", "must not be after today (" + AsOfDate.today()
                    + " in Japan): a release is public from the day it is published");
        }
        ReleaseDto previous = latestMeta(plan);
        if (previous != null && on.isBefore(previous.publishedOn())) {
            throw ApiException.invalid("publishedOn", "must not be before the plan's release " + previous.sequence()
                    + " of " + previous.publishedOn());
        }
        ReleaseDto made = write(plan, in.label().strip(), on, in.publisher() == null ? null : in.publisher().strip(),
                in.note(), previous);
        if (made == null) {
            throw ApiException.conflict("Nothing in the plan changed since its release " + previous.sequence()
                    + " (" + previous.label() + "); there is nothing new to publish.");
        }
        return made;
    }

    /**
     * Publishes a seeded plan when it differs from its latest release (or has none): loading
     * unchanged seeds again publishes nothing.
     *
     * @return whether a release was made
     */
    public boolean publishSeed(UUID plan, String label, String note) {
        return write(plan, label, AsOfDate.today(), null, note, latestMeta(plan)) != null;
    }

    private ReleaseDto write(UUID plan, String label, LocalDate on, String publisher, String note, ReleaseDto previous) {
        int seq = previous == null ? 1 : previous.sequence() + 1;
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        int changed = ((Number) em.createNativeQuery("SELECT release_plan_rows(:p, :seq, :at)")
                .setParameter("p", plan).setParameter("seq", seq).setParameter("at", at).getSingleResult()).intValue();
        if (changed == 0 && previous != null) {
            return null;
        }
        // A successor that is not released is not shown in a release (whose every reader may see it).
        byte[] document = serialise(plans.get(plan).withSuccessor(lineages.releasedSuccessor(plan)));
        String by = publisher != null ? publisher : (String) em.createNativeQuery(
                        "SELECT coalesce(p.approving_body, m.name) FROM plan p JOIN municipality m ON m.code = p.municipality_code"
                                + " WHERE p.id = :p")
                .setParameter("p", plan).getSingleResult();
        String etag = ConditionalGet.etagOf("release|" + plan + "|" + seq + "|" + sha(document));
        em.createNativeQuery("INSERT INTO plan_release (plan_id, seq, published_on, label, publisher, note, published_at, etag)"
                        + " VALUES (:p, :seq, :on, :label, :by, :note, :at, :etag)")
                .setParameter("p", plan).setParameter("seq", seq).setParameter("on", on).setParameter("label", label)
                .setParameter("by", by).setParameter("note", note).setParameter("at", at).setParameter("etag", etag)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO plan_release_document (plan_id, seq, document) VALUES (:p, :seq, :doc)")
                .setParameter("p", plan).setParameter("seq", seq).setParameter("doc", document).executeUpdate();
        return new ReleaseDto(plan, seq, label, on, at, by, note);
    }

    /** The plan's releases, oldest first; empty when it has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReleaseDto> list(UUID plan) {
        List<?> rows = em.createNativeQuery(META + " WHERE plan_id = :p ORDER BY seq").setParameter("p", plan)
                .getResultList();
        List<ReleaseDto> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            out.add(meta((Object[]) row));
        }
        return out;
    }

    /** Whether a plan with this id exists in the working state. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean planExists(UUID plan) {
        return !em.createNativeQuery("SELECT 1 FROM public.plan WHERE id = :p").setParameter("p", plan)
                .getResultList().isEmpty();
    }

    /** Release {@code seq} of the plan, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stored get(UUID plan, int seq) {
        return stored(plan, "r.seq = :seq", seq, null);
    }

    /** The plan's latest release, or null when it was never released. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stored latest(UUID plan) {
        return stored(plan, "r.seq = (SELECT max(seq) FROM plan_release WHERE plan_id = :p)", null, null);
    }

    /**
     * The plan's latest release as {@code GET /plans/{id}} serves it to callers who read released
     * content: its document as published, except that {@code successorId} names the successor
     * released since, with a tag of its own; null when the
     * plan was never released.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stored latestAsServed(UUID plan) {
        Stored stored = latest(plan);
        if (stored == null) {
            return null;
        }
        UUID successor = lineages.releasedSuccessor(plan);
        try {
            JsonNode document = mapper.readTree(stored.document());
            JsonNode published = document.path("successorId");
            String was = published.isTextual() ? published.asText() : null;
            String now = successor == null ? null : successor.toString();
            if (java.util.Objects.equals(was, now)) {
                return stored;
            }
            ((ObjectNode) document).put("successorId", now);
            return new Stored(stored.release(), mapper.writeValueAsBytes(document),
                    ConditionalGet.etagOf(stored.etag() + "|successor=" + now));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The release in force on {@code date}: the latest published on or before it, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Stored inForce(UUID plan, LocalDate date) {
        return stored(plan, "r.seq = (SELECT max(seq) FROM plan_release WHERE plan_id = :p AND published_on <= :on)",
                null, date);
    }

    /**
     * One plan's release in force on a date, for a read across plans: its tag, and its document
     * when the plan is in the scope asked for (null otherwise).
     */
    public record InForce(UUID plan, int sequence, String etag, byte[] document) {

        /** The release's part of a fingerprint, as {@link #inForceTags} gives it. */
        public String tag() {
            return plan + "/" + sequence + "/" + etag;
        }
    }

    private static final String IN_FORCE = "SELECT DISTINCT ON (plan_id) plan_id, seq, etag FROM plan_release"
            + " WHERE published_on <= :on ORDER BY plan_id, seq DESC";

    /**
     * The tags of every plan's release in force on {@code date} (the latest published on or before
     * it), by plan: what any answer built from those releases depends on, read without their documents.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> inForceTags(LocalDate date) {
        List<?> rows = em.createNativeQuery(IN_FORCE).setParameter("on", date).getResultList();
        List<String> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new InForce((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], null).tag());
        }
        return out;
    }

    /**
     * Every plan's release in force on {@code date}, by plan, in one statement; the documents of
     * the plans of {@code municipality} only (of all plans when it is null). The tags cover every
     * plan, as {@link #inForceTags} does, so both read the same fingerprint from the same state.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InForce> inForce(LocalDate date, String municipality) {
        List<?> rows = em.createNativeQuery("SELECT f.plan_id, f.seq, f.etag, CASE WHEN CAST(:m AS text) IS NULL"
                        + " OR convert_from(d.document, 'UTF8')::jsonb ->> 'municipalityCode' = CAST(:m AS text)"
                        + " THEN d.document END FROM (" + IN_FORCE + ") f"
                        + " JOIN plan_release_document d ON d.plan_id = f.plan_id AND d.seq = f.seq ORDER BY f.plan_id")
                .unwrap(org.hibernate.query.NativeQuery.class)
                .setParameter("on", date, LocalDate.class).setParameter("m", municipality, String.class)
                .getResultList();
        List<InForce> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new InForce((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], (byte[]) r[3]));
        }
        return out;
    }

    private Stored stored(UUID plan, String which, Integer seq, LocalDate on) {
        var q = em.createNativeQuery("SELECT r.plan_id, r.seq, r.label, r.published_on, r.published_at, r.publisher,"
                + " r.note, d.document, r.etag FROM plan_release r JOIN plan_release_document d"
                + " ON d.plan_id = r.plan_id AND d.seq = r.seq WHERE r.plan_id = :p AND " + which);
        q.setParameter("p", plan);
        if (seq != null) {
            q.setParameter("seq", seq);
        }
        if (on != null) {
            q.setParameter("on", on);
        }
        List<?> rows = q.getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new Stored(meta(r), (byte[]) r[7], (String) r[8]);
    }

    private ReleaseDto latestMeta(UUID plan) {
        List<?> rows = em.createNativeQuery(META + " WHERE plan_id = :p ORDER BY seq DESC LIMIT 1")
                .setParameter("p", plan).getResultList();
        return rows.isEmpty() ? null : meta((Object[]) rows.get(0));
    }

    private static ReleaseDto meta(Object[] r) {
        return new ReleaseDto((UUID) r[0], ((Number) r[1]).intValue(), (String) r[2], date(r[3]), time(r[4]),
                (String) r[5], (String) r[6]);
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((java.sql.Date) value).toLocalDate();
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    private byte[] serialise(Object document) {
        try {
            return mapper.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
