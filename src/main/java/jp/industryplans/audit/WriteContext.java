package jp.industryplans.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import jp.industryplans.common.Preconditions;
import jp.industryplans.common.Versions;
import org.jboss.logging.MDC;

/**
 * 書込みの始まり — what every writing transaction does first: it takes the writers' advisory
 * lock (so changes are logged in commit order, see V5__change_log.sql) and tells the change-log
 * trigger who is writing and under which request id.
 */
@ApplicationScoped
public class WriteContext {

    /** The actor of writes made outside any request: the seed loader at start-up. */
    public static final String SYSTEM = "system";

    private final EntityManager em;
    private final Instance<SecurityIdentity> identity;
    private final Versions versions;

    WriteContext(EntityManager em, Instance<SecurityIdentity> identity, Versions versions) {
        this.em = em;
        this.identity = identity;
        this.versions = versions;
    }

    /** Call at the start of a write transaction, before anything is read or locked. */
    public void begin() {
        Object requestId = MDC.get("requestId");
        em.createNativeQuery("SELECT pg_advisory_xact_lock(change_log_lock_key()),"
                        + " set_config('industryplans.actor', :actor, true),"
                        + " set_config('industryplans.request_id', :request, true)")
                .setParameter("actor", requestId == null ? SYSTEM : caller())
                .setParameter("request", requestId == null ? "" : requestId.toString())
                .getSingleResult();
    }

    /**
     * Begins a write that changes or deletes an existing record: then locks the record's row
     * for the rest of the transaction (so two writers cannot both pass the check) and checks
     * the request's {@code If-Match} against its current tag.
     *
     * @throws jp.industryplans.common.ApiException 404 when it does not exist, 428 or 412 when
     *         the precondition fails
     */
    public void beginChange(Versions.Kind kind, UUID id, String ifMatch, String what) {
        beginInside(kind, id, what);
        Preconditions.check(ifMatch, null, versions.etag(kind, id));
    }

    /**
     * Begins a write inside an existing record (a value of an indicator, which checks its own
     * precondition): then locks the record's row for the rest of the transaction.
     */
    public void beginInside(Versions.Kind kind, UUID id, String what) {
        begin();
        versions.lock(kind, id, what);
    }

    /**
     * The user of the HTTP request being answered (every one has a request id, see RequestIds).
     * Writes outside a request, such as the seed loader's at start-up, are the {@link #SYSTEM}'s:
     * Quarkus runs start-up observers with a request context too, so that is not the test.
     */
    private String caller() {
        SecurityIdentity who = Arc.container().requestContext().isActive() ? identity.get() : null;
        return who == null || who.isAnonymous() ? "anonymous" : who.getPrincipal().getName();
    }
}
