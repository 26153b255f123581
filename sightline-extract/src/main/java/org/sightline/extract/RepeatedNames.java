package org.sightline.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sightline.core.EntityType;

/**
 * A name the document has used once is a name wherever it recurs: NER tags "Al-Zawra" in one
 * sentence and misses it in the next, and a designee's a.k.a. may turn up in the prose. Every
 * untagged occurrence of a name (as written, capitalised) that a mention of the document already
 * spells, or of an alias the document declared for an entity, becomes a mention of that entity.
 */
final class RepeatedNames {
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "These", "That", "Those", "It", "Its", "He", "She",
            "His", "Her", "They", "Their", "Today", "In", "On", "As", "At", "For", "By", "And", "Or", "But", "Al", "Abu",
            "Bin", "Ibn", "Mr.", "Ms.", "Dr.", "General", "President", "Secretary", "Department", "Ministry", "Office",
            "Company", "Group", "Bank", "Council", "Force", "Forces", "Army", "Corps", "Unit", "Brigade", "Division",
            "Iran-based", "Iraq-based", "Syria-based", "Lebanon-based");

    void apply(DocTokens doc, Mentions mentions) {
        Map<String, MentionCandidate> names = new HashMap<>();
        for (MentionCandidate m : mentions.all()) {
            if (m.isReferring() || m.origin.equals("demonym") || m.origin.equals("role") || m.type == EntityType.STATE) {
                continue;
            }
            register(names, doc.surface(m.begin, m.end), m);
            m.aliases.forEach(a -> register(names, a, m));
        }
        if (names.isEmpty()) {
            return;
        }
        List<String> ordered = new ArrayList<>(names.keySet());
        ordered.sort(Comparator.comparingInt((String n) -> -n.split(" ").length));
        Map<String, List<String[]>> byFirst = new HashMap<>();
        for (String n : ordered) {
            String[] words = words(n);
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(words);
        }
        List<MentionCandidate> added = new ArrayList<>();
        for (int t = 0; t < doc.tokens.size(); t++) {
            List<String[]> cands = byFirst.get(doc.word(t));
            if (cands == null || mentions.covered(t)) {
                continue;
            }
            for (String[] words : cands) {
                int e = t + words.length;
                if (e > doc.tokens.size() || !matches(doc, t, words) || coveredAny(mentions, t, e)
                        || doc.sentenceOf(e - 1) != doc.sentenceOf(t)) {
                    continue;
                }
                MentionCandidate target = names.get(String.join(" ", words));
                if (target == null) {
                    continue;
                }
                added.add(MentionCandidate.referring(t, e, target, "repeated"));
                t = e - 1;
                break;
            }
        }
        added.forEach(mentions::add);
    }

    private static void register(Map<String, MentionCandidate> names, String surface, MentionCandidate m) {
        String n = String.join(" ", words(surface));
        String[] w = n.split(" ");
        boolean capitalised = true;
        for (String x : w) {
            capitalised &= !x.isEmpty() && (Character.isUpperCase(x.charAt(0)) || x.equals("-") || x.matches("al|bin|ibn|of|and|for|the"));
        }
        if (!capitalised || !Character.isUpperCase(n.charAt(0)) || w.length == 1 && (n.length() < 4 || NOT_NAMES.contains(n))) {
            return;
        }
        MentionCandidate prior = names.putIfAbsent(n, m.resolved());
        if (prior != null && prior != m.resolved() && !prior.groupKey.equals(m.resolved().groupKey)) {
            names.put(n, null);  // two entities answer to it: it names neither
        }
    }

    /** The words of a name as the tokenizer splits them ("Al-Zawra" → Al - Zawra). */
    private static String[] words(String name) {
        return name.replace("-", " - ").replace("’", "'").replaceAll("\\s+", " ").strip().split(" ");
    }

    private static boolean matches(DocTokens doc, int t, String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (!doc.word(t + i).replace("’", "'").equals(words[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean coveredAny(Mentions mentions, int b, int e) {
        for (int t = b; t < e; t++) {
            if (mentions.covered(t)) {
                return true;
            }
        }
        return false;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
