package jp.industryplans.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * 識別子 — a record's public id: a name-based UUID (RFC 9562 version 5) of its natural-key
 * path, so the same record gets the same id after a re-import or a rebuilt database.
 */
public final class StableId {

    /** Namespace of this API's ids; never change it, or every published id changes. */
    private static final UUID NAMESPACE = UUID.fromString("6f1c3a52-8d0e-4b7a-9d55-2b1e6c0f4a17");

    private StableId() {
    }

    public static UUID of(String naturalKeyPath) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            ByteBuffer ns = ByteBuffer.allocate(16)
                    .putLong(NAMESPACE.getMostSignificantBits())
                    .putLong(NAMESPACE.getLeastSignificantBits());
            sha1.update(ns.array());
            byte[] hash = sha1.digest(naturalKeyPath.getBytes(StandardCharsets.UTF_8));
            hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
            hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
            ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
            return new UUID(b.getLong(), b.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }

    public static UUID plan(String planKey) {
        return of("plan:" + planKey);
    }

    /** @param path the initiative's key path inside its plan, ancestors first: {@code c1/c1-p1} */
    public static UUID initiative(String planKey, String path) {
        return of("plan:" + planKey + "/" + path);
    }

    /** @param ownerPath empty for a plan-level record, else the owning initiative's key path */
    public static UUID indicator(String planKey, String ownerPath, String key) {
        return of("plan:" + planKey + (ownerPath.isEmpty() ? "" : "/" + ownerPath) + "#indicator:" + key);
    }

    public static UUID evaluation(String planKey, String ownerPath, String key) {
        return of("plan:" + planKey + (ownerPath.isEmpty() ? "" : "/" + ownerPath) + "#evaluation:" + key);
    }
}
