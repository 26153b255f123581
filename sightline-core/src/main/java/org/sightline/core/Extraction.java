package org.sightline.core;

import java.util.List;
import java.util.Objects;

/** What extraction reads out of one document: the result of a pure function of its text and rules. */
public record Extraction(Document document, List<Entity> entities, List<Mention> mentions, List<Claim> claims) {
    public Extraction {
        Objects.requireNonNull(document, "document");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        claims = List.copyOf(claims);
    }

    public Entity entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no entity " + id));
    }
}
