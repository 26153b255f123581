package org.sightline.interop.stix;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.sightline.core.EntityType;
import org.sightline.interop.ExportContext;
import org.sightline.interop.ExportSummary;
import org.sightline.interop.ExportWriter;
import org.sightline.interop.ExportedClaim;
import org.sightline.interop.ExportedClaim.ExportedEntity;
import org.sightline.interop.StableIds;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;

/**
 * One STIX 2.1 bundle, streamed: per claim a {@code relationship} (type from {@code stix.yaml},
 * {@code confidence} 0–100, the quote as {@code description}, the document as an external
 * reference, {@code created_by_ref} the innermost speaker) and a {@code note} on it that says the
 * stance and who said it; then the entities the claims name; then an {@code identity} for each
 * innermost speaker that is not one already (a threat actor cannot be {@code created_by_ref}); then
 * the TLP 2.0 marking definitions the objects refer to. Sightline's own fields ride along as
 * {@code x_sightline_*} custom properties, which {@link StixReader} reads back.
 */
public final class StixWriter implements ExportWriter {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final JsonGenerator json;
    private final StixMapping mapping;
    private String entitiesCreated;
    /** Speakers to write an identity for: by stable key, name and type. */
    private final Map<String, StoredEntity> speakerIdentities = new LinkedHashMap<>();
    private final Map<String, String> speakerMarkings = new LinkedHashMap<>();
    private final TreeSet<String> markingsUsed = new TreeSet<>();

    public StixWriter(OutputStream out) throws IOException {
        this(out, StixMapping.bundled());
    }

