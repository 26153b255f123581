package org.sightline.resolve.names;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Letter-level folding of Latin tokens (letters.yaml): the phonetic key under which transliteration
 * variants coincide, the consonant skeleton used against Arabic script, and the letter classes
 * that the edit distance prices.
 */
final class LetterFolding {
    record Rule(String name, Pattern from, String to) {
    }

    private static final int CACHE_LIMIT = 200_000;

    private final List<Rule> rules = new ArrayList<>();
    private final Map<String, String> cache = new ConcurrentHashMap<>();
    private final boolean[] vowel = new boolean[128];
    private final boolean[] weak = new boolean[128];
    private final boolean[] skeletonDrop = new boolean[128];
    private final boolean[][] similar = new boolean[128][128];
    final double vowelSubstitution;
    final double vowelIndel;
    final double weakIndel;
    final double similarSubstitution;
    final double transposition;
    final double other;

    LetterFolding(RuleFile file) {
        for (JsonNode r : file.node("rules")) {
            rules.add(new Rule(r.path("name").asText(), Pattern.compile(r.path("from").asText()),
                    r.path("to").asText()));
        }
        mark(vowel, file.node("vowels").asText());
        mark(weak, file.node("weakLetters").asText());
        mark(skeletonDrop, file.node("skeletonDrops").asText());
        for (String pair : file.strings("similar")) {
            char a = pair.charAt(0);
            char b = pair.charAt(1);
            similar[a][b] = true;
            similar[b][a] = true;
        }
        vowelSubstitution = file.number("costs", "vowelSubstitution");
        vowelIndel = file.number("costs", "vowelIndel");
        weakIndel = file.number("costs", "weakIndel");
        similarSubstitution = file.number("costs", "similarSubstitution");
        transposition = file.number("costs", "transposition");
        other = file.number("costs", "other");
    }

    private static void mark(boolean[] set, String letters) {
        for (char c : letters.toCharArray()) {
            set[c] = true;
        }
    }

    /** The phonetic key: every rule applied in order. Non-ASCII tokens (scripts without a table) pass unchanged. */
    String phonetic(String token) {
        if (!isAscii(token)) {
            return token;
        }
        // names repeat words (Muhammad, Ali, Trading): the regex chain runs once per distinct word
        String cached = cache.get(token);
        if (cached != null) {
            return cached;
        }
        String key = fold(token);
        if (cache.size() < CACHE_LIMIT) {
            cache.put(token, key);
        }
        return key;
    }

    private String fold(String token) {
        String s = token;
        for (Rule r : rules) {
            s = r.from().matcher(s).replaceAll(r.to());
        }
        return s.isEmpty() ? token : s;
    }

    /** Names of the rules that change this token: what made two spellings agree. */
    List<String> rulesApplied(String token) {
        List<String> names = new ArrayList<>();
        String s = token;
        for (Rule r : rules) {
            String t = r.from().matcher(s).replaceAll(r.to());
            if (!t.equals(s)) {
                names.add(r.name());
            }
            s = t;
        }
        return names;
    }

    /** Consonant skeleton of a phonetic key (vowels and the long-vowel letters w, y dropped, doubles merged). */
    String skeleton(String phonetic) {
        StringBuilder b = new StringBuilder(phonetic.length());
        for (int i = 0; i < phonetic.length(); i++) {
            char c = phonetic.charAt(i);
            if (c < 128 && skeletonDrop[c]) {
                continue;
            }
            if (b.length() > 0 && b.charAt(b.length() - 1) == c) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    boolean isVowel(char c) {
        return c < 128 && vowel[c];
    }

    double substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        if (a < 128 && b < 128) {
            if (vowel[a] && vowel[b]) {
                return vowelSubstitution;
            }
            if (similar[a][b]) {
                return similarSubstitution;
            }
        }
        return other;
    }

    double indel(char c) {
        if (c < 128) {
            if (vowel[c]) {
                return vowelIndel;
            }
            if (weak[c]) {
                return weakIndel;
            }
        }
        return other;
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
