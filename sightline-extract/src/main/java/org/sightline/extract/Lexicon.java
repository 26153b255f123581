package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.EntityType;

/**
 * The word lists of {@code rules/types.yaml}: how NER names get a type, which words refer back,
 * and the nationality words.
 */
final class Lexicon {
    private final Map<String, EntityType> headTypes = new LinkedHashMap<>();
    private final Set<String> states = new HashSet<>();
    /** Nationality words: the gazetteer's demonyms and moreNationalityWords. */
    final Set<String> nationalities = new java.util.LinkedHashSet<>();
    final Set<String> anaphoricHeads = new HashSet<>();
    final Set<String> stateAnaphors = new HashSet<>();
    /** "its head", "its leader": an unnamed person who leads the organisation the pronoun refers to. */
    final Set<String> leaderNouns = new HashSet<>();
    final Set<String> notNames = new HashSet<>();

    Lexicon(JsonNode file, Set<String> demonyms) {
        nationalities.addAll(demonyms);
        file.path("organizationHeads").fields().forEachRemaining(e -> e.getValue()
                .forEach(w -> headTypes.putIfAbsent(lower(w.asText()), EntityType.valueOf(e.getKey()))));
        file.path("states").forEach(s -> states.add(lower(s.asText())));
        file.path("moreNationalityWords").forEach(s -> nationalities.add(s.asText()));
        file.path("anaphoricHeads").forEach(s -> anaphoricHeads.add(lower(s.asText())));
        file.path("stateAnaphors").forEach(s -> stateAnaphors.add(lower(s.asText())));
        file.path("leaderNouns").forEach(s -> leaderNouns.add(lower(s.asText())));
        file.path("notNames").forEach(s -> notNames.add(s.asText()));
    }

    /** The nationality words as a TokensRegex word pattern, for the $NAT macro. */
    String nationalityPattern() {
        StringBuilder sb = new StringBuilder("/");
        for (String w : nationalities) {
            // nationality words are letters and dots ("U.S."): only the dot needs escaping
            sb.append(sb.length() > 1 ? "|" : "").append(w.replace(".", "\\."));
        }
        return sb.append('/').toString();
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** Type of a name CoreNLP tagged ORGANIZATION, from its last word. */
    EntityType organizationType(String lastWord) {
        return headTypes.getOrDefault(lower(lastWord), EntityType.ORGANIZATION);
    }

    /** Whether a word heads names of bodies ("Organization", "Company", "Ministry": types.yaml). */
    boolean isOrganizationHead(String lastWord) {
        return headTypes.containsKey(lower(lastWord));
    }

    EntityType locationType(String name) {
        return states.contains(lower(name)) ? EntityType.STATE : EntityType.PLACE;
    }
}
