package org.sightline.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.sightline.analysis.exposure.AdversaryRule;
import org.sightline.analysis.exposure.BreadthFirstExposure;
import org.sightline.analysis.exposure.ExposureQuery;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.store.ExposedTie;
import org.sightline.store.PostgresLocation;
import org.sightline.store.PostgresStore;

/**
 * The exposure question two ways on the same {@link SyntheticClaimGraph}: in memory
 * ({@link BreadthFirstExposure} over the {@link ClaimGraph}) and in PostgreSQL (the recursive CTE
 * of {@link PostgresStore#exposure}) over the same claims loaded with {@code COPY} into a Sightline
 * schema. Prints the load time, p50/p95/p99 latency of both for the same sampled funders and the
 * hub funder, their ratio, and checks on a sample that both find the same exposed units.
 *
 * <p>The load writes what the CTE reads: documents (no text), entities and claims with their type,
 * ends, stance, time and amount (no evidence text, mentions or document entities). A store that
 * already holds the same number of claims is reused, not loaded again.
 *
 * <pre>
 * java -Xmx3g -cp "sightline-bench/target/sightline-bench-0.1.0-SNAPSHOT.jar:$(cat sightline-bench/target/jmh.classpath)" \
 *     org.sightline.bench.PostgresExposureBench ENTITIES CLAIMS 'postgresql://user:pw@localhost/db?currentSchema=bench'
 * </pre>
 */
public final class PostgresExposureBench {
    private static final int COPY_CHUNK = 1 << 20;

