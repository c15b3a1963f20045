package jp.industryplans.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import jakarta.enterprise.context.RequestScoped;

/**
 * 閲覧範囲 — what the caller of the current request may read: the released state (公表版, what
 * the ward has published), or the working state (作業中) as well. Callers whose bearer token holds
 * a write role ({@link Roles#EDITOR}, {@link Roles#PUBLISHER}, {@link Roles#ADMIN}) read the
 * working state; everyone else, including a caller with a bad or expired token, reads only the
 * released state. {@link AudienceFilter} decides it for every API request.
 */
@RequestScoped
public class Audience {

    private boolean working = true;

    /** Whether the caller reads only released content. */
    public boolean released() {
        return !working;
    }

    void set(boolean working) {
        this.working = working;
    }

    /**
     * The audience of the request running on this thread; outside any request (the seed loader,
     * background work) the working state.
     */
    public static boolean releasedOnly() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return false;
        }
        return container.instance(Audience.class).get().released();
    }

    /** A cache-key prefix that keeps the two audiences' answers apart. */
    public String key() {
        return working ? "working|" : "released|";
    }
}
