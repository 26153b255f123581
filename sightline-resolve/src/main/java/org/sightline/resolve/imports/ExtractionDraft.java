package org.sightline.resolve.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Evidence;
import org.sightline.core.Extraction;
import org.sightline.core.Mention;
import org.sightline.core.Span;
import org.sightline.core.Stance;

/** Collects one document's entities and claims, handing out local ids e1.., c1... */
final class ExtractionDraft {
    private final Document document;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    ExtractionDraft(Document document) {
        this.document = document;
    }

    Document document() {
        return document;
    }

    String addEntity(String name, EntityType type, List<String> aliases, String kbId) {
        String id = "e" + (entities.size() + 1);
        entities.add(new Entity(id, name, type, aliases, kbId));
        return id;
    }

    void addMention(String entityId, Span span) {
        mentions.add(new Mention(entityId, span, span.of(document.text())));
    }

    /** An imported statement: asserted as listed, confidence 1, evidence = the record's span. */
    void addClaim(ClaimType type, String subject, String object, List<String> attributedTo, String time,
                  Map<String, String> attributes, Span record) {
        Map<String, String> attrs = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                attrs.put(k, v);
            }
        });
        claims.add(new Claim("c" + (claims.size() + 1), type, subject, object, Stance.ASSERTED, attributedTo,
                time, 1.0, attrs, Evidence.from(document, record, record)));
    }

    Extraction build() {
        return new Extraction(document, entities, mentions, claims);
    }
}
