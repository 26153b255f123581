package org.sightline.resolve.names;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The word variant table (variants.yaml): families of spellings, looked up by phonetic key. */
final class WordVariants {
    static final int NONE = -1;

    private final Map<String, Integer> familyByKey = new HashMap<>();
    private final List<String> familyNames = new ArrayList<>();

    WordVariants(RuleFile file, LetterFolding letters, TextCleaner cleaner) {
        Iterator<Map.Entry<String, JsonNode>> it = file.node("families").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> family = it.next();
            int id = familyNames.size();
            familyNames.add(family.getKey());
            for (String spelling : RuleFile.strings(family.getValue())) {
                String key = letters.phonetic(cleaner.fold(spelling).replace(" ", ""));
                Integer before = familyByKey.putIfAbsent(key, id);
                if (before != null && before != id) {
                    throw new IllegalStateException("variants.yaml: '" + spelling + "' (key " + key + ") is in both "
                            + familyNames.get(before) + " and " + family.getKey());
                }
            }
        }
    }

    int family(String phoneticKey) {
        Integer id = familyByKey.get(phoneticKey);
        return id == null ? NONE : id;
    }

    String familyName(int id) {
        return familyNames.get(id);
    }
}
