package org.sightline.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.sightline.core.Claim;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.Extraction;

/** The extraction JSON of ONTOLOGY.md. Unknown values are omitted, never null or "". */
public final class ExtractionJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExtractionJson() {
    }

    public static ObjectNode toJson(Extraction x) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode doc = root.putObject("document");
        DocumentMetadata md = x.document().metadata();
        doc.put("id", x.document().id());
        putIfKnown(doc, "title", md.title());
        putIfKnown(doc, "source", md.source());
        putIfKnown(doc, "published", md.published());
        putIfKnown(doc, "url", md.url());
        ArrayNode entities = root.putArray("entities");
        for (Entity e : x.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type().name());
            if (!e.aliases().isEmpty()) {
                ArrayNode a = n.putArray("aliases");
                e.aliases().forEach(a::add);
            }
            putIfKnown(n, "kb_id", e.kbId());
        }
        ArrayNode claims = root.putArray("claims");
        for (Claim c : x.claims()) {
            ObjectNode n = claims.addObject();
            n.put("id", c.id());
            n.put("type", c.type().name());
            n.put("subject", c.subject());
            n.put("object", c.object());
            n.put("stance", c.stance().name());
            ArrayNode chain = n.putArray("attributed_to");
            c.attributedTo().forEach(chain::add);
            putIfKnown(n, "time", c.time());
            n.put("confidence", Math.round(c.confidence() * 100) / 100.0);
            if (!c.attributes().isEmpty()) {
                ObjectNode attrs = n.putObject("attributes");
                for (Map.Entry<String, String> a : c.attributes().entrySet()) {
                    attrs.put(a.getKey(), a.getValue());
                }
            }
            ObjectNode ev = n.putObject("evidence");
            ev.put("start", c.evidence().span().start());
            ev.put("end", c.evidence().span().end());
            ev.put("quote", c.evidence().quote());
        }
        return root;
    }

    public static String write(Extraction x) {
        try {
            return JSON.writeValueAsString(toJson(x));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("extraction JSON cannot fail to serialise", e);
        }
    }

    private static void putIfKnown(ObjectNode n, String field, String value) {
        if (value != null && !value.isBlank()) {
            n.put(field, value);
        }
    }
}
