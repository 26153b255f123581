package org.sightline.server.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite store made before token expiry and AUTOINCREMENT (server migrations up to V20) keeps
 * its users and tokens when opened now: the tokens keep their ids, get 90 days, and a revoked
 * newest token's id is not handed out again.
 */
class AccountUpgradeTest {
    @TempDir
    Path dir;

    @Test
    void tokensOfAnOlderStoreKeepTheirIdsGetAnExpiryAndIdsAreNotReusedAfterTheUpgrade() throws Exception {
        String db = dir.resolve("old.db").toString();
        String url = "jdbc:sqlite:" + db;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/server/common")
                .placeholders(Map.of("id", "INTEGER", "ref", "INTEGER")).table("flyway_server_history").target("20").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            st.execute("INSERT INTO server_users (id, name, password_hash, role, created_at) VALUES (1, 'vera', 'x', 'VIEWER', '2026-01-01T00:00:00Z')");
            st.execute("INSERT INTO server_tokens (id, user_id, token_hash, label, created_at) VALUES (4, 1, 'h4', 'four', '2026-01-01T00:00:00Z')");
            st.execute("INSERT INTO server_tokens (id, user_id, token_hash, label, created_at) VALUES (7, 1, 'h7', 'seven', '2026-01-01T00:00:00Z')");
        }
        try (JdbcAccountStore accounts = JdbcAccountStore.open(db)) {
            assertThat(accounts.tokens(1)).extracting(TokenInfo::id).containsExactly(4L, 7L);
            Instant in90 = Instant.now().plus(Duration.ofDays(90));
            assertThat(accounts.tokens(1)).allSatisfy(t -> {
                assertThat(Duration.between(Instant.parse(t.expiresAt()), in90).abs()).isLessThan(Duration.ofMinutes(5));
                assertThat(t.expired(Instant.now())).isFalse();
            });
            assertThat(accounts.tokenByHash("h7")).hasValueSatisfying(g -> assertThat(g.user().name()).isEqualTo("vera"));
            assertThat(accounts.sessionEpoch(1)).isZero();
            assertThat(accounts.deleteToken(1, 7)).isTrue();
            TokenInfo next = accounts.addToken(1, "h8", "next", Instant.now().plus(Duration.ofDays(1)));
            assertThat(next.id()).isGreaterThan(7);
        }
    }
}
