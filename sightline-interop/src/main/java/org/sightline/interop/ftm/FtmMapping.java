package org.sightline.interop.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.interop.MappingFile;

/** {@code interop/ftm.yaml}: entity types → schemata, claim types → interval schemata with their end properties. */
public final class FtmMapping {
    /** One way to write a claim: the schema, the properties its subject and object go in, which types each accepts. */
    public record Rule(String schema, String source, String target, boolean authority, Set<EntityType> subjects,
                       Set<EntityType> objects) {
        boolean accepts(EntityType subject, EntityType object) {
            return (authority || subjects.contains(subject)) && objects.contains(object);
        }
    }

    private final Map<EntityType, String> schemata = new EnumMap<>(EntityType.class);
    private final Map<ClaimType, List<Rule>> rules = new EnumMap<>(ClaimType.class);
    private final Map<ClaimType, String> labels = new EnumMap<>(ClaimType.class);
    private final Rule fallback;

    private static final class Holder {
        static final FtmMapping BUNDLED = new FtmMapping(MappingFile.read("ftm.yaml"));
    }

    public static FtmMapping bundled() {
        return Holder.BUNDLED;
    }

    FtmMapping(JsonNode yaml) {
        yaml.path("entities").fields().forEachRemaining(e -> schemata.put(EntityType.valueOf(e.getKey()), e.getValue().asText()));
        Map<String, Set<EntityType>> ranges = new HashMap<>();
        yaml.path("ranges").fields().forEachRemaining(e -> {
            Set<EntityType> types = EnumSet.noneOf(EntityType.class);
            e.getValue().forEach(t -> types.add(EntityType.valueOf(t.asText())));
            ranges.put(e.getKey(), types);
        });
        yaml.path("claims").fields().forEachRemaining(e -> {
            List<Rule> list = new java.util.ArrayList<>();
            e.getValue().forEach(r -> list.add(rule(r, ranges)));
            rules.put(ClaimType.valueOf(e.getKey()), List.copyOf(list));
        });
        yaml.path("labels").fields().forEachRemaining(e -> labels.put(ClaimType.valueOf(e.getKey()), e.getValue().asText()));
        fallback = rule(yaml.path("fallback"), ranges);
        for (EntityType t : EntityType.values()) {
            if (!schemata.containsKey(t)) {
                throw new IllegalStateException("ftm.yaml gives no schema for entity type " + t);
            }
        }
    }

    private static Rule rule(JsonNode r, Map<String, Set<EntityType>> ranges) {
        boolean authority = r.path("authority").asBoolean(false);
        return new Rule(r.path("schema").asText(), r.path("source").asText(null), r.path("target").asText(),
                authority, authority ? Set.of() : range(ranges, r.path("subject").asText()), range(ranges, r.path("object").asText()));
    }

    private static Set<EntityType> range(Map<String, Set<EntityType>> ranges, String name) {
        Set<EntityType> found = ranges.get(name);
        if (found == null) {
            throw new IllegalStateException("ftm.yaml names range '" + name + "' without listing its types under ranges");
        }
        return found;
    }

    public String schema(EntityType type) {
        return schemata.get(type);
    }

    /** The first rule whose ends fit, else UnknownLink. */
    public Rule rule(ClaimType type, EntityType subject, EntityType object) {
        for (Rule r : rules.getOrDefault(type, List.of())) {
            if (r.accepts(subject, object)) {
                return r;
            }
        }
        return fallback;
    }

    public String label(ClaimType type) {
        return labels.getOrDefault(type, type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }
}
