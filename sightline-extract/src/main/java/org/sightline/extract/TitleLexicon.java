package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;

/**
 * The titles of {@code rules/titles.yaml}: which claim a title makes between the person who bears
 * it and the body (or person) it is a title of.
 */
final class TitleLexicon {
    enum TitleClass { LEADER, MEMBER, ROLE }

    /** A title read off the text: its class, its words as the role attribute, and whether it is past. */
    record Title(TitleClass kind, String role, boolean former) {
    }

    private final Map<String, TitleClass> titles = new HashMap<>();
    private final Set<String> heads = new HashSet<>();
    private final Set<String> roleModifiers = new HashSet<>();
    private final Set<String> titleWords = new HashSet<>();
    private final Set<String> formerWords = new HashSet<>();
    private int longest = 1;

    TitleLexicon(JsonNode file) {
        for (TitleClass c : TitleClass.values()) {
            for (JsonNode t : file.path(c.name())) {
                String title = normal(t.asText());
                titles.putIfAbsent(title, c);
                String[] words = title.split(" ");
                heads.add(words[words.length - 1]);
                String[] raw = lower(t.asText()).split(" ");
                heads.add(raw[raw.length - 1]);
                longest = Math.max(longest, words.length);
            }
        }
        file.path("roleModifiers").forEach(w -> roleModifiers.add(normal(w.asText())));
        file.path("titleWords").forEach(w -> titleWords.add(normal(w.asText())));
        file.path("formerWords").forEach(w -> formerWords.add(normal(w.asText())));
        titleWords.addAll(heads);
    }

    /** The head words of all titles, for the trigger of title rules. */
    Set<String> heads() {
        return heads;
    }

    boolean isTitleWord(String word) {
        return titleWords.contains(normal(word)) || roleModifiers.contains(normal(word));
    }

    boolean isFormerWord(String word) {
        return formerWords.contains(normal(word));
    }

    /**
     * The title that the words {@code phrase} (modifiers then the head, in text order) end with,
     * or null when the head is no title.
     */
    Title read(List<String> phrase, boolean former) {
        List<String> words = new ArrayList<>();
        phrase.forEach(w -> {
            for (String part : normal(w).split(" ")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        });
        for (int from = Math.max(0, words.size() - longest); from < words.size(); from++) {
            String candidate = String.join(" ", words.subList(from, words.size()));
            TitleClass c = titles.get(candidate);
            if (c != null) {
                // "deputy commander", "assistant director": a role whatever the head
                int first = from;
                for (int i = 0; i < from; i++) {
                    if (roleModifiers.contains(words.get(i))) {
                        first = i;
                        c = TitleClass.ROLE;
                        break;
                    }
                }
                if (roleModifiers.contains(words.get(from))) {
                    c = TitleClass.ROLE;
                }
                return new Title(c, String.join(" ", words.subList(first, words.size())), former);
            }
        }
        return null;
    }

    /**
     * The claim a title makes: leaders lead, members belong, roles are held; a leader among several
     * ("a senior commander") is a member; any title over a state is an office of it; a title over a
     * person is a tie to that person.
     */
    static ClaimType claimType(Title title, boolean indefinite, EntityType objectType) {
        if (objectType == EntityType.PERSON) {
            return ClaimType.ASSOCIATED_WITH;
        }
        if (objectType == EntityType.STATE) {
            return ClaimType.HOLDS_ROLE;
        }
        return switch (title.kind()) {
            case LEADER -> indefinite ? ClaimType.MEMBER_OF : ClaimType.LEADS;
            case MEMBER -> ClaimType.MEMBER_OF;
            case ROLE -> ClaimType.HOLDS_ROLE;
        };
    }

    private static String normal(String word) {
        return DocTokens.key(word).replace('-', ' ').replace('.', ' ').replaceAll("\\s+", " ").strip();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
