package org.sightline.interop.stix;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.EntityType;
import org.sightline.core.Stance;
import org.sightline.interop.imports.ImportedDocuments;
import org.sightline.interop.imports.ImportedFile;

/**
 * Reads a STIX 2.1 bundle into documents, entities and claims: Sightline's own exports exactly
 * (types, stance, chain, evidence and attributes from the {@code x_sightline_*} properties), and
 * other producers' identities, threat actors, intrusion sets and locations with the relationships
 * between them as well as STIX allows: a relationship type Sightline maps back (else
 * ASSOCIATED_WITH), its description as the quote (else the relationship said in words), REPORTED,
 * attributed to its {@code created_by_ref} (else to the bundle). Objects are read one at a time
 * from the stream; notes and marking definitions are not imported.
 */
public final class StixReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StixMapping mapping;

    public StixReader() {
        this(StixMapping.bundled());
    }

    public StixReader(StixMapping mapping) {
        this.mapping = mapping;
    }

    public ImportedFile read(Path file) throws IOException {
        List<ImportedFile.Problem> problems = new ArrayList<>();
        ImportedDocuments docs = new ImportedDocuments();
        List<JsonNode> relationships = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        int read = 0;
        int imported = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser p = new JsonFactory(JSON).createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(file + " is not a JSON object (a STIX bundle)");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (!field.equals("objects")) {
                    p.skipChildren();
                    continue;
                }
                long index = 0;
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode o = JSON.readTree(p);
                    read++;
                    index++;
                    String type = o.path("type").asText();
                    switch (type) {
                        case "identity", "threat-actor", "intrusion-set", "location" -> {
                            if (o.has("x_sightline_stands_for")) {
                                continue; // a speaker's identity for created_by_ref: its entity is the object it stands for
                            }
                            docs.entity(entity(o));
                            names.put(o.path("id").asText(), o.path("name").asText());
                            imported++;
                        }
                        case "relationship" -> {
                            relationships.add(o);
                            indexes.add(index);
                        }
                        default -> { }
                    }
                }
            }
        }
        for (int i = 0; i < relationships.size(); i++) {
            JsonNode r = relationships.get(i);
            try {
                claim(r, docs, names);
                imported++;
            } catch (IllegalArgumentException e) {
                problems.add(new ImportedFile.Problem(indexes.get(i), r.path("id").asText() + ": " + e.getMessage()));
            }
        }
        return new ImportedFile(docs.build(), problems, read, imported);
    }

    private ImportedDocuments.ImportedEntity entity(JsonNode o) {
        String type = o.path("type").asText();
        EntityType t;
        if (o.hasNonNull("x_sightline_type")) {
            t = EntityType.valueOf(o.path("x_sightline_type").asText());
        } else if (type.equals("location")) {
            t = EntityType.PLACE;
        } else if (!type.equals("identity")) {
            t = EntityType.ARMED_GROUP;
        } else {
            t = o.path("identity_class").asText().equals("individual") ? EntityType.PERSON : EntityType.ORGANIZATION;
        }
        List<String> aliases = new ArrayList<>();
        JsonNode a = o.has("x_sightline_aliases") ? o.path("x_sightline_aliases") : o.path("aliases");
        a.forEach(x -> aliases.add(x.asText()));
        String name = o.path("name").asText(null);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(o.path("id").asText() + " has no name");
        }
        return new ImportedDocuments.ImportedEntity(o.path("id").asText(), name, t, aliases, o.path("x_sightline_kb_id").asText(null));
    }

    private void claim(JsonNode r, ImportedDocuments docs, Map<String, String> names) {
        String subject = r.path("source_ref").asText();
        String object = r.path("target_ref").asText();
        if (!docs.hasEntity(subject) || !docs.hasEntity(object)) {
            throw new IllegalArgumentException("its source or target is not an identity, threat actor, intrusion set or location of the bundle");
        }
        JsonNode ev = r.path("x_sightline_evidence");
        if (r.has("x_sightline_claim_type") && ev.isObject()) {
            List<String> chain = new ArrayList<>();
            r.path("x_sightline_attributed_to").forEach(s -> chain.add(s.asText()));
            Map<String, String> attributes = new LinkedHashMap<>();
            r.path("x_sightline_attributes").fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
            DocumentMetadata meta = new DocumentMetadata(ev.path("title").asText(null), ev.path("outlet").asText(null),
                    ev.path("url").asText(null), ev.path("published").asText(null), null, "text/plain");
            docs.claim(ev.path("document_id").asText(), meta, new ImportedDocuments.ImportedClaim(
                    ClaimType.valueOf(r.path("x_sightline_claim_type").asText()), subject, object,
                    Stance.valueOf(r.path("x_sightline_stance").asText()), chain, r.path("x_sightline_time").asText(null),
                    r.path("confidence").asInt(100) / 100.0, attributes, ev.path("quote").asText(), ev.path("start").asInt()));
            return;
        }
        // Another producer's relationship.
        ClaimType type = ClaimType.ASSOCIATED_WITH;
        for (ClaimType t : ClaimType.values()) {
            if (mapping.relationship(t).equals(r.path("relationship_type").asText())) {
                type = t;
                break;
            }
        }
        String quote = r.path("description").asText("");
        if (quote.isBlank()) {
            quote = names.get(subject) + " " + r.path("relationship_type").asText() + " " + names.get(object);
        }
        String creator = r.path("created_by_ref").asText(null);
        String speaker = creator != null && docs.hasEntity(creator) ? creator : null;
        if (speaker == null) {
            speaker = "stix-bundle";
            if (!docs.hasEntity(speaker)) {
                docs.entity(new ImportedDocuments.ImportedEntity(speaker, "STIX bundle", EntityType.ORGANIZATION, List.of(), null));
            }
        }
        docs.claim("stix:" + r.path("id").asText(), new DocumentMetadata("STIX relationship " + r.path("id").asText(), null, null, null, null,
                "application/stix+json"), new ImportedDocuments.ImportedClaim(type, subject, object, Stance.REPORTED, List.of(speaker),
                null, r.path("confidence").asInt(100) / 100.0, Map.of(), quote, 0));
    }
}
