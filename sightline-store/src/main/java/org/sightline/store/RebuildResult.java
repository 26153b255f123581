package org.sightline.store;

/** What a rebuild of the entities did: entity counts before and after, document entities that changed entity. */
public record RebuildResult(int entitiesBefore, int entitiesAfter, int docEntitiesMoved) {
}
