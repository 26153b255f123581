package org.sightline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sightline.core.EntityType;
import org.sightline.resolve.names.Candidate;
import org.sightline.resolve.names.NameIndex;
import org.sightline.resolve.names.NameMatcher;

/**
 * Screening throughput and accuracy of {@link NameIndex}: builds the index from a list, makes query
 * names from listed names with realistic distortions ({@link NamePerturber}) plus some names on no
 * list, runs them on N threads after a warm-up, and prints names/s, latency percentiles, and how
 * often the listed entry came first.
 */
public final class ScreeningBench {
    /** A listed name; {@code id} groups the names of one entry (primary name and a.k.a.s). */
    public record Entry(String name, EntityType type, String id) {
    }

    /**
     * @param top1 share of distorted listed names whose entry ranked first (ties at the top count, and so
     *             does the entry's own name when other entries carry the same name)
     * @param top5 share found among the first five
     * @param unlistedAlerts share of unlisted names that still got a candidate at or above the threshold
     */
    public record Report(int names, double buildSeconds, int queries, int threads, double namesPerSecond,
                         double p50Millis, double p95Millis, double p99Millis, double top1, double top5,
                         double unlistedAlerts, double cpuMicrosPerName) {
    }

    /** A query, the entry it was made from (null: unlisted) and that entry's name. */
    private record Query(String text, EntityType type, String expectedId, String sourceName) {
    }

    private static final double UNLISTED_SHARE = 0.1;

    private ScreeningBench() {
    }

    public static Report run(List<Entry> entries, int queries, int threads, long seed, PrintStream out) {
        NameMatcher matcher = NameMatcher.load();
        long t0 = System.nanoTime();
        NameIndex.Builder<String> builder = NameIndex.builder(matcher);
        for (Entry e : entries) {
            builder.add(e.name(), e.type(), e.id());
        }
        NameIndex<String> index = builder.build();
        double build = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "index: %d names, built in %.2f s%n", index.size(), build);

        Random random = new Random(seed);
        NamePerturber perturber = new NamePerturber(random);
        List<Query> qs = new ArrayList<>(queries);
        for (int i = 0; i < queries; i++) {
            if (random.nextDouble() < UNLISTED_SHARE) {
                qs.add(new Query(perturber.unlisted(), null, null, null));
            } else {
                Entry e = entries.get(random.nextInt(entries.size()));
                qs.add(new Query(perturber.perturb(e.name()), e.type(), e.id(), e.name()));
            }
        }
        // warm-up: let the JIT compile the hot paths before measuring
        int warm = Math.min(qs.size(), 3000);
        for (int i = 0; i < warm; i++) {
            index.search(qs.get(i).text(), qs.get(i).type(), 5);
        }

