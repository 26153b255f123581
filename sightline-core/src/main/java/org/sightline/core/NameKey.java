package org.sightline.core;

/**
 * How a store compares names when it clusters entities that no knowledge-base id joins: two
 * names with the same key are the same name. {@link #exact()} folds case, diacritics,
 * apostrophes and hyphens ({@link Names#key}); sightline-resolve's key also folds transliteration
 * variants ("Hezbollah" / "Hizballah"). {@link #id()} is stored with the data, so that a store
 * opened with another key rebuilds its clusters instead of mixing two kinds of key.
 */
public interface NameKey {
    String key(String name);

    /** Names this way of keying, with a version; change it whenever keys change. */
    String id();

    static NameKey exact() {
        return Exact.INSTANCE;
    }

    /** The baseline key of {@link Names#key}. */
    enum Exact implements NameKey {
        INSTANCE;

        @Override
        public String key(String name) {
            return Names.key(name);
        }

        @Override
        public String id() {
            return "exact-v1";
        }
    }
}
