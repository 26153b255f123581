package org.sightline.interop;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.sightline.core.Names;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;

/**
 * Ids that stay the same from one export to the next, and between two stores that hold the same
 * documents: derived from what a thing is (knowledge-base id, else type and name key; a claim's
 * document, span, type and ends), never from a store's row numbers, which a rebuild may change.
 */
public final class StableIds {
    /** UUIDv5 namespace for Sightline's STIX ids (a fixed random UUID). */
    private static final UUID NAMESPACE = UUID.fromString("6f3b1c52-8a4e-4d0b-9a7e-2f1c5d9e8b40");

    private StableIds() {
    }

    public static String entityKey(StoredEntity e) {
        return e.kbId() != null && !e.kbId().isBlank() ? "kb:" + e.kbId() : "name:" + e.type() + ":" + Names.key(e.name());
    }

    public static String claimKey(StoredClaim c, String subjectKey, String objectKey) {
        return "claim:" + c.evidence().documentId() + ":" + c.evidence().span().start() + "-" + c.evidence().span().end()
                + ":" + c.type() + ":" + subjectKey + ">" + objectKey;
    }

    /** An FtM id: FtM accepts letters, digits, dots and dashes. */
    public static String ftm(String prefix, String key) {
        return "sl-" + prefix + "-" + hex(key, 10);
    }

    /** A STIX id, {@code type--UUIDv5}. */
    public static String stix(String type, String key) {
        byte[] hash = sha1(NAMESPACE + ":" + key);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (hash[i] & 0xff);
            lsb = (lsb << 8) | (hash[8 + i] & 0xff);
        }
        return type + "--" + new UUID(msb, lsb);
    }

    private static String hex(String key, int bytes) {
        byte[] hash = sha1(key);
        return HexFormat.of().formatHex(hash, 0, bytes);
    }

    /** One digest per thread: looking a provider up for every id was a tenth of an export's time. */
    private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    });

    private static byte[] sha1(String s) {
        return SHA1.get().digest(s.getBytes(StandardCharsets.UTF_8));
    }
}
