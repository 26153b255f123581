package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.EntityType;

/**
 * The known entities of {@code rules/entities.yaml}, matched on whole tokens. Multi-token aliases
 * match case-insensitively; one-token aliases ("US", "Badr", "Iranian") only as written, so the
 * pronoun "us" is not the United States.
 */
final class Gazetteer {
    /**
     * @param country kb id of the state the entity belongs to, or null
     * @param parent  kb id of the body it is part of, or null
     */
    record Entry(String name, EntityType type, String kbId, List<String> aliases, String country, String parent) {
        String groupKey() {
            return kbId != null ? "kb:" + kbId : "gz:" + name;
        }
    }

    record Hit(int begin, int end, Entry entry, boolean demonym) {
    }

    private record Alias(String[] keys, boolean caseSensitive, Entry entry, boolean demonym) {
    }

    private final Map<String, List<Alias>> byFirstToken = new HashMap<>();
    /** Multi-word aliases by their first word's skeleton, for spellings the gazetteer does not list. */
    private final Map<String, List<Alias>> byFirstSkeleton = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final java.util.Set<String> demonyms = new java.util.LinkedHashSet<>();
    private final Map<String, Entry> byDemonym = new HashMap<>();

    Gazetteer(JsonNode file, NlpPipeline nlp) {
        for (JsonNode e : file.path("entities")) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            Entry entry = new Entry(e.path("name").asText(), EntityType.valueOf(e.path("type").asText()),
                    e.hasNonNull("kb") ? e.path("kb").asText() : null, aliases,
                    e.hasNonNull("country") ? e.path("country").asText() : null,
                    e.hasNonNull("parent") ? e.path("parent").asText() : null);
            entries.add(entry);
            byName.put(org.sightline.core.Names.key(entry.name()), entry);
            addAlias(entry.name(), entry, false, nlp);
            for (String a : aliases) {
                addAlias(a, entry, false, nlp);
                byName.putIfAbsent(org.sightline.core.Names.key(a), entry);
            }
            e.path("demonyms").forEach(d -> {
                addAlias(d.asText(), entry, true, nlp);
                demonyms.add(d.asText());
                byDemonym.put(d.asText(), entry);
            });
        }
    }

    private void addAlias(String alias, Entry entry, boolean demonym, NlpPipeline nlp) {
        List<CoreLabel> toks = nlp.tokenize(alias);
        String[] keys = toks.stream().map(t -> DocTokens.key(t.word())).toArray(String[]::new);
        if (keys.length == 0) {
            return;
        }
        boolean caseSensitive = keys.length == 1;
        String[] exact = caseSensitive ? new String[] {toks.get(0).word()} : keys;
        Alias a = new Alias(exact, caseSensitive, entry, demonym);
        byFirstToken.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(a);
        if (!demonym && words(keys) >= 2 && Character.isUpperCase(toks.get(0).word().charAt(0))) {
            byFirstSkeleton.computeIfAbsent(SpellingKey.of(keys[0]), k -> new ArrayList<>()).add(a);
        }
    }

    private static int words(String[] keys) {
        int n = 0;
        for (String k : keys) {
            n += Character.isLetter(k.charAt(0)) ? 1 : 0;
        }
        return n;
    }

    /** The entity a demonym or one-word name stands for ("Iranian", "Iran"), as written, or null. */
    Entry ofWord(String word) {
        Entry e = byDemonym.get(word);
        return e != null ? e : byName.get(org.sightline.core.Names.key(word));
    }

    /** The entry of a kb id, if the gazetteer has one. */
    Entry byKb(String kbId) {
        for (Entry e : entries) {
            if (kbId.equals(e.kbId())) {
                return e;
            }
        }
        return null;
    }

    /** The top of an entry's parents: Treasury for OFAC, Treasury itself for Treasury. */
    Entry top(Entry entry) {
        Entry at = entry;
        for (int i = 0; i < 5 && at.parent() != null && byKb(at.parent()) != null; i++) {
            at = byKb(at.parent());
        }
        return at;
    }

    /** Every demonym ("Iranian", "American"), as written. */
    java.util.Set<String> demonyms() {
        return java.util.Collections.unmodifiableSet(demonyms);
    }

    /** The entry whose name or alias has this name key, if any (used for the document's outlet). */
    Entry lookup(String name) {
        return byName.get(org.sightline.core.Names.key(name));
    }

    /**
     * Every alias occurrence, the longest alias of each entity at each position. A match inside a
     * longer match is dropped, unless it is of another entity and modifies the rest of the name
     * with a hyphen: then it is a nested mention ("Iran" inside "Iran-backed militias"), while
     * "Hizballah" inside "Kata'ib Hizballah" is no mention of Hizballah.
     */
    List<Hit> find(List<CoreLabel> tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Alias> cands = byFirstToken.getOrDefault(DocTokens.key(tokens.get(i).word()), List.of());
            Map<Entry, Hit> best = new LinkedHashMap<>();
            for (Alias a : cands) {
                Hit prior = best.get(a.entry);
                if (matches(a, tokens, i) && (prior == null || a.keys.length > prior.end() - prior.begin())) {
                    best.put(a.entry, new Hit(i, i + a.keys.length, a.entry, a.demonym));
                }
            }
            if (best.isEmpty() && Character.isUpperCase(tokens.get(i).word().charAt(0))) {
                for (Alias a : byFirstSkeleton.getOrDefault(SpellingKey.of(tokens.get(i).word()), List.of())) {
                    Hit prior = best.get(a.entry);
                    if (spelledAlike(a, tokens, i) && (prior == null || a.keys.length > prior.end() - prior.begin())) {
                        best.put(a.entry, new Hit(i, i + a.keys.length, a.entry, a.demonym));
                    }
                }
            }
            hits.addAll(best.values());
        }
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean dropped = hits.stream().anyMatch(o -> o != h && o.begin <= h.begin && h.end <= o.end
                    && (o.end - o.begin) > (h.end - h.begin) && (o.entry == h.entry || !hyphenModifier(tokens, h, o)));
            if (!dropped && !insideHyphenatedName(tokens, h) && !ownedByAnotherState(tokens, h)) {
                kept.add(h);
            }
        }
        return kept;
    }

    /**
     * "Iran's Ministry of Defense", "the Syrian army": an alias of a state's body (one that does not
     * name the state) right after another state's possessive or demonym names that state's body.
     */
    private boolean ownedByAnotherState(List<CoreLabel> tokens, Hit h) {
        if (h.entry().country() == null || h.begin == 0) {
            return false;
        }
        int t = h.begin - 1;
        String w = DocTokens.key(tokens.get(t).word());
        if ((w.equals("'s") || w.equals("'")) && t > 0) {
            t--;
        }
        List<Alias> cands = byFirstToken.get(DocTokens.key(tokens.get(t).word()));
        if (cands == null) {
            return false;
        }
        for (Alias a : cands) {
            if (a.keys.length == 1 && a.entry.type() == EntityType.STATE && a.entry.kbId() != null
                    && matches(a, tokens, t) && !a.entry.kbId().equals(h.entry().country())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Badr" in "Muhammad Badr-Al-Din" or "Al-Badr": the alias is glued by a hyphen to a capitalised
     * word, so it is part of another name ("Iran-backed" stays: what follows is lower case).
     */
    private static boolean insideHyphenatedName(List<CoreLabel> tokens, Hit h) {
        // States and demonyms do compound with capitals: "Iraq-Syria border", "US-Iraqi talks".
        if (h.demonym() || h.entry().type() == EntityType.STATE) {
            return false;
        }
        return gluedCapital(tokens, h.end - 1, h.end, h.end + 1) || gluedCapital(tokens, h.begin, h.begin - 1, h.begin - 2);
    }

    private static boolean gluedCapital(List<CoreLabel> tokens, int edge, int dash, int word) {
        if (dash < 0 || word < 0 || word >= tokens.size() || !tokens.get(dash).word().equals("-")) {
            return false;
        }
        CoreLabel e = tokens.get(edge);
        CoreLabel d = tokens.get(dash);
        CoreLabel w = tokens.get(word);
        boolean glued = dash > edge
                ? e.endPosition() == d.beginPosition() && d.endPosition() == w.beginPosition()
                : w.endPosition() == d.beginPosition() && d.endPosition() == e.beginPosition();
        return glued && Character.isUpperCase(w.word().charAt(0));
    }

    /** "Iran" in "Iran-backed militias": the inner match is followed, inside the outer, by "-" and a lower-case word. */
    private static boolean hyphenModifier(List<CoreLabel> tokens, Hit inner, Hit outer) {
        int dash = inner.end;
        return dash + 1 < outer.end && tokens.get(dash).word().equals("-")
                && Character.isLowerCase(tokens.get(dash + 1).word().charAt(0));
    }

    /**
     * Another romanisation of a multi-word alias ("Kait'ib Hezbollah" for "Kata'ib Hizballah",
     * "Popular Mobilization Force" for "...Forces"): word for word the same skeleton, punctuation the
     * same, every word capitalised as a name is, and enough consonants that the likeness means something.
     */
    private static boolean spelledAlike(Alias a, List<CoreLabel> tokens, int at) {
        if (at + a.keys.length > tokens.size()) {
            return false;
        }
        int consonants = 0;
        for (int k = 0; k < a.keys.length; k++) {
            String w = tokens.get(at + k).word();
            String key = a.keys[k];
            if (!Character.isLetter(key.charAt(0))) {
                if (!DocTokens.key(w).equals(key)) {
                    return false;
                }
                continue;
            }
            boolean last = k == a.keys.length - 1;
            String sw = last ? SpellingKey.singular(w) : SpellingKey.of(w);
            String sa = last ? SpellingKey.singular(key) : SpellingKey.of(key);
            if (!sw.equals(sa) || w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (key.length() > 3 && Character.isUpperCase(w.charAt(0)) != Character.isUpperCase(firstLetterCase(a, k))) {
                return false;
            }
            consonants += sw.replace("V", "").length();
        }
        return consonants >= 5;
    }

    /** Whether word k of the alias is written capitalised: every word of a name but its particles. */
    private static char firstLetterCase(Alias a, int k) {
        String key = a.keys[k];
        return java.util.Set.of("al", "el", "ad", "an", "as", "ash", "at", "bin", "ibn", "of", "the", "and", "for", "in", "ahl")
                .contains(key) ? key.charAt(0) : Character.toUpperCase(key.charAt(0));
    }

    private static boolean matches(Alias a, List<CoreLabel> tokens, int at) {
        if (at + a.keys.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < a.keys.length; k++) {
            String w = tokens.get(at + k).word();
            if (a.caseSensitive ? !w.equals(a.keys[k]) : !DocTokens.key(w).equals(a.keys[k])) {
                return false;
            }
        }
        return true;
    }
}
