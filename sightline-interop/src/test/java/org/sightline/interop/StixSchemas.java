package org.sightline.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The official STIX 2.1 JSON schemas of {@code ../shared/oracles/stix2/schemas}, read by networknt's
 * validator (JSON Schema 2020-12, the schemas' own draft): their {@code $id}s point at the OASIS
 * repository and are mapped to the local copies, so nothing is fetched.
 */
public final class StixSchemas {
    private static final String ID_PREFIX = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final Map<String, String> FILES = Map.of(
            "bundle", "common/bundle.json",
            "marking-definition", "common/marking-definition.json",
            "relationship", "sros/relationship.json",
            "identity", "sdos/identity.json",
            "threat-actor", "sdos/threat-actor.json",
            "intrusion-set", "sdos/intrusion-set.json",
            "location", "sdos/location.json",
            "note", "sdos/note.json");

    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new HashMap<>();

    public StixSchemas(Path dir) {
        String local = dir.toUri().toString();
        factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix(ID_PREFIX, local.endsWith("/") ? local : local + "/")));
    }

    private JsonSchema schema(String type) {
        return schemas.computeIfAbsent(type, t -> {
            String file = FILES.get(t);
            if (file == null) {
                throw new AssertionError("the export wrote a " + t + ", which this test has no schema for");
            }
            return factory.getSchema(SchemaLocation.of(ID_PREFIX + file));
        });
    }

    /** Object types bundle.json lists among its items; it lists no note or location (see {@link #problems}). */
    private static final Set<String> LISTED_IN_BUNDLE = Set.of("relationship", "identity", "threat-actor", "intrusion-set",
            "marking-definition");

    /**
     * Every problem with the bundle and with each of its objects by its own type's schema, as "id:
     * message". The official bundle.json cannot judge a note or a location: its items are one of a
     * list of types that leaves them out, or else "one of core, cyber-observable-core", which any
     * SDO satisfies both of, so it refuses every note and location, valid or not. The bundle is
     * therefore checked by bundle.json with the objects of the types it lists, and every object,
     * those included, by its own type's schema.
     */
    public List<String> problems(JsonNode bundle) {
        List<String> out = new ArrayList<>();
        com.fasterxml.jackson.databind.node.ObjectNode envelope = bundle.deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode listed = envelope.putArray("objects");
        bundle.path("objects").forEach(o -> {
            if (LISTED_IN_BUNDLE.contains(o.path("type").asText())) {
                listed.add(o);
            }
        });
        for (ValidationMessage m : schema("bundle").validate(envelope)) {
            out.add("bundle: " + m.getMessage());
        }
        for (JsonNode o : bundle.path("objects")) {
            Set<ValidationMessage> found = schema(o.path("type").asText()).validate(o);
            for (ValidationMessage m : found) {
                out.add(o.path("id").asText() + ": " + m.getMessage());
            }
        }
        return out;
    }
}
