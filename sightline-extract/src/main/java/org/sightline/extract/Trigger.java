package org.sightline.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Set;

/**
 * A rule's {@code trigger: "w1|w2"}: the rule can only match a sentence that holds one of these
 * words (lower case, ’ as '), so the sentence's word set is tested before TokensRegex runs.
 * No trigger: the rule runs on every sentence.
 */
record Trigger(Set<String> words) {
    static final Trigger ALWAYS = new Trigger(Set.of());

    static Trigger of(JsonNode rule) {
        String t = rule.path("trigger").asText("");
        return t.isBlank() ? ALWAYS : new Trigger(Set.of(t.split("\\|")));
    }

    boolean fires(DocTokens doc, int sentence) {
        return words.isEmpty() || !Collections.disjoint(words, doc.words(sentence));
    }
}
