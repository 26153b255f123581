package org.sightline.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The sign-in form's CSRF token, without a server session: a signed double-submit cookie. Before
 * this, every anonymous GET /login made a Jetty session to hold the token, so anyone could fill
 * the server's memory with sessions by asking for the page.
 *
 * <p>The cookie holds a random nonce and its HMAC under a key made at start-up; the form repeats
 * the nonce. A POST is accepted when the cookie's signature is ours and the form's nonce is the
 * cookie's. A cross-site form cannot read the cookie to repeat it (and SameSite=Lax keeps the
 * browser from sending it along), and a cookie made up elsewhere fails the signature. Over https
 * the cookie is named {@code __Host-…}, which browsers accept only from this host, Secure, on
 * path /: a sibling subdomain cannot plant one. A restart makes a new key: an open sign-in form
 * then answers "reload the page", as after a session expired.
 */
final class LoginCsrf {
    static final String COOKIE = "sightline_login";
    static final String HOST_COOKIE = "__Host-sightline_login";
    private final SecretKeySpec key;

    LoginCsrf() {
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        key = new SecretKeySpec(k, "HmacSHA256");
    }

    /** The nonce the form must repeat: the request's own if its cookie is valid, else a new one, set as the cookie. */
    String token(Context ctx) {
        String nonce = validNonce(ctx);
        if (nonce == null) {
            nonce = Passwords.randomToken(16);
            boolean secure = ctx.req().isSecure();
            ctx.res().addHeader("Set-Cookie", (secure ? HOST_COOKIE : COOKIE) + "=" + nonce + "." + sign(nonce)
                    + "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
        }
        return nonce;
    }

    /** Whether {@code given} (form field or header) is the nonce of a cookie we signed. */
    boolean valid(Context ctx, String given) {
        return Passwords.sameSecret(validNonce(ctx), given);
    }

    private String validNonce(Context ctx) {
        String cookie = ctx.req().isSecure() ? ctx.cookie(HOST_COOKIE) : ctx.cookie(COOKIE);
        if (cookie == null) {
            return null;
        }
        int dot = cookie.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String nonce = cookie.substring(0, dot);
        return Passwords.sameSecret(sign(nonce), cookie.substring(dot + 1)) ? nonce : null;
    }

    private String sign(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(("login-csrf:" + nonce).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
