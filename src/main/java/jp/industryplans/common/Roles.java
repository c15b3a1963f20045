package jp.industryplans.common;

/**
 * The roles a bearer token's {@code groups} claim can grant (権限). Reads need none.
 */
public final class Roles {

    /** 編集者 — may create and change plans, initiatives, indicators, values and evaluations. */
    public static final String EDITOR = "plans-editor";
    /** 管理者 — may also delete records and run bulk imports. */
    public static final String ADMIN = "plans-admin";

    private Roles() {
    }
}
