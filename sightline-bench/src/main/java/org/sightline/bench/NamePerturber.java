package org.sightline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Realistic distortions of a listed name, as a screening query would carry them: case, accents,
 * transliteration swaps, "LAST, First" turned around, a dropped al-, one typo. Deterministic for a
 * given Random. Also makes names that are not on any list.
 */
final class NamePerturber {
    private static final String[][] SWAPS = {
            {"u", "o"}, {"o", "u"}, {"i", "e"}, {"e", "i"}, {"ou", "u"}, {"u", "ou"}, {"ee", "i"}, {"i", "ee"},
            {"q", "k"}, {"k", "q"}, {"j", "dj"}, {"kh", "h"}, {"ai", "ay"}, {"ay", "ai"}, {"th", "t"}, {"dh", "d"},
            {"ss", "s"}, {"mm", "m"}, {"ah", "a"}, {"y", "i"}, {"ph", "f"}, {"'", ""}};
    private static final String ACCENTS = "aeiou";
    private static final String ACCENTED = "áéíóú";
    private static final String[] SYLLABLES = {"ka", "ri", "mo", "ze", "lu", "ta", "no", "vi", "sha", "ben", "dor",
            "mak", "ril", "ton", "gra", "fel", "wen", "pax", "qui", "jor", "sol", "vek", "ush", "zar", "lim"};

    private final Random random;

    NamePerturber(Random random) {
        this.random = random;
    }

    /** One to three distortions, each drawn at random. */
    String perturb(String name) {
        String s = name;
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            s = switch (random.nextInt(7)) {
                case 0 -> recase(s);
                case 1 -> accents(s);
                case 2, 3 -> swap(s);
                case 4 -> reorder(s);
                case 5 -> dropArticle(s);
                default -> typo(s);
            };
        }
        return s.isBlank() ? name : s;
    }

    /** A two- or three-part name built from syllables: almost surely on no list. */
    String unlisted() {
        int parts = 2 + random.nextInt(2);
        List<String> words = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            StringBuilder w = new StringBuilder();
            int syl = 2 + random.nextInt(2);
            for (int k = 0; k < syl; k++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            w.setCharAt(0, Character.toUpperCase(w.charAt(0)));
            words.add(w.toString());
        }
        return String.join(" ", words);
    }

    private String recase(String s) {
        return switch (random.nextInt(3)) {
            case 0 -> s.toUpperCase(Locale.ROOT);
            case 1 -> s.toLowerCase(Locale.ROOT);
            default -> title(s);
        };
    }

    private static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return b.toString();
    }

    private String accents(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            int k = ACCENTS.indexOf(Character.toLowerCase(c[i]));
            if (k >= 0 && random.nextInt(3) == 0) {
                c[i] = ACCENTED.charAt(k);
            }
        }
        return new String(c);
    }

    private String swap(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (int tries = 0; tries < 6; tries++) {
            String[] sw = SWAPS[random.nextInt(SWAPS.length)];
            int at = lower.indexOf(sw[0], random.nextInt(Math.max(1, lower.length())));
            if (at < 0) {
                at = lower.indexOf(sw[0]);
            }
            if (at >= 0) {
                return s.substring(0, at) + sw[1] + s.substring(at + sw[0].length());
            }
        }
        return s;
    }

    private String reorder(String s) {
        int comma = s.indexOf(", ");
        if (comma > 0) {
            return s.substring(comma + 2) + " " + s.substring(0, comma);
        }
        int space = s.lastIndexOf(' ');
        if (space > 0) {
            return s.substring(space + 1) + ", " + s.substring(0, space);
        }
        return s;
    }

    private String dropArticle(String s) {
        String out = s.replaceFirst("(?i)\\b(al|el)[- ]", "");
        return out.equals(s) ? swap(s) : out;
    }

    private String typo(String s) {
        List<Integer> letters = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters.add(i);
            }
        }
        if (letters.size() < 6) {
            return s;
        }
        int at = letters.get(1 + random.nextInt(letters.size() - 2));
        char c = (char) ('a' + random.nextInt(26));
        if (Character.isUpperCase(s.charAt(at))) {
            c = Character.toUpperCase(c);
        }
        return switch (random.nextInt(4)) {
            case 0 -> s.substring(0, at) + c + s.substring(at + 1);
            case 1 -> s.substring(0, at) + c + s.substring(at);
            case 2 -> s.substring(0, at) + s.substring(at + 1);
            default -> at + 1 < s.length() && Character.isLetter(s.charAt(at + 1))
                    ? s.substring(0, at) + s.charAt(at + 1) + s.charAt(at) + s.substring(at + 2) : s;
        };
    }
}
