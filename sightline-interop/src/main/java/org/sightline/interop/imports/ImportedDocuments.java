package org.sightline.interop.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
 * Rebuilds, from an export, one {@link Extraction} per document the claims were read from. An
 * export holds the quotes, not the documents' text, so each document comes back as the text of its
 * quotes, in their original order, under a first line naming the original ("Quoted from …,
 * sightline document sha256:…", which also keeps two documents with the same quotes apart); each
 * claim's evidence is its quote's place in that text, so the quote is exactly what was exported.
 *
 * <p>The entities come back as the same entities, not merely the same names. The store joins a new
 * name to the oldest entity that shares a name key with it, so which entities a store holds depends
 * on the order names and aliases reached it: an entity can hold an alias that is another entity's
 * name ("MUGHNIYAH", a.k.a. "Imad Mughniyah", and "Imad Mughniyah" saved before that alias came).
 * Saving every document with every alias would join those two. So the import first saves a
 * document of the entities' names alone, in the order the exporting store first held them (the
 * file's order), the claims' documents name them by that name alone (or their knowledge-base id),
 * and a last document gives the aliases, newest entity first, so that each alias reaches its own
 * entity before an older one could claim it.
 */
public final class ImportedDocuments {
    /** An entity as the export describes it; {@code key} is the export's id for it. */
    public record ImportedEntity(String key, String name, EntityType type, List<String> aliases, String kbId) {
    }

    /** A claim as the export describes it; ends and speakers by entity key. */
    public record ImportedClaim(ClaimType type, String subject, String object, Stance stance, List<String> attributedTo,
                                String time, double confidence, Map<String, String> attributes, String quote,
                                int originalStart) {
    }

    private record Source(String documentId, DocumentMetadata metadata, List<ImportedClaim> claims) {
    }

    private final Map<String, ImportedEntity> entities = new LinkedHashMap<>();
    private final Map<String, Source> documents = new LinkedHashMap<>();

    public void entity(ImportedEntity e) {
        entities.put(e.key(), e);
    }

    public boolean hasEntity(String key) {
        return entities.containsKey(key);
    }

    /** The first metadata given for a document is kept. */
    public void claim(String documentId, DocumentMetadata metadata, ImportedClaim claim) {
        documents.computeIfAbsent(documentId, id -> new Source(id, metadata, new ArrayList<>())).claims.add(claim);
    }

    /**
     * The names document, each claim document, the aliases document, to be saved in this order.
     *
     * @throws IllegalArgumentException when a claim names an entity the export does not hold
     */
    public List<Extraction> build() {
        List<Extraction> out = new ArrayList<>(documents.size() + 2);
        if (entities.isEmpty()) {
            return out;
        }
        out.add(entityDocument("names", new ArrayList<>(entities.values()), false));
        for (Source s : documents.values()) {
            out.add(build(s));
        }
        List<ImportedEntity> newestFirst = new ArrayList<>(entities.values().stream().filter(e -> !e.aliases().isEmpty()).toList());
        java.util.Collections.reverse(newestFirst);
        if (!newestFirst.isEmpty()) {
            out.add(entityDocument("aliases", newestFirst, true));
        }
        return out;
    }

    /** A document that lists entities, one a line, with their aliases or not; its text says what it is. */
    private static Extraction entityDocument(String what, List<ImportedEntity> list, boolean withAliases) {
        StringBuilder text = new StringBuilder("Entities of a Sightline export: their ").append(what).append("\n\n");
        List<Entity> docEntities = new ArrayList<>(list.size());
        List<Mention> mentions = new ArrayList<>(list.size());
        for (ImportedEntity e : list) {
            String id = "e" + (docEntities.size() + 1);
            int start = text.length();
            text.append(e.name().replace('\n', ' '));
            mentions.add(new Mention(id, new Span(start, text.length()), text.substring(start)));
            if (withAliases) {
                text.append(" (").append(String.join("; ", e.aliases()).replace('\n', ' ')).append(')');
            }
            text.append('\n');
            docEntities.add(new Entity(id, e.name(), e.type(), withAliases ? e.aliases() : List.of(), e.kbId()));
        }
        DocumentMetadata meta = new DocumentMetadata("Entities of a Sightline export (" + what + ")", null, null, null, null, "text/plain");
        return new Extraction(Document.of(text.toString(), meta), docEntities, mentions, List.of());
    }

    private Extraction build(Source s) {
        String title = s.metadata.title() == null ? "an untitled document" : s.metadata.title();
        StringBuilder text = new StringBuilder("Quoted from ").append(title.replace('\n', ' '))
                .append(", sightline document ").append(s.documentId).append("\n\n");
        List<ImportedClaim> claims = new ArrayList<>(s.claims);
        claims.sort(Comparator.comparingInt(ImportedClaim::originalStart));
        // One place per distinct (start, quote): claims read from the same words share them.
        Map<String, Span> placed = new LinkedHashMap<>();
        for (ImportedClaim c : claims) {
            placed.computeIfAbsent(c.originalStart() + ":" + c.quote(), k -> {
                int start = text.length();
                text.append(c.quote());
                Span span = new Span(start, text.length());
                text.append("\n\n");
                return span;
            });
        }
        Document doc = Document.of(text.toString(), s.metadata);
        Map<String, String> local = new LinkedHashMap<>();
        List<Entity> docEntities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Claim> docClaims = new ArrayList<>();
        int n = 0;
        for (ImportedClaim c : claims) {
            String subject = local(local, docEntities, c.subject());
            String object = local(local, docEntities, c.object());
            List<String> chain = new ArrayList<>();
            for (String speaker : c.attributedTo()) {
                chain.add(local(local, docEntities, speaker));
            }
            Span span = placed.get(c.originalStart() + ":" + c.quote());
            docClaims.add(new Claim("c" + (++n), c.type(), subject, object, c.stance(), chain, c.time(), c.confidence(),
                    c.attributes(), Evidence.from(doc, span, span)));
        }
        return new Extraction(doc, docEntities, mentions, docClaims);
    }

    private String local(Map<String, String> local, List<Entity> docEntities, String key) {
        return local.computeIfAbsent(key, k -> {
            ImportedEntity e = entities.get(k);
            if (e == null) {
                throw new IllegalArgumentException("a claim names entity '" + k + "', which the file does not hold");
            }
            String id = "e" + (docEntities.size() + 1);
            // By name alone (and knowledge-base id): the aliases come in the last document.
            docEntities.add(new Entity(id, e.name(), e.type(), List.of(), e.kbId()));
            return id;
        });
    }
}
