package org.sightline.server;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Password hashes (bcrypt, cost 12) and random secrets. API tokens are long random strings, so a
 * plain SHA-256 of them is what is stored and looked up (a slow hash would only slow every API call).
 */
public final class Passwords {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COST = 12;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_BYTES = 72;
    /** A hash of a secret nobody knows; made when the class loads, so no sign-in pays for making it. */
    private static final String DUMMY_HASH = hash(randomToken(16));

    private Passwords() {
    }

    public static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    public static boolean verify(String password, String hash) {
        if (password == null || hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }

    /**
     * Checks a password against a user's hash, or against a dummy hash of the same cost when there
     * is no user ({@code hash} null), so an unknown name costs as much time as a wrong password.
     */
    public static boolean verifyInConstantTime(String password, String hash) {
        boolean ok = verify(password == null ? "" : password, hash == null ? DUMMY_HASH : hash);
        return ok && hash != null;
    }

    /** Null when acceptable, else why it is refused (see {@link PasswordRules}). */
    public static String problem(String password) {
        return PasswordRules.problem(password);
    }

    /** {@link #problem(String)}, and a password holding its user's name (the first thing a guesser tries) is refused too. */
    public static String problem(String password, String userName) {
        String problem = problem(password);
        if (problem == null && userName != null && userName.length() >= 3 && password.toLowerCase(java.util.Locale.ROOT)
                .contains(userName.toLowerCase(java.util.Locale.ROOT))) {
            return "the password contains the user name; choose one that does not";
        }
        return problem;
    }

    public static String randomToken(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    public static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares secrets in time independent of where they differ. */
    public static boolean sameSecret(String a, String b) {
        return a != null && b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
