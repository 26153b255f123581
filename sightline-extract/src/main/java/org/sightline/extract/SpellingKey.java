package org.sightline.extract;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A word's consonant skeleton, for matching the many romanisations of one Arabic or Persian name:
 * "Kata'ib", "Kataib", "Kait'ib" and "Kataeb" are all {@code ktb}; "Hizballah" and "Hezbollah"
 * {@code hzblh}; "Sayyid" and "Sayid" {@code syd}. Vowels carry little in romanised Arabic (the
 * script writes short vowels not at all), while consonants and their order are kept by every
 * system; apostrophes (hamza, ayn), diacritics and doubled letters vary freely.
 */
final class SpellingKey {
    private SpellingKey() {
    }

    /** The skeleton: a leading vowel as "V" (so "Usama" and "Osama" agree), then the consonants, doubles merged. */
    static String of(String word) {
        String s = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            boolean vowel = "aeiou".indexOf(c) >= 0;
            if (out.length() == 0 && vowel) {
                out.append('V');
                last = 'V';
                continue;
            }
            if (vowel || c == last) {
                continue;
            }
            out.append(c);
            last = c;
        }
        return out.toString();
    }

    /** The skeleton of a last word without a plural "s" ("Forces" and "Force" agree). */
    static String singular(String word) {
        String k = of(word);
        return k.length() > 3 && k.endsWith("s") ? k.substring(0, k.length() - 1) : k;
    }
}
