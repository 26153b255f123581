package org.sightline.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where a PostgreSQL store is: {@code postgresql://user:password@host:port/database?options} (the
 * libpq form; {@code postgres://} too) or {@code jdbc:postgresql://host:port/database?user=…&password=…}.
 * Without a password in the URL, {@code $PGPASSWORD} is used. {@link #toString()} never shows the
 * password, so the location can go into messages and logs.
 *
 * @param jdbcUrl  the JDBC URL without user and password (options such as {@code currentSchema} kept)
 * @param user     null to let the driver decide
 * @param password null for none
 */
public record PostgresLocation(String jdbcUrl, String user, String password) {

    /** Whether {@code db} names a PostgreSQL database rather than a SQLite file. */
    public static boolean matches(String db) {
        String s = db.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("postgresql://") || s.startsWith("postgres://") || s.startsWith("jdbc:postgresql:");
    }

    /** @throws IllegalArgumentException naming the (redacted) URL and what is wrong with it */
    public static PostgresLocation parse(String db) {
        String s = db.strip();
        if (!matches(s)) {
            throw new IllegalArgumentException(redact(s) + " is not a PostgreSQL URL (postgresql://user:password@host:port/database)");
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            // The driver reads user and password from the query itself.
            return new PostgresLocation(s, null, passwordQueryIn(s) ? null : System.getenv("PGPASSWORD"));
        }
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(redact(s) + " is not a valid URL: " + e.getReason(), e);
        }
        String host = uri.getHost();
        String path = uri.getRawPath();
        if (host == null || path == null || path.length() < 2) {
            throw new IllegalArgumentException(redact(s) + " names no host or no database (postgresql://user:password@host:port/database)");
        }
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            password = colon < 0 ? null : decode(info.substring(colon + 1));
        }
        if (password == null) {
            password = System.getenv("PGPASSWORD");
        }
        String jdbc = "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host)
                + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new PostgresLocation(jdbc, user, password);
    }

    /** The URL as given, with any password replaced by {@code ***}. */
    public static String redact(String db) {
        return db.replaceAll("(?<=://)([^:/@]*):[^@/]*@", "$1:***@")
                .replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    private static boolean passwordQueryIn(String url) {
        return url.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** {@code postgresql://user@host:port/database?options}, never the password. */
    @Override
    public String toString() {
        String rest = redact(jdbcUrl.substring("jdbc:".length()));
        return user == null ? rest : rest.replaceFirst("://", "://" + user + "@");
    }
}