        long[] latencies = new long[qs.size()];
        long[] cpu = new long[threads];
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        int[] outcome = new int[qs.size()]; // 1 top-1, 2 top-5 only, 3 unlisted alert
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int from = t * qs.size() / threads;
                int to = (t + 1) * qs.size() / threads;
                int slot = t;
                futures.add(pool.submit(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    for (int i = from; i < to; i++) {
                        Query q = qs.get(i);
                        long s = System.nanoTime();
                        List<Candidate<String>> hits = index.search(q.text(), q.type(), 5);
                        latencies[i] = System.nanoTime() - s;
                        outcome[i] = judge(q, hits);
                    }
                    cpu[slot] = mx.getCurrentThreadCpuTime() - cpu0;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("screening bench interrupted", e);
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        int listed = 0;
        int top1 = 0;
        int top5 = 0;
        int unlisted = 0;
        int alerts = 0;
        for (int i = 0; i < qs.size(); i++) {
            if (qs.get(i).expectedId() == null) {
                unlisted++;
                alerts += outcome[i] == 3 ? 1 : 0;
            } else {
                listed++;
                top1 += outcome[i] == 1 ? 1 : 0;
                top5 += outcome[i] == 1 || outcome[i] == 2 ? 1 : 0;
            }
        }
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        Report r = new Report(index.size(), build, qs.size(), threads, qs.size() / seconds, pct(sorted, 0.50),
                pct(sorted, 0.95), pct(sorted, 0.99), listed == 0 ? 0 : (double) top1 / listed,
                listed == 0 ? 0 : (double) top5 / listed, unlisted == 0 ? 0 : (double) alerts / unlisted,
                Arrays.stream(cpu).sum() / 1e3 / qs.size());
        out.printf(Locale.ROOT, "queries: %d (%d distorted listed names, %d unlisted) on %d threads after %d warm-up%n",
                qs.size(), listed, unlisted, threads, warm);
        out.printf(Locale.ROOT, "throughput: %.0f names/s%n", r.namesPerSecond());
        out.printf(Locale.ROOT, "latency: p50 %.3f ms, p95 %.3f ms, p99 %.3f ms%n", r.p50Millis(), r.p95Millis(),
                r.p99Millis());
        // on a shared machine wall-clock numbers depend on other load; CPU time per name does not
        out.printf(Locale.ROOT, "cpu: %.0f us per name in the search threads (%.0f names/s per busy core)%n",
                r.cpuMicrosPerName(), 1e6 / r.cpuMicrosPerName());
        out.printf(Locale.ROOT, "accuracy on distorted names: top-1 %.1f%%, top-5 %.1f%%; unlisted names alerting: %.1f%%%n",
                100 * r.top1(), 100 * r.top5(), 100 * r.unlistedAlerts());
        return r;
    }

    private static int judge(Query q, List<Candidate<String>> hits) {
        if (q.expectedId() == null) {
            return !hits.isEmpty() && hits.get(0).result().match() ? 3 : 0;
        }
        if (hits.isEmpty()) {
            return 0;
        }
        double top = hits.get(0).result().score();
        // several entries can carry the very same name (a.k.a.s like "ABU MUHAMMAD"): finding that
        // name first is all a name can do
        if (hits.get(0).matchedName().equals(q.sourceName())) {
            return 1;
        }
        for (int k = 0; k < hits.size(); k++) {
            Candidate<String> c = hits.get(k);
            if (c.payload().equals(q.expectedId())) {
                return Math.abs(c.result().score() - top) < 1e-9 ? 1 : 2;
            }
        }
        return 0;
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)));
        return sorted[i] / 1e6;
    }

    /**
     * The entries plus synthetic ones up to {@code total} names: each joins the first half of one listed
     * name of a type to the second half of another, so the extra names share real words (and posting
     * lists) with the list, as a bigger list would. Their ids start with "synthetic-".
     */
    public static List<Entry> paddedTo(List<Entry> entries, int total, long seed) {
        List<Entry> out = new ArrayList<>(entries);
        Random random = new Random(seed);
        for (int k = 0; out.size() < total && !entries.isEmpty(); k++) {
            Entry a = entries.get(random.nextInt(entries.size()));
            Entry b = entries.get(random.nextInt(entries.size()));
            if (a.type() != b.type()) {
                continue;
            }
            String[] wa = a.name().split("\\s+");
            String[] wb = b.name().split("\\s+");
            List<String> words = new ArrayList<>(List.of(wa).subList(0, (wa.length + 1) / 2));
            words.addAll(List.of(wb).subList(wb.length / 2, wb.length));
            out.add(new Entry(String.join(" ", words), a.type(), "synthetic-" + k));
        }
        return out;
    }

    /** Names of the OFAC SDN legacy CSV (primary names and a.k.a.s), for {@link #run}. */
    public static List<Entry> readSdn(Path csv) throws IOException {
        return SdnNames.read(csv);
    }

    /**
     * {@code java -cp ... org.sightline.bench.ScreeningBench SDN.csv [queries] [threads] [seed] [padToNames]}:
     * the last, if given, adds synthetic names up to that many (see {@link #paddedTo}).
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ScreeningBench SDN.csv [queries=20000] [threads=2] [seed=1] [padToNames]");
            System.exit(2);
        }
        List<Entry> entries = readSdn(Path.of(args[0]));
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        System.out.printf("%s: %d names (primary names and a.k.a.s)%n", args[0], entries.size());
        if (args.length > 4) {
            int listed = entries.size();
            entries = paddedTo(entries, Integer.parseInt(args[4]), seed);
            System.out.printf("padded with %d synthetic names to %d%n", entries.size() - listed, entries.size());
        }
        run(entries, queries, threads, seed, System.out);
    }
}
