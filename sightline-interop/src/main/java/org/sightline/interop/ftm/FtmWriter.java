package org.sightline.interop.ftm;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.EntityType;
import org.sightline.interop.Dates;
import org.sightline.interop.ExportContext;
import org.sightline.interop.ExportSummary;
import org.sightline.interop.ExportWriter;
import org.sightline.interop.ExportedClaim;
import org.sightline.interop.ExportedClaim.ExportedEntity;
import org.sightline.interop.StableIds;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredEntity;

/**
 * FollowTheMoney entities as JSON lines, one entity a line, as OpenSanctions publishes them
 * ({@code id, schema, caption, properties, datasets}): each claim an interval entity chosen by
 * {@code ftm.yaml}, with the quote as {@code summary} and Sightline's stance, attribution chain,
 * document and marking in {@code description} ({@link ClaimDescription}); then each entity the
 * claims name. Every property value is a list of strings, as FtM writes them.
 */
public final class FtmWriter implements ExportWriter {
    public static final String DATASET = "sightline";
    static final String ENTITY_FIRST = "Sightline entity: ";

    private final JsonGenerator json;
    private final FtmMapping mapping;

    public FtmWriter(OutputStream out) throws IOException {
        this(out, FtmMapping.bundled());
    }

    public FtmWriter(OutputStream out, FtmMapping mapping) throws IOException {
        this.json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        this.json.setRootValueSeparator(null);
        this.mapping = mapping;
    }

    private static final Object FTM_ID = new Object();

    /** The FtM id of an entity: stable across exports (see {@link StableIds}). */
    public static String entityId(ExportedEntity e) {
        return e.id(FTM_ID, x -> StableIds.ftm(x.entity().type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), x.key()));
    }

    @Override
    public void begin(ExportContext context) {
    }

    @Override
    public void claim(ExportedClaim x) throws IOException {
        StoredClaim c = x.claim();
        FtmMapping.Rule rule = mapping.rule(c.type(), c.subject().type(), c.object().type());
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (rule.authority()) {
            p.put("authority", List.of(x.subject().entity().name()));
            put(p, "program", c.attributes().get("program"));
            String date = c.attributes().get("date");
            put(p, "startDate", Dates.isIsoPrefix(date) ? date : null);
        } else {
            p.put(rule.source(), List.of(entityId(x.subject())));
        }
        p.put(rule.target(), List.of(entityId(x.object())));
        if (hasRole(rule.schema())) {
            String role = c.attributes().get("role");
            p.put("role", List.of(role != null && !role.isBlank() ? role : mapping.label(c.type())));
        }
        if (rule.schema().equals("Payment")) {
            put(p, "amount", MoneyAmount.parse(c.attributes().get("amount")));
            put(p, "currency", c.attributes().get("currency"));
        }
        p.put("summary", List.of(c.evidence().quote()));
        List<String> speakerIds = new ArrayList<>();
        List<String> speakerNames = new ArrayList<>();
        for (ExportedEntity s : x.attributedTo()) {
            speakerIds.add(entityId(s));
            speakerNames.add(s.entity().name());
        }
        ClaimDescription d = new ClaimDescription(c.type().name(), c.stance().name(), speakerIds, speakerNames,
                rule.authority() ? entityId(x.subject()) : null, c.time(), c.confidence(), c.evidence().documentId(),
                x.title(), x.document().metadata().source(), x.document().metadata().url(), x.published(), x.marking(),
                c.rejectedBy() == null ? null : String.valueOf(c.rejectedBy()), c.attributes());
        p.put("description", List.of(d.text()));
        put(p, "sourceUrl", x.url());
        put(p, "publisher", x.document().metadata().source());
        String date = Dates.isIsoPrefix(c.time()) ? c.time() : Dates.isIsoPrefix(x.published()) ? x.published() : null;
        put(p, "date", date);
        line(StableIds.ftm("claim", x.key()), rule.schema(), mapping.label(c.type()), p);
    }

    @Override
    public void entity(ExportedEntity e, String marking) throws IOException {
        StoredEntity s = e.entity();
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("name", List.of(s.name()));
        List<String> aliases = s.aliases().stream().filter(a -> !a.equals(s.name())).distinct().toList();
        if (!aliases.isEmpty()) {
            p.put("alias", aliases);
        }
        if (s.type() == EntityType.STATE && s.kbId() != null && s.kbId().matches("[a-z]{2}")) {
            p.put("country", List.of(s.kbId()));
        }
        List<String> keywords = new ArrayList<>(List.of(s.type().name()));
        if (marking != null) {
            keywords.add("TLP:" + marking);
        }
        p.put("keywords", keywords);
        p.put("description", List.of(ENTITY_FIRST + s.type().name() + (s.kbId() == null ? "" : "\nKnowledge base: " + s.kbId())));
        line(entityId(e), mapping.schema(s.type()), s.name(), p);
    }

    @Override
    public void end(ExportSummary summary) throws IOException {
        json.flush();
    }

    private void line(String id, String schema, String caption, Map<String, List<String>> properties) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", id);
        json.writeStringField("schema", schema);
        json.writeStringField("caption", caption);
        json.writeObjectFieldStart("properties");
        for (Map.Entry<String, List<String>> e : properties.entrySet()) {
            json.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                json.writeString(v);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeArrayFieldStart("datasets");
        json.writeString(DATASET);
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** Schemata descending from FtM's Interest carry a role. */
    private static boolean hasRole(String schema) {
        return switch (schema) {
            case "Membership", "Directorship", "Ownership", "UnknownLink", "Employment", "Representation" -> true;
            default -> false;
        };
    }

    private static void put(Map<String, List<String>> p, String property, String value) {
        if (value != null && !value.isBlank()) {
            p.put(property, List.of(value));
        }
    }
}
