package org.sightline.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Document ids: "sha256:" + hex SHA-256 of the UTF-8 bytes of the normalised text. */
public final class DocumentIds {
    private DocumentIds() {
    }

    public static String of(String normalisedText) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return "sha256:" + HexFormat.of().formatHex(sha.digest(normalisedText.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
