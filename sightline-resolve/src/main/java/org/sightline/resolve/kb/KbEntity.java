package org.sightline.resolve.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sightline.core.EntityType;

/**
 * One entity of the reference knowledge base (docs/KB.md). {@code country} is the id of a
 * {@code STATE} entity of the knowledge base (ISO 3166-1 alpha-2, lower case) or null;
 * {@code externalIds} maps an id scheme ({@code ofac_sdn}, {@code wikidata}) to its values;
 * {@code notSameAs} lists ids of entities that are easily confused with this one but are not it.
 */
public record KbEntity(String id, String name, EntityType type, List<String> aliases, String country,
                       String description, Map<String, List<String>> externalIds, List<String> notSameAs,
                       boolean uncertain, List<Citation> citations) {

    public KbEntity {
        aliases = List.copyOf(aliases);
        externalIds = Map.copyOf(externalIds);
        notSameAs = List.copyOf(notSameAs);
        citations = List.copyOf(citations);
    }

    /** The preferred name followed by every alias. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
