package org.sightline.store;

import java.util.List;
import org.sightline.core.EntityType;

/**
 * An entity as one document saw it: the name, aliases, type and knowledge-base link that document
 * gave it, how often it mentioned it, and the stored entity it belongs to now. What a view of the
 * store restricted to some documents needs to name an entity only as those documents did.
 */
public record DocumentEntity(long id, long entityId, String documentId, String name, EntityType type,
                             List<String> aliases, String kbId, int mentions) {
    public DocumentEntity {
        aliases = List.copyOf(aliases);
    }
}
