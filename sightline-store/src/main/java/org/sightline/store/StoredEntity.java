package org.sightline.store;

import java.util.List;
import org.sightline.core.EntityType;

/** An entity in the store: lasting id, preferred name, every alias seen, and how often it was mentioned. */
public record StoredEntity(long id, String name, EntityType type, List<String> aliases, String kbId, int mentions) {
    public EntityRef ref() {
        return new EntityRef(id, name, type);
    }
}
