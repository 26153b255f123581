package org.sightline.resolve.names;

import org.sightline.core.NameKey;

/**
 * A store's name key that folds spelling and transliteration variants ("Kata'ib Hezbollah",
 * "Kataib Hizballah", "KATAIB HIZBALLAH" are one key), so entities no knowledge-base entry
 * knows still cluster across documents that spell them differently.
 */
public final class TransliterationKey implements NameKey {
    private final NameMatcher matcher;

    public TransliterationKey(NameMatcher matcher) {
        this.matcher = matcher;
    }

    @Override
    public String key(String name) {
        String key = matcher.clusterKey(name, null);
        // A name of particles or punctuation only has no key of its own; fall back to the exact one.
        return key == null || key.isBlank() ? org.sightline.core.Names.key(name) : key;
    }

    @Override
    public String id() {
        return "transliteration-v1";
    }
}
