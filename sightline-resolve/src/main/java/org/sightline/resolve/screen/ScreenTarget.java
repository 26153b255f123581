package org.sightline.resolve.screen;

import java.util.List;
import org.sightline.core.EntityType;

/**
 * Something a name can be screened against: a knowledge-base entry, a stored entity, or both
 * when the stored entity is linked to the entry.
 *
 * @param kbId     the knowledge-base id, or null
 * @param storeId  the stored entity's id, or null
 */
public record ScreenTarget(String name, EntityType type, List<String> aliases, String kbId, Long storeId) {
    public ScreenTarget {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
