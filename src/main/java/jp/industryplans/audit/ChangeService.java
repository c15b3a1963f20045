package jp.industryplans.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import jp.industryplans.common.ApiException;
import jp.industryplans.common.Audience;
import jp.industryplans.common.PageRequest;
import jp.industryplans.common.PageResult;

/** 変更履歴 — reads the change log: a record's history, and the feed of every change. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeService {

    private static final String COLUMNS = "seq, occurred_at, actor, request_id, action, resource, resource_id,"
            + " plan_id, before::text, after::text";

    /** What callers who read only released content see: no actor, no request id (see V7). */
    private static final String RELEASED_COLUMNS = "seq, occurred_at, CAST(NULL AS text), CAST(NULL AS text), action,"
            + " resource, resource_id, plan_id, before::text, after::text";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Audience audience;

    ChangeService(EntityManager em, ObjectMapper mapper, Audience audience) {
        this.em = em;
        this.mapper = mapper;
        this.audience = audience;
    }

    /**
     * The log this caller reads: every write with its author for staff, else 公表履歴, the
     * changes each release made to the released state.
     */
    private String from() {
        return audience.released() ? RELEASED_COLUMNS + " FROM release_change_log" : COLUMNS + " FROM change_log";
    }

    private String table() {
        return audience.released() ? "release_change_log" : "change_log";
    }

    /**
     * A record's changes, newest first. An indicator's history includes its values' changes.
     *
     * @throws ApiException 404 when the record never existed
     */
    public PageResult<ChangeEntry> history(String resource, UUID id, PageRequest page, String what) {
        String where = "indicator".equals(resource)
                ? "(resource = 'indicator' AND resource_id = :id) OR (resource = 'indicator_value' AND resource_id LIKE :prefix)"
                : "resource = :resource AND resource_id = :id";
        var count = em.createNativeQuery("SELECT count(*) FROM " + table() + " WHERE " + where);
        var select = em.createNativeQuery("SELECT " + from() + " WHERE " + where
                + " ORDER BY seq DESC LIMIT :limit OFFSET :offset");
        for (var q : List.of(count, select)) {
            q.setParameter("id", id.toString());
            if ("indicator".equals(resource)) {
                q.setParameter("prefix", id + "/%");
            } else {
                q.setParameter("resource", resource);
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        if (total == 0) {
            throw ApiException.notFound(what, id);
        }
        List<?> rows = select.setParameter("limit", page.size())
                .setParameter("offset", (long) page.page() * page.size()).getResultList();
        return new PageResult<>(entries(rows), page.page(), page.size(), total);
    }

    /** Changes after {@code cursor} in commit order, at most {@code limit}. */
    public ChangeFeed feed(long after, int limit) {
        List<?> rows = em.createNativeQuery("SELECT " + from() + " WHERE seq > :after"
                        + " ORDER BY seq LIMIT :limit")
                .setParameter("after", after).setParameter("limit", limit + 1).getResultList();
        boolean more = rows.size() > limit;
        List<ChangeEntry> items = entries(more ? rows.subList(0, limit) : rows);
        String next = items.isEmpty() ? Long.toString(after) : items.get(items.size() - 1).cursor();
        return new ChangeFeed(items, next, more);
    }

    private List<ChangeEntry> entries(List<?> rows) {
        List<ChangeEntry> out = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.add(new ChangeEntry(r[0].toString(), time(r[1]), (String) r[2], (String) r[3],
                    ChangeAction.valueOf((String) r[4]), (String) r[5], (String) r[6], (UUID) r[7], json(r[8]),
                    json(r[9])));
        }
        return out;
    }

    private static OffsetDateTime time(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

    private JsonNode json(Object text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change_log holds unreadable JSON", e);
        }
    }
}
