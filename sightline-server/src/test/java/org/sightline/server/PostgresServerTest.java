package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sightline.core.Extraction;
import org.sightline.server.access.Collection;
import org.sightline.server.access.JdbcAccountStore;
import org.sightline.server.access.Role;
import org.sightline.server.access.User;
import org.sightline.store.PostgresTestDatabase;

/**
 * The server on a PostgreSQL store (`serve --db postgresql://…`): accounts, collections and the
 * audit log live in the same database, and a RED collection stays closed to non-members.
 * Skipped without PostgreSQL, required in CI (see PostgresTestDatabase).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresServerTest {
    private static final PostgresTestDatabase DB = new PostgresTestDatabase();
    private String url;
    private TestServer t;
    private Extraction secret;

    @BeforeAll
    void start() {
        url = DB.freshSchemaUrl();
        t = new TestServer(url, false);
        secret = Fixtures.secretReport();
        Collection red = t.holdInRed("Cell-9", secret, Fixtures.publicReport());
        User member = t.user("mira", Role.ANALYST);
        t.accounts.addMember(red.id(), member.id());
        t.user("vera", Role.VIEWER);
    }

    @AfterAll
    void stop() {
        if (t != null) {
            t.close();
        }
        DB.dropSchemas();
    }

    @Test
    void aViewerOutsideTheRedCollectionFindsNoTraceOfItsDocumentAndAMemberDoes() throws Exception {
        TestServer.Client vera = t.client().as("vera");
        Map<String, String> pathsAndTheirQuery = Map.of("/api/documents", "", "/api/stats", "", "/api/entities", "", "/", "",
                "/api/search?q=Nightjar", "Nightjar", "/api/entities?q=Zorblax", "Zorblax",
                "/search?q=Zorblax", "Zorblax", "/search?q=Nightjar", "Nightjar");
        pathsAndTheirQuery.forEach((path, query) -> {
            // A search page may repeat its query; nothing else of the secret document may show.
            String body = vera.get(path).body();
            String rest = query.isEmpty() ? body : body.replace(query, "");
            assertThat(rest).as(path).doesNotContain(secret.document().id());
            Fixtures.SECRETS.forEach(s -> assertThat(rest).as(path).doesNotContain(s));
        });
        assertThat(vera.get("/api/documents/" + secret.document().id()).statusCode()).isEqualTo(404);

        TestServer.Client mira = t.client().as("mira");
        assertThat(mira.get("/api/documents").body()).contains(secret.document().id());
        assertThat(mira.get("/api/documents/" + secret.document().id()).statusCode()).isEqualTo(200);
    }

    @Test
    void accountsAndTheAuditLogAreKeptInThePostgresDatabase() {
        t.client().as("vera");
        try (JdbcAccountStore again = JdbcAccountStore.open(url)) {
            assertThat(again.userByName("vera")).isPresent();
            assertThat(again.collections()).extracting(Collection::name).contains("Cell-9", "Shared");
            assertThat(again.audit(50)).anySatisfy(a -> {
                assertThat(a.actor()).isEqualTo("vera");
                assertThat(a.action()).isEqualTo("LOGIN");
            });
        }
    }

    @Test
    void aRevokedTokensIdIsNeverGivenToANewTokenOnPostgres() {
        TokenRevokeTest.assertNoIdReused(t, "tess");
    }

    @Test
    void anUploadIsQueuedAndReadOnPostgresToo() throws Exception {
        TestServer.Client mira = t.client().as("mira");
        Extraction open = Fixtures.publicReport();
        var r = mira.upload("again.txt", open.document().text().getBytes(java.nio.charset.StandardCharsets.UTF_8), t.accounts.shared().id());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        var done = mira.awaitUpload(r);
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("claims").asInt()).isEqualTo(open.claims().size());
        assertThat(mira.get("/api/uploads").body()).contains("again.txt");
    }
}
