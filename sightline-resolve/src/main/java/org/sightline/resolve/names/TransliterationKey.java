package org.sightline.resolve.names;

import org.sightline.core.NameKey;

/**
 * A store's name key that folds spelling and transliteration variants ("Kata'ib Hezbollah",
 * "Kataib Hizballah", "KATAIB HIZBALLAH" are one key), so entities no knowledge-base entry
 * knows still cluster across documents that spell them differently.
 */
public final class TransliterationKey implements NameKey {
    /** The rule files keys depend on: when one changes, stores rebuild their clusters with the new keys. */
    private static final String[] RULE_FILES = {"normalise.yaml", "letters.yaml", "variants.yaml", "structure.yaml",
        "scripts.yaml", "organisations.yaml"};

    private final NameMatcher matcher;
    private final String id;

    public TransliterationKey(NameMatcher matcher) {
        this.matcher = matcher;
        this.id = "transliteration-" + fingerprint();
    }

    private static String fingerprint() {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (String f : RULE_FILES) {
                try (java.io.InputStream in = TransliterationKey.class.getResourceAsStream("/names/" + f)) {
                    if (in != null) {
                        sha.update(in.readAllBytes());
                    }
                }
            }
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the name rules: " + e.getMessage(), e);
        }
    }

    @Override
    public String key(String name) {
        String key = matcher.clusterKey(name, null);
        // A name of particles or punctuation only has no key of its own; fall back to the exact one.
        return key == null || key.isBlank() ? org.sightline.core.Names.key(name) : key;
    }

    @Override
    public String id() {
        return id;
    }
}
