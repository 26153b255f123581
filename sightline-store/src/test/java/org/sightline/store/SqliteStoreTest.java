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
    protected Store openStore(Path dir, org.sightline.core.NameKey nameKey) {
        return SqliteStore.open(dir.resolve("sightline.db"), nameKey);
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
}
