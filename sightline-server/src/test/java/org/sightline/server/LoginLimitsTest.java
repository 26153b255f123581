package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;

/**
 * Anonymous sign-in costs the server little: no session before sign-in (the form's CSRF token is a
 * signed cookie), and a POST /login body over a few KB is refused (413) on its declared length
 * before it is read, or as soon as a body without one goes past the cap.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginLimitsTest {
    @TempDir
    static Path dir;
    TestServer t;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        t.user("vera", Role.VIEWER);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void theSignInPageAndAFailedSignInMakeNoSessionAndASignInDoes() {
        TestServer.Client c = t.client();
        HttpResponse<String> page = c.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("sightline_session="))
                .anySatisfy(v -> assertThat(v).startsWith("sightline_login=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(c.get("/").headers().allValues("Set-Cookie")).as("a page that sends to the login").isEmpty();

        HttpResponse<String> failed = c.post("/login", Map.of("name", "vera", "password", "wrong-password"), true);
        assertThat(failed.statusCode()).isEqualTo(401);
        assertThat(failed.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("sightline_session="));

        HttpResponse<String> in = c.post("/login", Map.of("name", "vera", "password", "vera-password", "next", "/"), true);
        assertThat(in.statusCode()).isEqualTo(302);
        assertThat(in.headers().allValues("Set-Cookie")).anyMatch(v -> v.startsWith("sightline_session="));
        assertThat(c.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInFormNeedsTheTokenOfItsOwnSignedCookie() {
        TestServer.Client a = t.client();
        a.get("/login");
        TestServer.Client b = t.client();
        b.get("/login");
        String tokenOfA = a.csrf;
        b.csrf = tokenOfA;
        assertThat(b.post("/login", Map.of("name", "vera", "password", "vera-password"), true).statusCode())
                .as("another browser's token").isEqualTo(403);

        HttpResponse<String> forged = a.send(HttpRequest.newBuilder(URI.create(t.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "sightline_login=abcd.ef01")
                .POST(HttpRequest.BodyPublishers.ofString("name=vera&password=vera-password&_csrf=abcd")).build());
        assertThat(forged.statusCode()).as("a cookie we did not sign").isEqualTo(403);
        assertThat(a.post("/login", Map.of("name", "vera", "password", "vera-password"), true).statusCode()).isEqualTo(302);
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedBeforeTheBodyIsRead() throws Exception {
        URI base = URI.create(t.base);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            // One MB announced (under the upload limit), a few bytes sent: an answer now means nothing more was awaited.
            out.write(("POST /login HTTP/1.1\r\nHost: " + base.getHost() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 1048576\r\nConnection: close\r\n\r\nname=vera&password=").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                head.write(b);
            }
            assertThat(head.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 413");
        }
    }

    @Test
    void aBodyWithoutLengthIsRefusedWhenItGoesPastTheCap() {
        TestServer.Client c = t.client();
        c.get("/login");
        byte[] big = ("name=vera&_csrf=" + c.csrf + "&password=" + "x".repeat(64 * 1024)).getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(t.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("at most 4 KB");
        assertThat(t.accounts.audit(100)).noneMatch(a -> a.action().equals("LOGIN") && a.detail() != null && a.detail().contains("x".repeat(100)));
    }

    @Test
    void aFormThatDoesNotDecodeIs400() {
        TestServer.Client c = t.client();
        c.get("/login");
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(t.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=%zz&password=x&_csrf=" + c.csrf)).build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(List.of(200, 302)).doesNotContain(r.statusCode());
    }
}
