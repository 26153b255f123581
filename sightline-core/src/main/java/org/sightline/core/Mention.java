package org.sightline.core;

import java.util.Objects;

/** One place in the text where an entity is named. */
public record Mention(String entityId, Span span, String text) {
    public Mention {
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
    }
}
