package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.EntityType;

/** The word lists of {@code rules/types.yaml}: how NER names get a type, and which words refer back. */
final class Lexicon {
    private final Map<String, EntityType> headTypes = new LinkedHashMap<>();
    private final Set<String> states = new HashSet<>();
    final Set<String> nationalityPrefixes = new HashSet<>();
    final Set<String> anaphoricHeads = new HashSet<>();
    final Set<String> notNames = new HashSet<>();

    Lexicon(JsonNode file) {
        file.path("organizationHeads").fields().forEachRemaining(e -> e.getValue()
                .forEach(w -> headTypes.putIfAbsent(lower(w.asText()), EntityType.valueOf(e.getKey()))));
        file.path("states").forEach(s -> states.add(lower(s.asText())));
        file.path("nationalityPrefixes").forEach(s -> nationalityPrefixes.add(s.asText()));
        file.path("anaphoricHeads").forEach(s -> anaphoricHeads.add(lower(s.asText())));
        file.path("notNames").forEach(s -> notNames.add(s.asText()));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Type of a name CoreNLP tagged ORGANIZATION, from its last word. */
    EntityType organizationType(String lastWord) {
        return headTypes.getOrDefault(lower(lastWord), EntityType.ORGANIZATION);
    }

    EntityType locationType(String name) {
        return states.contains(lower(name)) ? EntityType.STATE : EntityType.PLACE;
    }
}
