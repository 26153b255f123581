package org.sightline.server;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sightline.resolve.names.NameMatcher;
import org.sightline.resolve.names.TransliterationKey;
import org.sightline.core.Extraction;
import org.sightline.server.access.AccountStore;
import org.sightline.server.access.Collection;
import org.sightline.server.access.Tlp;
import org.sightline.server.access.Role;
import org.sightline.server.access.JdbcAccountStore;
import org.sightline.server.access.User;
import org.sightline.store.StoreLocator;
import org.sightline.store.Store;

/** A server on a fresh store in a temporary directory, on a random port; one per test class. */
final class TestServer implements AutoCloseable {
    static final String ADMIN_PASSWORD = "admin-password-for-tests";

    final Store store;
    final AccountStore accounts;
    final SightlineServer server;
    final String base;
    final String console;

    TestServer(Path dir, boolean extraction) {
        this(dir.resolve("sightline.db").toString(), extraction);
    }

    /** On the store {@code db} names: a SQLite path or a PostgreSQL URL, as for {@code --db}. */
    TestServer(String db, boolean extraction) {
        this(db, extraction, java.util.List.of());
    }

    /** Believing the forwarding headers of {@code trustedProxies} (as {@code --trusted-proxy}). */
    TestServer(Path dir, java.util.List<String> trustedProxies) {
        this(dir.resolve("sightline.db").toString(), false, trustedProxies);
    }

    private TestServer(String db, boolean extraction, java.util.List<String> trustedProxies) {
        store = StoreLocator.open(db, new TransliterationKey(NameMatcher.bundled()));
        accounts = JdbcAccountStore.open(db);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server = SightlineServer.start(store, accounts,
                new ServerOptions(StoreLocator.describe(db), "127.0.0.1", 0, ADMIN_PASSWORD, 2L * 1024 * 1024, extraction, trustedProxies),
                new PrintStream(out, true));
        console = out.toString(StandardCharsets.UTF_8);
        base = "http://127.0.0.1:" + server.port();
    }

    /**
     * A new RED collection holding {@code secret}, and {@code open} in Shared. The secret is filed
     * before it is stored, as an upload does, and saved first so that the entities both documents
     * name are first seen under its names (the harder case for the access gate).
     */
    Collection holdInRed(String collection, Extraction secret, Extraction open) {
        Collection red = accounts.createCollection(collection, Tlp.RED);
        accounts.file(red.id(), secret.document().id(), "test");
        store.save(secret);
        store.save(open);
        server.visibility().changed();
        return red;
    }

    User user(String name, Role role) {
        return accounts.createUser(name, Passwords.hash(name + "-password"), role);
    }

    Client client() {
        return new Client(base);
    }

    @Override
    public void close() {
        server.close();
        accounts.close();
        store.close();
    }

    /** An HTTP client with its own cookies (one browser session). */
    static final class Client {
        private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([0-9a-f]+)\"");
        final String base;
        final HttpClient http;
        String csrf;
        String bearer;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        }

        HttpResponse<String> get(String path) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            return send(b.build());
        }

        HttpResponse<String> post(String path, Map<String, String> form, boolean withCsrf) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(form);
            if (withCsrf && csrf != null) {
                fields.put("_csrf", csrf);
            }
            String body = fields.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            return send(b.build());
        }

        HttpResponse<String> send(HttpRequest request) {
            try {
                HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                Matcher m = CSRF.matcher(r.body());
                if (m.find()) {
                    csrf = m.group(1);
                }
                return r;
            } catch (Exception e) {
                throw new IllegalStateException(request.uri() + ": " + e, e);
            }
        }

        /** Signs in through the login form; the answer is the POST's (a redirect when it worked). */
        HttpResponse<String> login(String name, String password) {
            get("/login");
            HttpResponse<String> r = post("/login", Map.of("name", name, "password", password, "next", "/"), true);
            get("/");
            return r;
        }

        Client as(String name) {
            HttpResponse<String> r = login(name, name + "-password");
            if (r.statusCode() != 302) {
                throw new IllegalStateException("login of " + name + " failed: " + r.statusCode());
            }
            return this;
        }

        static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
