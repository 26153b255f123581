package org.sightline.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Evidence;
import org.sightline.core.Extraction;
import org.sightline.core.Mention;
import org.sightline.core.Span;
import org.sightline.core.Stance;

/**
 * Builds extractions by hand for store tests. Offsets are found in the text, never typed in, so
 * every quote and mention is what the text says where it says it.
 */
public final class ExtractionBuilder {
    private final Document document;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    public ExtractionBuilder(String text, DocumentMetadata metadata) {
        this.document = Document.of(text, metadata);
    }

    public ExtractionBuilder entity(String id, String name, EntityType type, String... aliases) {
        return entityWithKb(id, name, type, null, aliases);
    }

    public ExtractionBuilder entityWithKb(String id, String name, EntityType type, String kbId, String... aliases) {
        entities.add(new Entity(id, name, type, Arrays.asList(aliases), kbId));
        return this;
    }

    /** A mention at the first occurrence of {@code surface}. */
    public ExtractionBuilder mention(String entityId, String surface) {
        mentions.add(new Mention(entityId, find(surface), surface));
        return this;
    }

    public ExtractionBuilder claim(String id, ClaimType type, String subject, String object, Stance stance,
                                   String quote, List<String> attributedTo, String time, double confidence,
                                   Map<String, String> attributes) {
        Span span = find(quote);
        claims.add(new Claim(id, type, subject, object, stance, attributedTo, time, confidence, attributes,
                Evidence.from(document, span, sentenceAround(span))));
        return this;
    }

    public Extraction build() {
        return new Extraction(document, entities, mentions, claims);
    }

    private Span find(String surface) {
        int start = document.text().indexOf(surface);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + surface);
        }
        return new Span(start, start + surface.length());
    }

    /** The sentence holding {@code span}, sentences ending in ". " (good enough for fixtures). */
    private Span sentenceAround(Span span) {
        String text = document.text();
        int previousEnd = text.lastIndexOf(". ", span.start());
        int start = previousEnd < 0 ? 0 : previousEnd + 2;
        int end = text.indexOf('.', span.end());
        return new Span(start, end < 0 ? text.length() : end + 1);
    }
}
