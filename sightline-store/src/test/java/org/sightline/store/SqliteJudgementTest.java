package org.sightline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class SqliteJudgementTest extends JudgementContract {

    @Override
    protected Store openStore(Path dir) {
        return SqliteStore.open(dir.resolve("sightline.db"));
    }

    @Test
    void aStoreWrittenBySchemaV1KeepsItsClaimsAndCanBeJudged() throws Exception {
        Path file = dir.resolve("v1.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("INSERT INTO documents (id, seq, text, ingested_at) VALUES ('sha256:a', 1, 'Badr leads. KH too.', '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO entities (id, name, type) VALUES (1, 'Badr', 'ARMED_GROUP'), (2, 'KH', 'ARMED_GROUP'), (3, 'AP', 'ORGANIZATION')");
            s.execute("INSERT INTO entity_aliases VALUES (1, 'Badr', 'badr'), (2, 'KH', 'kh'), (3, 'AP', 'ap')");
            s.execute("INSERT INTO mentions VALUES ('sha256:a', 1, 0, 4, 'Badr')");
            s.execute("INSERT INTO claims (id, document_id, type, subject_id, object_id, stance, confidence, evidence_start,"
                    + " evidence_end, quote, sentence_start, sentence_end) VALUES (1, 'sha256:a', 'ASSOCIATED_WITH', 1, 2,"
                    + " 'ASSERTED', 0.5, 0, 10, 'Badr leads', 0, 11)");
            s.execute("INSERT INTO claim_attribution VALUES (1, 0, 3)");
        }
        try (Store old = SqliteStore.open(file)) {
            assertThat(old.claims(ClaimQuery.ALL)).hasSize(1);
            assertThat(old.rebuildEntities().docEntitiesMoved()).isZero();
            old.merge(1, 2, "analyst", "test");
            StoredClaim claim = old.claims(ClaimQuery.ALL).get(0);
            assertThat(claim.subject().id()).isEqualTo(1);
            assertThat(claim.object().id()).isEqualTo(1);
            assertThat(claim.attributedTo()).extracting(EntityRef::name).containsExactly("AP");
        }
    }
}
