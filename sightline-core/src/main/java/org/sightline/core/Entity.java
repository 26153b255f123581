package org.sightline.core;

import java.util.List;
import java.util.Objects;

/**
 * An entity as one extraction sees it. {@code id} is local to the extraction ("e1", "e2", ...);
 * the store gives entities their lasting ids. {@code kbId} links to the reference knowledge
 * base and is null when unknown.
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, String kbId) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
