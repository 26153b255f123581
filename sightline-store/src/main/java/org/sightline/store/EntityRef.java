package org.sightline.store;

import org.sightline.core.EntityType;

/** A pointer to a stored entity, with enough to print it. */
public record EntityRef(long id, String name, EntityType type) {
}
