package dev.lensc.runtime.sync;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Identities a backfill derives instead of drawing: the same old fact always becomes the same new
 * identity, so a backfill run twice writes the same bytes, and an old client re-sending its old
 * state does not mint fresh adds. For custom lenses that migrate into CRDTs (dots of an
 * observed-remove set, ids of list items).
 */
public final class StableIds {
    private StableIds() {}

    /**
     * A dot that reads as where it came from: {@code migration:<migration>:<value>} (e.g.
     * {@code migration:tags-v2:urgent}). Unique within one field of one document, which is all an
     * observed-remove set needs; use {@link #uuid} when an id must be unique across documents.
     */
    public static String dot(String migration, String value) {
        return "migration:" + migration + ":" + value;
    }

    /**
     * A name-based UUID (SHA-256 of the parts, version and variant bits set as RFC 9562 version 8) of
     * (document id, field, value, migration name). Parts are length-prefixed, so no choice of
     * separators in the values makes two different tuples collide.
     */
    public static UUID uuid(String documentId, String field, String value, String migration) {
        byte[] hash = sha256(documentId, field, value, migration);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x80); // version 8: custom, name-based
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // variant: RFC 9562
        ByteBuffer b = ByteBuffer.wrap(hash);
        return new UUID(b.getLong(), b.getLong());
    }

    private static byte[] sha256(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                byte[] bytes = p.getBytes(StandardCharsets.UTF_8);
                md.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                md.update(bytes);
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
