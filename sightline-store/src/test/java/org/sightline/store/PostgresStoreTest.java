package org.sightline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;
import org.sightline.core.NameKey;

/** The store contract against PostgreSQL, one fresh schema per test; skipped without a server (see PostgresTestDatabase). */
class PostgresStoreTest extends StoreContract {
    @RegisterExtension
    static final PostgresTestDatabase DB = new PostgresTestDatabase();

    @Override
    protected Store openStore(Path dir, NameKey nameKey) {
        return DB.open(dir, nameKey);
    }

    /** Two processes saving the same document at the same moment: one stores it, the other finds it stored. */
    @Test
    void twoConnectionsSavingTheSameDocumentAtOnceStoreItOnce() throws Exception {
        Extraction x = Articles.badrInfiltration();
        List<SaveResult> results = concurrently(8, store -> store.save(x));

        assertThat(results).filteredOn(SaveResult::stored).hasSize(1);
        assertThat(store.stats().documents()).isEqualTo(1);
        assertThat(store.claims(ClaimQuery.ALL)).hasSize(2);
        assertThat(store.entities(null)).hasSize(5);
    }

    /** Different documents naming the same new entity at the same moment: still one entity. */
    @Test
    void twoConnectionsSavingDocumentsThatNameTheSameNewEntityMakeOneEntity() throws Exception {
        List<Extraction> docs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            docs.add(new ExtractionBuilder("Kata'ib Hezbollah fired rockets, report " + i + " said.", null)
                    .entity("e1", "Kata'ib Hezbollah", EntityType.ARMED_GROUP).mention("e1", "Kata'ib Hezbollah").build());
        }
        int[] next = {0};
        List<SaveResult> results = concurrently(8, store -> {
            Extraction x;
            synchronized (next) {
                x = docs.get(next[0]++);
            }
            return store.save(x);
        });

        assertThat(results).allMatch(SaveResult::stored);
        assertThat(store.stats().documents()).isEqualTo(8);
        assertThat(store.entities(EntityType.ARMED_GROUP)).singleElement()
                .satisfies(e -> assertThat(e.mentions()).isEqualTo(8));
    }

    @Test
    void storesAttributesAsJsonb() throws Exception {
        store.save(Articles.qudsFunding());
        try (Connection c = PostgresStore.connect(PostgresLocation.parse(DB.url(dir)));
             Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT attributes ->> 'amount', pg_typeof(attributes)::text FROM claims WHERE type = 'FUNDS'")) {
            row.next();
            assertThat(row.getString(1)).isEqualTo("20000000");
            assertThat(row.getString(2)).isEqualTo("jsonb");
        }
    }

    @Test
    void anUnreachableServerIsAClearErrorWithoutThePassword() {
        assertThatThrownBy(() -> PostgresStore.open("postgresql://analyst:s3cret@127.0.0.1:1/sightline"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("postgresql://analyst@127.0.0.1:1/sightline")
                .hasMessageContaining("refused")
                .hasMessageNotContaining("s3cret");
        assertThatThrownBy(() -> PostgresStore.open(PostgresTestDatabase.URL.replaceFirst("/[^/?]+(\\?|$)", "/no_such_db$1")
                        + (PostgresTestDatabase.URL.contains("?") ? "&" : "?") + "user=" + PostgresTestDatabase.USER
                        + "&password=" + PostgresTestDatabase.PASSWORD))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no_such_db")
                .hasMessageNotContaining("password=" + PostgresTestDatabase.PASSWORD);
    }

    /** Runs {@code work} on {@code n} stores of their own (as n processes would), released together. */
    private <T> List<T> concurrently(int n, StoreWork<T> work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(n);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit((Callable<T>) () -> {
                    try (Store own = openStore(dir)) {
                        start.await();
                        return work.apply(own);
                    }
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface StoreWork<T> {
        T apply(Store store) throws Exception;
    }
}
