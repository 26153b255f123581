package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.Role;

/** After sign-in the login page sends the browser only to a path of this site, never elsewhere. */
class LoginRedirectTest {
    @TempDir
    Path dir;

    @Test
    void aNextThatABrowserCouldReadAsAnotherSiteSendsHome() {
        try (TestServer t = new TestServer(dir, false)) {
            t.user("vera", Role.VIEWER);
            List<String> foreign = List.of("/\t/evil.example/", "/\n/evil.example/", "/ /evil.example/", "//evil.example/",
                    "/\\evil.example/", "https://evil.example/", "/\u0000/evil.example", "/x\r\nSet-Cookie: a=b", "evil.example",
                    "/\u00a0/evil.example", "");
            for (String next : foreign) {
                TestServer.Client c = t.client();
                c.get("/login");
                HttpResponse<String> r = c.post("/login", Map.of("name", "vera", "password", "vera-password", "next", next), true);
                assertThat(r.statusCode()).as(next).isEqualTo(302);
                assertThat(r.headers().firstValue("Location")).as(next).contains("/");
            }
            TestServer.Client c = t.client();
            c.get("/login");
            HttpResponse<String> local = c.post("/login", Map.of("name", "vera", "password", "vera-password",
                    "next", "/entities/3?tab=graph"), true);
            assertThat(local.headers().firstValue("Location")).contains("/entities/3?tab=graph");
        }
    }

    @Test
    void theLoginPageKeepsOnlyALocalNextInItsForm() {
        try (TestServer t = new TestServer(dir, false)) {
            String html = t.client().get("/login?next=%2F%09%2Fevil.example%2F").body();
            assertThat(Jsoup.parse(html).selectFirst("input[name=next]").attr("value")).isEqualTo("/");
            String kept = t.client().get("/login?next=%2Fsearch%3Fq%3DBadr").body();
            assertThat(Jsoup.parse(kept).selectFirst("input[name=next]").attr("value")).isEqualTo("/search?q=Badr");
        }
    }
}
