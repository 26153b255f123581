package org.sightline.interop.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.interop.MappingFile;

/** {@code interop/stix.yaml}: the STIX object type (and identity class) of each entity type, the relationship type of each claim type. */
public final class StixMapping {
    /** {@code identityClass} is null unless {@code type} is identity. */
    public record ObjectKind(String type, String identityClass) {
    }

    private final Map<EntityType, ObjectKind> entities = new EnumMap<>(EntityType.class);
    private final Map<ClaimType, String> relationships = new EnumMap<>(ClaimType.class);

    private static final class Holder {
        static final StixMapping BUNDLED = new StixMapping(MappingFile.read("stix.yaml"));
    }

    public static StixMapping bundled() {
        return Holder.BUNDLED;
    }

    StixMapping(JsonNode yaml) {
        yaml.path("entities").fields().forEachRemaining(e -> entities.put(EntityType.valueOf(e.getKey()),
                new ObjectKind(e.getValue().path("type").asText(), e.getValue().path("identity_class").asText(null))));
        yaml.path("relationships").fields().forEachRemaining(e -> relationships.put(ClaimType.valueOf(e.getKey()), e.getValue().asText()));
        for (EntityType t : EntityType.values()) {
            if (!entities.containsKey(t)) {
                throw new IllegalStateException("stix.yaml gives no object type for entity type " + t);
            }
        }
        for (ClaimType t : ClaimType.values()) {
            if (!relationships.containsKey(t)) {
                throw new IllegalStateException("stix.yaml gives no relationship type for claim type " + t);
            }
        }
    }

    public ObjectKind object(EntityType type) {
        return entities.get(type);
    }

    public String relationship(ClaimType type) {
        return relationships.get(type);
    }
}