    private PostgresExposureBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PostgresExposureBench ENTITIES CLAIMS POSTGRES_URL [SAMPLES]");
            System.exit(2);
        }
        int entities = Integer.parseInt(args[0]);
        long claims = Long.parseLong(args[1]);
        PostgresLocation location = PostgresLocation.parse(args[2]);
        int samples = args.length > 3 ? Integer.parseInt(args[3]) : 500;

        ExposureBench.Built built = ExposureBench.Built.of(entities, claims, 42, System.out);
        ClaimGraph g = built.graph;
        SyntheticClaimGraph generator = built.generator;
        load(g, location);

        int[] funders = ExposureBench.funders(g);
        int hub = g.node(generator.funderHubEntity());
        AdversaryRule rule = generator.adversaryRule();
        BreadthFirstExposure inMemory = new BreadthFirstExposure();
        List<Long> sponsors = generator.sponsorEntities();
        List<Long> authorities = generator.authorityEntities();

        try (PostgresStore store = PostgresStore.open(location, org.sightline.core.NameKey.exact())) {
            // Warm up both (JIT; PostgreSQL's buffers and plan), then the same funders for both.
            SplittableRandom warm = new SplittableRandom(3);
            for (int i = 0; i < 2_000; i++) {
                inMemory.exposure(g, ExposureQuery.of(rule, funders[warm.nextInt(funders.length)]));
            }
            for (int i = 0; i < 100; i++) {
                store.exposure(List.of(g.entityId(funders[warm.nextInt(funders.length)])), sponsors, authorities, Integer.MAX_VALUE);
            }
            int[] drawn = new SplittableRandom(7).ints(samples, 0, funders.length).map(i -> funders[i]).toArray();
            long[] memoryNanos = new long[samples];
            long[] sqlNanos = new long[samples];
            int mismatches = 0;
            for (int i = 0; i < samples; i++) {
                long t0 = System.nanoTime();
                ExposureResult r = inMemory.exposure(g, ExposureQuery.of(rule, drawn[i]));
                long t1 = System.nanoTime();
                List<ExposedTie> ties = store.exposure(List.of(g.entityId(drawn[i])), sponsors, authorities, Integer.MAX_VALUE);
                long t2 = System.nanoTime();
                memoryNanos[i] = t1 - t0;
                sqlNanos[i] = t2 - t1;
                if (!units(g, r).equals(units(ties))) {
                    mismatches++;
                }
            }
            long[] hubMemory = new long[10];
            long[] hubSql = new long[3];
            Set<String> hubUnits = null;
            for (int i = 0; i < hubMemory.length; i++) {
                long t0 = System.nanoTime();
                ExposureResult r = inMemory.exposure(g, ExposureQuery.of(rule, hub));
                hubMemory[i] = System.nanoTime() - t0;
                hubUnits = units(g, r);
            }
            Set<String> hubSqlUnits = null;
            for (int i = 0; i < hubSql.length; i++) {
                long t0 = System.nanoTime();
                hubSqlUnits = units(store.exposure(List.of(g.entityId(hub)), sponsors, authorities, Integer.MAX_VALUE));
                hubSql[i] = System.nanoTime() - t0;
            }
            System.out.printf(Locale.ROOT, "[PostgresExposureBench] %,d sampled funders: in memory %s; PostgreSQL CTE %s;"
                    + " ratio at p50 %.0fx, p95 %.0fx; answers differing in exposed units: %d%n", samples,
                    percentiles(memoryNanos), percentiles(sqlNanos), ratio(sqlNanos, memoryNanos, 50),
                    ratio(sqlNanos, memoryNanos, 95), mismatches);
            System.out.printf(Locale.ROOT, "[PostgresExposureBench] hub funder (%,d exposed recipient-unit pairs): in memory %s;"
                    + " PostgreSQL CTE %s; ratio at p50 %.0fx; same units: %s%n", hubUnits.size(),
                    percentiles(hubMemory), percentiles(hubSql), ratio(hubSql, hubMemory, 50), hubUnits.equals(hubSqlUnits));
        }
    }

    /** (recipient, unit, depth) of every exposed unit, by entity id. */
    private static Set<String> units(ClaimGraph g, ExposureResult r) {
        Set<String> units = new TreeSet<>();
        for (ExposureResult.Recipient rec : r.recipients()) {
            for (ExposureResult.Unit u : rec.units()) {
                units.add(g.entityId(rec.node()) + " " + g.entityId(u.node()) + " " + u.chain().size());
            }
        }
        return units;
    }

    private static Set<String> units(List<ExposedTie> ties) {
        Set<String> units = new TreeSet<>();
        for (ExposedTie t : ties) {
            units.add(t.recipient() + " " + t.unit() + " " + t.depth());
        }
        return units;
    }

    private static String percentiles(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return String.format(Locale.ROOT, "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms", at(s, 50) / 1e6,
                at(s, 95) / 1e6, at(s, 99) / 1e6, s[s.length - 1] / 1e6);
    }

    private static double ratio(long[] a, long[] b, int percentile) {
        long[] x = a.clone();
        long[] y = b.clone();
        Arrays.sort(x);
        Arrays.sort(y);
        return (double) at(x, percentile) / Math.max(1, at(y, percentile));
    }

    private static long at(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)];
    }

    /** COPY of documents, entities and claims into the store's schema (migrated first), then ANALYZE. */
    private static void load(ClaimGraph g, PostgresLocation location) throws SQLException, IOException {
        try (PostgresStore store = PostgresStore.open(location, org.sightline.core.NameKey.exact())) {
            long stored = store.stats().claims();
            if (stored == g.edgeCount()) {
                System.out.printf(Locale.ROOT, "[PostgresExposureBench] %s already holds the %,d claims; not loaded again%n",
                        location, stored);
                return;
            }
            if (stored != 0) {
                throw new IllegalStateException(location + " holds " + stored + " claims, not " + g.edgeCount()
                        + ": give an empty schema (?currentSchema=...)");
            }
        }
        long t0 = System.nanoTime();
        try (Connection c = PostgresStore.connect(location)) {
            c.setAutoCommit(false);
            PGConnection pg = c.unwrap(PGConnection.class);
            copy(pg, "COPY documents (id, text, ingested_at) FROM STDIN", g.documentCount(),
                    (i, row) -> row.append(g.documentId(i)).append("\t\t2026-01-01T00:00:00Z"));
            copy(pg, "COPY entities (id, name, type) FROM STDIN", g.nodeCount(),
                    (i, row) -> row.append(g.entityId(i)).append("\tentity ").append(g.entityId(i)).append('\t').append(g.type(i)));
            copy(pg, "COPY claims (id, document_id, type, subject_id, object_id, stance, time, confidence, attributes,"
                            + " evidence_start, evidence_end, quote, sentence_start, sentence_end) FROM STDIN", g.edgeCount(),
                    (e, row) -> {
                        double amount = g.amount(e);
                        row.append(g.claimId(e) + 1).append('\t').append(g.documentId(g.document(e))).append('\t')
                                .append(g.claimType(e)).append('\t').append(g.entityId(g.subject(e))).append('\t')
                                .append(g.entityId(g.object(e))).append('\t').append(g.stance(e)).append('\t')
                                .append(time(g.time(e))).append("\t0.5\t")
                                .append(Double.isNaN(amount) ? "{}" : "{\"amount\": \"" + (long) amount + "\", \"currency\": \"USD\"}")
                                .append("\t0\t0\t\t0\t0");
                    });
            try (Statement s = c.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('entities', 'id'), (SELECT MAX(id) FROM entities))");
                s.execute("SELECT setval(pg_get_serial_sequence('claims', 'id'), (SELECT MAX(id) FROM claims))");
            }
            c.commit();
            c.setAutoCommit(true);
            long t1 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
            long t2 = System.nanoTime();
            System.out.printf(Locale.ROOT, "[PostgresExposureBench] COPY of %,d documents, %,d entities, %,d claims into %s:"
                            + " %.1f s (indexes and foreign keys in place), ANALYZE %.1f s%n", g.documentCount(), g.nodeCount(),
                    g.edgeCount(), location, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        }
    }

    /** ClaimDates' yyyymmdd (00 for unstated parts) as the text the store keeps, or \N. */
    private static String time(int yyyymmdd) {
        if (yyyymmdd == 0) {
            return "\\N";
        }
        int year = yyyymmdd / 10000;
        int month = yyyymmdd / 100 % 100;
        int day = yyyymmdd % 100;
        return month == 0 ? String.valueOf(year) : day == 0 ? String.format(Locale.ROOT, "%d-%02d", year, month)
                : String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
    }

    @FunctionalInterface
    private interface RowWriter {
        void write(int index, StringBuilder row);
    }

    /** One COPY in text format, {@code rows} rows, sent in chunks of about a megabyte. */
    private static void copy(PGConnection pg, String sql, int rows, RowWriter writer) throws SQLException {
        CopyIn in = pg.getCopyAPI().copyIn(sql);
        try {
            StringBuilder chunk = new StringBuilder(COPY_CHUNK + 4096);
            for (int i = 0; i < rows; i++) {
                writer.write(i, chunk);
                chunk.append('\n');
                if (chunk.length() >= COPY_CHUNK || i == rows - 1) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }
}
