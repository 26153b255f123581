package org.sightline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class SqliteStoreTest extends StoreContract {

    @Override
    protected Store openStore(Path dir) {
        return SqliteStore.open(dir.resolve("sightline.db"));
    }

    @Test
    void createsMissingParentDirectoriesAndUsesWal() throws Exception {
        Path file = dir.resolve("nested/deeper/store.db");
        try (Store nested = SqliteStore.open(file)) {
            nested.save(Articles.badrTown());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet mode = s.executeQuery("PRAGMA journal_mode")) {
            mode.next();
            assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void storesAttributesAsAJsonObject() throws Exception {
        store.save(Articles.qudsFunding());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sightline.db"));
             Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT attributes FROM claims WHERE type = 'FUNDS'")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("{\"amount\":\"20000000\",\"currency\":\"USD\",\"period\":\"year\"}");
        }
    }

    @Test
    void openingWithAnotherNameKeyReclustersTheEntitiesOnce() {
        store.save(new ExtractionBuilder("Kataib Hezbollah fired. Kata'ib Hizballah denied it, AP said.",
                new org.sightline.core.DocumentMetadata("t", "AP", null, null, null, "text/plain"))
                .entity("e1", "Kataib Hezbollah", org.sightline.core.EntityType.ARMED_GROUP)
                .entity("e2", "Kata'ib Hizballah", org.sightline.core.EntityType.ARMED_GROUP)
                .entity("e3", "AP", org.sightline.core.EntityType.ORGANIZATION)
                .claim("c1", org.sightline.core.ClaimType.ASSOCIATED_WITH, "e1", "e2", org.sightline.core.Stance.ASSERTED,
                        "Kataib Hezbollah fired", java.util.List.of("e3"), null, 0.5, java.util.Map.of())
                .build());
        assertThat(store.entities(org.sightline.core.EntityType.ARMED_GROUP)).hasSize(2);
        store.close();
        // A key that ignores vowels and apostrophes: a stand-in for sightline-resolve's transliteration key.
        org.sightline.core.NameKey consonants = new org.sightline.core.NameKey() {
            @Override
            public String key(String name) {
                return org.sightline.core.Names.key(name).replaceAll("[aeiou']", "");
            }

            @Override
            public String id() {
                return "consonants-test";
            }
        };
        store = SqliteStore.open(dir.resolve("sightline.db"), consonants);
        assertThat(store.entities(org.sightline.core.EntityType.ARMED_GROUP)).hasSize(1);
        assertThat(store.findEntities("Ktb Hzbllh")).hasSize(1);
        StoredClaim loop = store.claims(ClaimQuery.ALL).get(0);
        assertThat(loop.subject().id()).isEqualTo(loop.object().id());
        store.close();
        store = SqliteStore.open(dir.resolve("sightline.db"));
        assertThat(store.entities(org.sightline.core.EntityType.ARMED_GROUP)).hasSize(2);
        assertThat(store.claims(ClaimQuery.ALL)).hasSize(1);
    }
}
