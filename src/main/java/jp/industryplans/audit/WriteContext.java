package jp.industryplans.audit;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
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

    WriteContext(EntityManager em, Instance<SecurityIdentity> identity) {
        this.em = em;
        this.identity = identity;
    }

    /** Call at the start of a write transaction, before anything is read or locked. */
    public void begin() {
        Object requestId = MDC.get("requestId");
        em.createNativeQuery("SELECT pg_advisory_xact_lock(change_log_lock_key()),"
                        + " set_config('industryplans.actor', :actor, true),"
                        + " set_config('industryplans.request_id', :request, true)")
                .setParameter("actor", actor())
                .setParameter("request", requestId == null ? "" : requestId.toString())
                .getSingleResult();
    }

    String actor() {
        if (!Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        SecurityIdentity who = identity.get();
        return who == null || who.isAnonymous() ? "anonymous" : who.getPrincipal().getName();
    }
}
