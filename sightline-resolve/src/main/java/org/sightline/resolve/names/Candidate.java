package org.sightline.resolve.names;

import org.sightline.core.EntityType;

/** One hit of {@link NameIndex#search}: the payload, which of its names matched best, and how. */
public record Candidate<T>(T payload, String matchedName, EntityType type, MatchResult result) {
}
