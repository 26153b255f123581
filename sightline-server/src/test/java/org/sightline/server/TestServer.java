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
    static final String ADMIN_PASSWORD = "first-start-secret-for-tests";

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
        this(db, options(db, extraction), null);
    }

    /** Believing the forwarding headers of {@code trustedProxies} (as {@code --trusted-proxy}). */
    TestServer(Path dir, java.util.List<String> trustedProxies) {
        this(dir.resolve("sightline.db").toString(), false, trustedProxies);
    }

    private TestServer(String db, boolean extraction, java.util.List<String> trustedProxies) {
        this(db, options(db, extraction).withTrustedProxies(trustedProxies), null);
    }

    /** With these options, and the extractor {@code extractor} (null: as the options say). */
    TestServer(String db, ServerOptions options, java.util.concurrent.CompletableFuture<org.sightline.extract.Extractor> extractor) {
        store = StoreLocator.open(db, new TransliterationKey(NameMatcher.bundled()));
        accounts = JdbcAccountStore.open(db);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server = extractor == null ? SightlineServer.start(store, accounts, options, new PrintStream(out, true))
                : SightlineServer.start(store, accounts, options, new PrintStream(out, true), extractor);
        console = out.toString(StandardCharsets.UTF_8);
        base = "http://127.0.0.1:" + server.port();
    }

    static ServerOptions options(String db, boolean extraction) {
        return new ServerOptions(StoreLocator.describe(db), "127.0.0.1", 0, ADMIN_PASSWORD, 2L * 1024 * 1024, extraction);
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

    /**
     * The cast most tests need: "Red Room" holding the secret report with analyst rita its member,
     * the public report in Shared, analyst ana outside, and a viewer.
     */
    Collection redRoomCast(String viewer) {
        Collection red = holdInRed("Red Room", Fixtures.secretReport(), Fixtures.publicReport());
        User rita = user("rita", Role.ANALYST);
        accounts.addMember(red.id(), rita.id());
        user("ana", Role.ANALYST);
        user(viewer, Role.VIEWER);
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

        /** Uploads a file through the API as the multipart form the upload page sends. */
        HttpResponse<String> upload(String name, byte[] content, long collection) {
            String boundary = "----sightline" + System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"collection\"\r\n\r\n" + collection + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                    + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return multipart("/api/documents", boundary, body.toByteArray());
        }

        HttpResponse<String> multipart(String path, String boundary, byte[] body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (csrf != null) {
                b.header("X-CSRF-Token", csrf);
            }
            if (bearer != null) {
                b.header("Authorization", "Bearer " + bearer);
            }
            return send(b.build());
        }

        /** Polls an upload's status (the Location an upload answered) until it is read; its last answer. */
        com.fasterxml.jackson.databind.JsonNode awaitUpload(HttpResponse<String> accepted) {
            return awaitUpload(accepted.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location: " + accepted.body())));
        }

        com.fasterxml.jackson.databind.JsonNode awaitUpload(String location) {
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
            try {
                while (true) {
                    com.fasterxml.jackson.databind.JsonNode status = new com.fasterxml.jackson.databind.ObjectMapper().readTree(get(location).body());
                    String state = status.path("state").asText();
                    if (state.equals("DONE") || state.equals("FAILED") || state.equals("CANCELLED") || System.nanoTime() > until) {
                        return status;
                    }
                    Thread.sleep(100);
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
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
