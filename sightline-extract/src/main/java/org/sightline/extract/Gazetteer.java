package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.EntityType;

/**
 * The known entities of {@code rules/entities.yaml}, matched on whole tokens. Multi-token aliases
 * match case-insensitively; one-token aliases ("US", "Badr", "Iranian") only as written, so the
 * pronoun "us" is not the United States.
 */
final class Gazetteer {
    record Entry(String name, EntityType type, String kbId, List<String> aliases) {
        String groupKey() {
            return kbId != null ? "kb:" + kbId : "gz:" + name;
        }
    }

    record Hit(int begin, int end, Entry entry, boolean demonym) {
    }

    private record Alias(String[] keys, boolean caseSensitive, Entry entry, boolean demonym) {
    }

    private final Map<String, List<Alias>> byFirstToken = new HashMap<>();
    private final Map<String, Entry> byName = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    Gazetteer(JsonNode file, NlpPipeline nlp) {
        for (JsonNode e : file.path("entities")) {
            List<String> aliases = new ArrayList<>();
            e.path("aliases").forEach(a -> aliases.add(a.asText()));
            Entry entry = new Entry(e.path("name").asText(), EntityType.valueOf(e.path("type").asText()),
                    e.hasNonNull("kb") ? e.path("kb").asText() : null, aliases);
            entries.add(entry);
            byName.put(org.sightline.core.Names.key(entry.name()), entry);
            addAlias(entry.name(), entry, false, nlp);
            for (String a : aliases) {
                addAlias(a, entry, false, nlp);
                byName.putIfAbsent(org.sightline.core.Names.key(a), entry);
            }
            e.path("demonyms").forEach(d -> addAlias(d.asText(), entry, true, nlp));
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
        byFirstToken.computeIfAbsent(keys[0], k -> new ArrayList<>()).add(new Alias(exact, caseSensitive, entry, demonym));
    }

    /** The entry whose name or alias has this name key, if any (used for the document's outlet). */
    Entry lookup(String name) {
        return byName.get(org.sightline.core.Names.key(name));
    }

    /**
     * Every alias occurrence, longest first at each position; a match inside a longer match of
     * the same entity is dropped, one of another entity is kept (it is a nested mention:
     * "Iran" inside "Iran-backed militias").
     */
    List<Hit> find(List<CoreLabel> tokens) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Alias> cands = byFirstToken.get(DocTokens.key(tokens.get(i).word()));
            if (cands == null) {
                continue;
            }
            Hit best = null;
            for (Alias a : cands) {
                if (matches(a, tokens, i) && (best == null || a.keys.length > best.end() - best.begin())) {
                    best = new Hit(i, i + a.keys.length, a.entry, a.demonym);
                }
            }
            if (best != null) {
                hits.add(best);
            }
        }
        List<Hit> kept = new ArrayList<>();
        for (Hit h : hits) {
            boolean insideSame = hits.stream().anyMatch(o -> o != h && o.entry == h.entry
                    && o.begin <= h.begin && h.end <= o.end && (o.end - o.begin) > (h.end - h.begin));
            if (!insideSame) {
                kept.add(h);
            }
        }
        return kept;
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
