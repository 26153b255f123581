package org.sightline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostgresLocationTest {
    @Test
    void readsTheLibpqFormIntoAJdbcUrlUserAndPassword() {
        PostgresLocation l = PostgresLocation.parse("postgresql://analyst:p%40ss@db.example.org:5433/sightline?sslmode=require");

        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.org:5433/sightline?sslmode=require");
        assertThat(l.user()).isEqualTo("analyst");
        assertThat(l.password()).isEqualTo("p@ss");
        assertThat(l).hasToString("postgresql://analyst@db.example.org:5433/sightline?sslmode=require");
        assertThat(PostgresLocation.parse("postgres://localhost/s").jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/s");
    }

    @Test
    void keepsJdbcUrlsAsTheyAreAndNeverShowsAPassword() {
        String url = "jdbc:postgresql://localhost:5432/s?user=a&password=secret&currentSchema=x";

        assertThat(PostgresLocation.parse(url).jdbcUrl()).isEqualTo(url);
        assertThat(PostgresLocation.parse(url).toString()).doesNotContain("secret").contains("password=***", "currentSchema=x");
        assertThat(PostgresLocation.redact("postgresql://a:secret@h/d")).isEqualTo("postgresql://a:***@h/d");
    }

    @Test
    void pathsAreNotPostgresAndBadUrlsSayWhatIsMissing() {
        assertThat(PostgresLocation.matches("sightline.db")).isFalse();
        assertThat(PostgresLocation.matches("/data/postgresql/sightline.db")).isFalse();
        assertThat(StoreLocator.isPostgres("POSTGRESQL://h/d")).isTrue();
        assertThatThrownBy(() -> PostgresLocation.parse("postgresql://a:secret@host"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no host or no database").hasMessageNotContaining("secret");
    }
}
