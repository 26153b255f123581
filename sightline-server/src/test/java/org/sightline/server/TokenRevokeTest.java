package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.server.access.AuditEntry;
import org.sightline.server.access.Role;
import org.sightline.server.access.TokenInfo;
import org.sightline.server.access.User;

/**
 * Revoking a token that is not one's own revokes nothing and the audit log says so; a revoked
 * token's id is never handed out again, so the audit log's "token N" names one token only.
 */
class TokenRevokeTest {
    @TempDir
    Path dir;

    @Test
    void revokingSomeoneElsesTokenIsAuditedAsNothingRevokedAndTheTokenStillWorks() {
        try (TestServer t = new TestServer(dir, false)) {
            User vera = t.user("vera", Role.VIEWER);
            t.user("ana", Role.ANALYST);
            TestServer.Client veraPage = t.client().as("vera");
            String token = Jsoup.parse(veraPage.post("/account/tokens", Map.of("label", "notebook"), true).body()).selectFirst("#new-token").text();
            long id = t.accounts.tokens(vera.id()).get(0).id();

            TestServer.Client ana = t.client().as("ana");
            assertThat(ana.post("/account/tokens/" + id + "/delete", Map.of(), true).statusCode()).isEqualTo(404);
            assertThat(ana.post("/account/tokens/99999/delete", Map.of(), true).statusCode()).isEqualTo(404);

            TestServer.Client api = t.client();
            api.bearer = token;
            assertThat(api.get("/api/stats").statusCode()).isEqualTo(200);
            assertThat(t.accounts.tokens(vera.id())).hasSize(1);
            AuditEntry others = revoke(t, "ana", "token " + id);
            assertThat(others.outcome()).isEqualTo("DENIED");
            assertThat(others.detail()).contains("another user's").contains("nothing revoked");
            AuditEntry missing = revoke(t, "ana", "token 99999");
            assertThat(missing.outcome()).isEqualTo("FAILED");
            assertThat(missing.detail()).contains("no such token").contains("nothing revoked");

            assertThat(veraPage.post("/account/tokens/" + id + "/delete", Map.of(), true).statusCode()).isEqualTo(302);
            assertThat(revoke(t, "vera", "token " + id).outcome()).isEqualTo("OK");
            assertThat(api.get("/api/stats").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aRevokedTokensIdIsNeverGivenToANewToken() {
        try (TestServer t = new TestServer(dir, false)) {
            assertNoIdReused(t, "vera");
        }
    }

    /** The newest token revoked, then a new one made: a store handing out max(id) + 1 gives the old id again. */
    static void assertNoIdReused(TestServer t, String name) {
        User vera = t.user(name, Role.VIEWER);
        TestServer.Client c = t.client().as(name);
        c.post("/account/tokens", Map.of("label", "first"), true);
        c.post("/account/tokens", Map.of("label", "second"), true);
        long newest = t.accounts.tokens(vera.id()).stream().mapToLong(TokenInfo::id).max().orElseThrow();
        assertThat(c.post("/account/tokens/" + newest + "/delete", Map.of(), true).statusCode()).isEqualTo(302);
        c.post("/account/tokens", Map.of("label", "third"), true);
        assertThat(t.accounts.tokens(vera.id())).extracting(TokenInfo::label).containsExactly("first", "third");
        assertThat(t.accounts.tokens(vera.id()).get(1).id()).isGreaterThan(newest);
    }

    private static AuditEntry revoke(TestServer t, String actor, String target) {
        return t.accounts.audit(100).stream().filter(a -> a.action().equals("TOKEN_REVOKE") && a.actor().equals(actor)
                && target.equals(a.target())).findFirst().orElseThrow(() -> new AssertionError("no TOKEN_REVOKE of " + target + " by " + actor));
    }
}