    public StixWriter(OutputStream out, StixMapping mapping) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.mapping = mapping;
    }

    private final Object objectIds = new Object();
    private final Object creatorIds = new Object();

    /** The STIX id of an entity's own object. */
    public String objectId(ExportedEntity e) {
        return e.id(objectIds, x -> StableIds.stix(mapping.object(x.entity().type()).type(), x.key()));
    }

    private String objectIdOfKey(StoredEntity e, String key) {
        return StableIds.stix(mapping.object(e.type()).type(), key);
    }

    /** The identity that stands for a speaker in created_by_ref: its own object when that is an identity. */
    String creatorId(ExportedEntity e) {
        return e.id(creatorIds, x -> mapping.object(x.entity().type()).type().equals("identity") ? objectId(x)
                : StableIds.stix("identity", "speaker:" + x.key()));
    }

    @Override
    public void begin(ExportContext context) throws IOException {
        entitiesCreated = timestamp(context.storeStarted());
        json.writeStartObject();
        json.writeStringField("type", "bundle");
        json.writeStringField("id", "bundle--" + UUID.randomUUID());
        json.writeArrayFieldStart("objects");
    }

    @Override
    public void claim(ExportedClaim x) throws IOException {
        StoredClaim c = x.claim();
        String created = timestamp(x.document().ingestedAt() == null ? Instant.EPOCH : x.document().ingestedAt());
        String id = StableIds.stix("relationship", x.key());
        json.writeStartObject();
        common("relationship", id, created);
        json.writeStringField("relationship_type", mapping.relationship(c.type()));
        json.writeStringField("source_ref", objectId(x.subject()));
        json.writeStringField("target_ref", objectId(x.object()));
        json.writeNumberField("confidence", (int) Math.round(c.confidence() * 100));
        json.writeStringField("description", c.evidence().quote());
        if (!x.attributedTo().isEmpty()) {
            ExportedEntity innermost = x.attributedTo().get(0);
            json.writeStringField("created_by_ref", creatorId(innermost));
            if (!creatorId(innermost).equals(objectId(innermost))) {
                speakerIdentities.putIfAbsent(innermost.key(), innermost.entity());
                speakerMarkings.merge(innermost.key(), x.marking() == null ? "" : x.marking(),
                        (a, b) -> a.isEmpty() ? b : b.isEmpty() ? a : org.sightline.interop.Markings.highest(a, b));
            }
        }
        json.writeArrayFieldStart("external_references");
        json.writeStartObject();
        json.writeStringField("source_name", "sightline-document");
        json.writeStringField("external_id", c.evidence().documentId());
        if (x.title() != null && !x.title().isBlank()) {
            json.writeStringField("description", x.title());
        }
        if (x.url() != null) {
            json.writeStringField("url", x.url());
        }
        json.writeEndObject();
        json.writeEndArray();
        marking(x.marking());
        json.writeStringField("x_sightline_claim_type", c.type().name());
        json.writeStringField("x_sightline_stance", c.stance().name());
        if (!x.attributedTo().isEmpty()) {
            json.writeArrayFieldStart("x_sightline_attributed_to");
            for (ExportedEntity s : x.attributedTo()) {
                json.writeString(objectId(s));
            }
            json.writeEndArray();
        }
        if (c.time() != null && !c.time().isBlank()) {
            json.writeStringField("x_sightline_time", c.time());
        }
        json.writeObjectFieldStart("x_sightline_evidence");
        json.writeStringField("document_id", c.evidence().documentId());
        json.writeNumberField("start", c.evidence().span().start());
        json.writeNumberField("end", c.evidence().span().end());
        json.writeStringField("quote", c.evidence().quote());
        json.writeNumberField("sentence_start", c.evidence().sentence().start());
        json.writeNumberField("sentence_end", c.evidence().sentence().end());
        optional("title", x.title());
        optional("outlet", x.document().metadata().source());
        optional("url", x.document().metadata().url());
        optional("published", x.published());
        json.writeEndObject();
        if (!c.attributes().isEmpty()) {
            json.writeObjectFieldStart("x_sightline_attributes");
            for (Map.Entry<String, String> a : new java.util.TreeMap<>(c.attributes()).entrySet()) {
                json.writeStringField(a.getKey(), a.getValue());
            }
            json.writeEndObject();
        }
        if (x.rejected()) {
            json.writeBooleanField("x_sightline_rejected", true);
        }
        json.writeEndObject();

        json.writeStartObject();
        common("note", StableIds.stix("note", "note:" + x.key()), created);
        json.writeStringField("abstract", c.stance() + " " + c.type() + ": " + x.subject().entity().name() + " → " + x.object().entity().name());
        json.writeStringField("content", noteContent(x));
        json.writeArrayFieldStart("object_refs");
        json.writeString(id);
        json.writeEndArray();
        marking(x.marking());
        json.writeEndObject();
    }

    private static String noteContent(ExportedClaim x) {
        StringBuilder b = new StringBuilder();
        b.append("Stance: ").append(x.claim().stance()).append(". Said by: ");
        for (int i = 0; i < x.attributedTo().size(); i++) {
            b.append(i == 0 ? "" : ", as reported by ").append(x.attributedTo().get(i).entity().name());
        }
        b.append(". Quote: \u201c").append(x.claim().evidence().quote()).append("\u201d");
        if (x.title() != null) {
            b.append(" (").append(x.title()).append(')');
        }
        if (x.independentSources() > 0) {
            b.append(". Independent sources: ").append(x.independentSources());
        }
        if (x.rejected()) {
            b.append(". Rejected by an analyst.");
        }
        return b.toString();
    }

    @Override
    public void entity(ExportedEntity e, String marking) throws IOException {
        StoredEntity s = e.entity();
        StixMapping.ObjectKind kind = mapping.object(s.type());
        json.writeStartObject();
        common(kind.type(), objectId(e), entitiesCreated);
        json.writeStringField("name", s.name());
        if (kind.identityClass() != null) {
            json.writeStringField("identity_class", kind.identityClass());
        }
        if (kind.type().equals("location")) {
            json.writeStringField("region", s.name());
        }
        java.util.List<String> aliases = s.aliases().stream().filter(a -> !a.equals(s.name())).distinct().toList();
        if (!aliases.isEmpty() && (kind.type().equals("threat-actor") || kind.type().equals("intrusion-set"))) {
            json.writeArrayFieldStart("aliases");
            for (String a : aliases) {
                json.writeString(a);
            }
            json.writeEndArray();
        }
        marking(marking);
        json.writeStringField("x_sightline_type", s.type().name());
        if (s.kbId() != null && !s.kbId().isBlank()) {
            json.writeStringField("x_sightline_kb_id", s.kbId());
        }
        if (!aliases.isEmpty()) {
            json.writeArrayFieldStart("x_sightline_aliases");
            for (String a : aliases) {
                json.writeString(a);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    @Override
    public void end(ExportSummary summary) throws IOException {
        for (Map.Entry<String, StoredEntity> s : speakerIdentities.entrySet()) {
            StoredEntity e = s.getValue();
            json.writeStartObject();
            common("identity", StableIds.stix("identity", "speaker:" + s.getKey()), entitiesCreated);
            json.writeStringField("name", e.name());
            json.writeStringField("identity_class", e.type() == EntityType.PERSON ? "individual" : "group");
            json.writeStringField("description", "The source of claims, as an identity: STIX's created_by_ref names identities only.");
            json.writeStringField("x_sightline_stands_for", objectIdOfKey(e, s.getKey()));
            String m = speakerMarkings.get(s.getKey());
            marking(m == null || m.isEmpty() ? null : m);
            json.writeEndObject();
        }
        for (String level : markingsUsed) {
            json.writeStartObject();
            json.writeStringField("type", "marking-definition");
            json.writeStringField("spec_version", "2.1");
            json.writeStringField("id", TlpMarkings.id(level));
            json.writeStringField("created", TlpMarkings.CREATED);
            json.writeStringField("name", "TLP:" + level);
            json.writeObjectFieldStart("extensions");
            json.writeObjectFieldStart(TlpMarkings.EXTENSION);
            json.writeStringField("extension_type", "property-extension");
            json.writeStringField("tlp_2_0", TlpMarkings.extensionValue(level));
            json.writeEndObject();
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    private void common(String type, String id, String created) throws IOException {
        json.writeStringField("type", type);
        json.writeStringField("spec_version", "2.1");
        json.writeStringField("id", id);
        json.writeStringField("created", created);
        json.writeStringField("modified", created);
    }

    private void marking(String level) throws IOException {
        if (level != null) {
            markingsUsed.add(level);
            json.writeArrayFieldStart("object_marking_refs");
            json.writeString(TlpMarkings.id(level));
            json.writeEndArray();
        }
    }

    private void optional(String field, String value) throws IOException {
        if (value != null && !value.isBlank()) {
            json.writeStringField(field, value);
        }
    }

    private static String timestamp(Instant t) {
        return TIMESTAMP.format(t);
    }
}
