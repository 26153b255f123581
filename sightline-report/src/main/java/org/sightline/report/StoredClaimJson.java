package org.sightline.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sightline.store.EntityRef;
import org.sightline.store.StoredClaim;

/** Stored claims as JSON: the extraction contract's fields, with entities and the document spelled out. */
public final class StoredClaimJson {
    public static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StoredClaimJson() {
    }

    public static ArrayNode array(List<StoredClaim> claims) {
        ArrayNode arr = JSON.createArrayNode();
        claims.forEach(c -> arr.add(object(c)));
        return arr;
    }

    public static ObjectNode object(StoredClaim c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", c.id());
        n.put("type", c.type().name());
        n.set("subject", entity(c.subject()));
        n.set("object", entity(c.object()));
        n.put("stance", c.stance().name());
        ArrayNode chain = n.putArray("attributed_to");
        c.attributedTo().forEach(e -> chain.add(entity(e)));
        if (c.time() != null) {
            n.put("time", c.time());
        }
        n.put("confidence", c.confidence());
        if (!c.attributes().isEmpty()) {
            ObjectNode a = n.putObject("attributes");
            c.attributes().forEach(a::put);
        }
        ObjectNode ev = n.putObject("evidence");
        ev.put("document", c.evidence().documentId());
        ev.put("start", c.evidence().span().start());
        ev.put("end", c.evidence().span().end());
        ev.put("quote", c.evidence().quote());
        ObjectNode doc = n.putObject("document");
        doc.put("id", c.evidence().documentId());
        if (c.documentTitle() != null) {
            doc.put("title", c.documentTitle());
        }
        if (c.documentSource() != null) {
            doc.put("source", c.documentSource());
        }
        return n;
    }

    public static ObjectNode entity(EntityRef e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", e.type().name());
        return n;
    }
}
