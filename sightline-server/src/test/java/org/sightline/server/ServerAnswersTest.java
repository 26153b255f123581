package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.EntityType.GOVERNMENT_BODY;
import static org.sightline.core.EntityType.SECURITY_UNIT;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.ClaimType;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Stance;
import org.sightline.server.access.Role;
import org.sightline.store.ExtractionBuilder;

/** What the server's answers say of documents ingested with the CLI: counts, and no server paths. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerAnswersTest {
    @TempDir
    static Path dir;
    TestServer t;

    @BeforeAll
    void start() {
        t = new TestServer(dir, false);
        // Two documents ingested by the CLI, filed nowhere (so in Shared), one from a server folder.
        t.store.save(Fixtures.publicReport());
        t.store.save(new ExtractionBuilder("The Federal Police are part of the Ministry of Interior, the monitor wrote.",
                new DocumentMetadata("Police note", "Monitor", null, "2022-01-01", "/srv/sightline/inbox/police-note.md", "text/markdown"))
                .entity("e1", "Federal Police", SECURITY_UNIT)
                .entity("e2", "Ministry of Interior", GOVERNMENT_BODY)
                .entity("e3", "Monitor", org.sightline.core.EntityType.ORGANIZATION)
                .mention("e1", "Federal Police").mention("e2", "Ministry of Interior")
                .claim("c1", ClaimType.PART_OF, "e1", "e2", Stance.ASSERTED, "The Federal Police are part of the Ministry of Interior",
                        java.util.List.of("e3"), null, 0.9, Map.of())
                .build());
        t.server.visibility().changed();
        t.user("vera", Role.VIEWER);
    }

    @AfterAll
    void stop() {
        t.close();
    }

    @Test
    void theAdminPageCountsTheUnfiledDocumentsInShared() {
        TestServer.Client admin = t.client();
        assertThat(admin.login("admin", TestServer.ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        String page = admin.get("/admin").body();
        Matcher row = Pattern.compile("<tr><td>Shared</td>.*?</form></td>\\s*<td>(\\d+)</td>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).as(page).isTrue();
        assertThat(row.group(1)).isEqualTo("2");
    }

    @Test
    void noAnswerShowsServerFilePaths() {
        TestServer.Client vera = t.client().as("vera");
        for (String path : java.util.List.of("/api/search?q=police", "/api/documents", "/api/claims/1", "/search?q=police")) {
            assertThat(vera.get(path).body()).as(path).doesNotContain("/srv/sightline").doesNotContain("inbox");
        }
    }

    @Test
    void anUnknownPathAnswersTheAppsOwnPageAndTheFaviconExists() {
        TestServer.Client vera = t.client().as("vera");
        var page = vera.get("/no/such/page");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("<h1>Not found</h1>").contains("/static/sightline.css").doesNotContain("Endpoint GET");
        var api = vera.get("/api/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).startsWith("{").contains("\"status\":404");
        var icon = t.client().get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(301);
        assertThat(icon.headers().firstValue("Location")).hasValue("/static/favicon.svg");
        assertThat(t.client().get("/static/favicon.svg").statusCode()).isEqualTo(200);
    }
}
