package jp.industryplans.common;

/**
 * The roles a bearer token's {@code groups} claim can grant (権限). Reads need none.
 */
public final class Roles {

    /** 編集者 — may create and change plans, initiatives, indicators, values and evaluations. */
    public static final String EDITOR = "plans-editor";
    /**
     * 公表者 — may publish a plan's current state as a release (公表版). Apart from the editors on
     * purpose: figures are entered by one person and published, after review, by another.
     */
    public static final String PUBLISHER = "plans-publisher";
    /** 管理者 — may also delete records and run bulk imports. */
    public static final String ADMIN = "plans-admin";

    private Roles() {
    }
}
