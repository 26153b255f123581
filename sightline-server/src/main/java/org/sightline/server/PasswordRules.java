package org.sightline.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which passwords are refused, and why, in words the user can act on. Length alone let
 * "aaaaaaaaaa" and "password123" through: guessers try those first. Refused: under 10
 * characters; over bcrypt's 72 bytes; fewer than 5 different characters; a run of repeated,
 * consecutive or neighbouring keys (aaaa, 1234, qwerty); a short pattern repeated (abcabc); one of
 * the common passwords of {@code /passwords/common.txt}, also with digits or symbols before or
 * after it and the usual letter-for-digit swaps.
 */
final class PasswordRules {
    static final int MIN_LENGTH = 10;
    static final int MIN_DISTINCT = 5;
    /** Keyboard rows (QWERTY, QWERTZ, AZERTY) and the digit row: walking along one is no secret. */
    private static final String[] ROWS = {"`1234567890-=", "qwertyuiop[]", "asdfghjkl;'", "zxcvbnm,./", "qwertzuiop", "yxcvbnm",
        "azertyuiop", "qsdfghjklm", "wxcvbn"};
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** Null when the password is acceptable, else why it is not. */
    static String problem(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "a password needs at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > Passwords.MAX_BYTES) {
            return "a password may have at most " + Passwords.MAX_BYTES + " bytes";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        long distinct = lower.codePoints().distinct().count();
        if (distinct < MIN_DISTINCT) {
            return "this password uses only " + distinct + " different character(s); use at least " + MIN_DISTINCT;
        }
        if (isRun(lower) || onOneKeyboardRow(lower)) {
            return "this password is a run of repeated, consecutive or neighbouring keys (like aaaa, 1234 or qwerty), which guessers try first";
        }
        if (repeatsPattern(lower)) {
            return "this password repeats a short pattern (like abcabc), which guessers try first";
        }
        if (common(lower)) {
            return "this is one of the most common passwords (or one with digits or symbols added), which guessers try first";
        }
        return null;
    }

    /** Most steps from one character to the next go nowhere or one up or down: aaaa, abcd, 9876, 1122. */
    private static boolean isRun(String s) {
        int[] c = s.codePoints().toArray();
        int near = 0;
        for (int i = 1; i < c.length; i++) {
            near += Math.abs(c[i] - c[i - 1]) <= 1 ? 1 : 0;
        }
        return near >= 0.8 * (c.length - 1);
    }

    private static boolean onOneKeyboardRow(String s) {
        for (String row : ROWS) {
            String twice = row + row;
            if (twice.contains(s) || new StringBuilder(twice).reverse().toString().contains(s)) {
                return true;
            }
        }
        return false;
    }

    /** The whole password is one piece said again: abcabcabca, passpasspass. */
    private static boolean repeatsPattern(String s) {
        for (int period = 1; period <= s.length() / 2; period++) {
            boolean repeats = true;
            for (int i = period; i < s.length() && repeats; i++) {
                repeats = s.charAt(i) == s.charAt(i - period);
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    /** As typed, without what was put before and after the word (digits, symbols), and with p@ssw0rd read as password. */
    private static boolean common(String s) {
        String core = s.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        for (String candidate : new String[] {s, core, unswap(s), unswap(core), unswap(s).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "")}) {
            if (!candidate.isEmpty() && COMMON.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    private static String unswap(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            b.append(switch (ch) {
                case '0' -> 'o';
                case '1', '!' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> ch;
            });
        }
        return b.toString();
    }

    private static Set<String> load() {
        try (InputStream in = PasswordRules.class.getResourceAsStream("/passwords/common.txt")) {
            if (in == null) {
                throw new IllegalStateException("/passwords/common.txt is missing from the server's jar");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
