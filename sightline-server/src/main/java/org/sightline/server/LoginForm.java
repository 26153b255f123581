package org.sightline.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The sign-in form as posted by anyone, signed in or not, read with a cap. Read as other forms
 * are, an anonymous POST /login body was taken in whole up to the upload limit (22 MB took the
 * server's time and memory before it was refused). A sign-in needs a name, a password of at most
 * 72 bytes, a local path and a token: a few hundred bytes. A declared length over the cap is
 * refused before a byte is read; a body without one (chunked) is read up to the cap and refused
 * when it goes on.
 */
record LoginForm(String name, String password, String next, String csrf) {
    static final int MAX_BYTES = 4 * 1024;

    static LoginForm read(Context ctx) {
        if (ctx.contentLength() > MAX_BYTES) {
            throw tooBig();
        }
        String type = ctx.contentType();
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "the sign-in form is sent as application/x-www-form-urlencoded");
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new HttpError(400, "the sign-in form could not be read");
        }
        if (body.length > MAX_BYTES) {
            throw tooBig();
        }
        Map<String, String> fields = new HashMap<>();
        try {
            for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
                int eq = pair.indexOf('=');
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                fields.putIfAbsent(k, v);
            }
        } catch (IllegalArgumentException e) {
            throw new HttpError(400, "the sign-in form could not be read: " + e.getMessage());
        }
        return new LoginForm(fields.getOrDefault("name", "").strip(), fields.get("password"), fields.get("next"), fields.get("_csrf"));
    }

    private static HttpError tooBig() {
        return new HttpError(413, "a sign-in form is at most " + MAX_BYTES / 1024 + " KB");
    }
}
