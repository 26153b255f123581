package org.sightline.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sightline.analysis.exposure.AdversaryRule;
import org.sightline.analysis.exposure.BreadthFirstExposure;
import org.sightline.analysis.exposure.ExposureAnalysis;
import org.sightline.analysis.exposure.ExposureQuery;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;

/**
 * Exposure query latency on a {@link SyntheticClaimGraph} (default 1 M entities, 10 M claims), with
 * JMH in sample-time mode (p50/p95/p99 per benchmark): {@code sampledFunder} asks for one funder
 * drawn uniformly from all nodes with a {@code FUNDS} claim, a new one every call;
 * {@code hubFunder} always asks for the largest funder (state 0, think United States). The trial
 * setup prints the graph's build time and the heap it holds.
 *
 * <p>Run (about 4 minutes; JMH forks a JVM with {@code -Xmx4g -XX:+UseParallelGC}):
 *
 * <pre>
 * mvn -q -o -pl sightline-bench -am package -DskipTests
 * java -cp "sightline-bench/target/sightline-bench-0.1.0-SNAPSHOT.jar:$(cat sightline-bench/target/jmh.classpath)" \
 *     org.openjdk.jmh.Main ExposureBench
 * </pre>
 *
 * Smaller: append {@code -p entities=100000 -p claims=1000000}. Without JMH, {@link #main} builds
 * once and times queries with {@code System.nanoTime} (same classpath,
 * {@code java -Xmx4g -XX:+UseParallelGC -cp … org.sightline.bench.ExposureBench [entities claims]}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 20)
public class ExposureBench {
    @Param("1000000")
    public int entities;
    @Param("10000000")
    public long claims;
    @Param("42")
    public long seed;

    private ClaimGraph graph;
    private AdversaryRule rule;
    private int[] funders;
    private int hub;
    private final ExposureAnalysis analysis = new BreadthFirstExposure();

    /** Draws funders; one per benchmark thread. */
    @State(Scope.Thread)
    public static class Draw {
        final SplittableRandom random = new SplittableRandom(7);
    }

    @Setup(Level.Trial)
    public void build() {
        Built built = Built.of(entities, claims, seed, System.out);
        graph = built.graph;
        rule = built.generator.adversaryRule();
        funders = funders(graph);
        hub = graph.node(built.generator.funderHubEntity());
        describeWorkload(System.out);
    }

    @Benchmark
    public ExposureResult sampledFunder(Draw draw) {
        return analysis.exposure(graph, ExposureQuery.of(rule, funders[draw.random.nextInt(funders.length)]));
    }

    @Benchmark
    public ExposureResult hubFunder() {
        return analysis.exposure(graph, ExposureQuery.of(rule, hub));
    }

    /** Every node with at least one FUNDS claim, ascending. */
    public static int[] funders(ClaimGraph g) {
        return java.util.stream.IntStream.range(0, g.nodeCount())
                .filter(n -> g.outEnd(n, ClaimType.FUNDS) > g.outStart(n, ClaimType.FUNDS)).toArray();
    }

    /** A graph built and measured: generation into the builder, then {@code build()}, then the heap after a GC. */
    public static final class Built {
        public final SyntheticClaimGraph generator;
        public final ClaimGraph graph;
        public final double generateSeconds;
        public final double buildSeconds;
        public final long heapBytes;

        private Built(SyntheticClaimGraph generator, ClaimGraph graph, double generateSeconds, double buildSeconds,
                      long heapBytes) {
            this.generator = generator;
            this.graph = graph;
            this.generateSeconds = generateSeconds;
            this.buildSeconds = buildSeconds;
            this.heapBytes = heapBytes;
        }

        public static Built of(int entities, long claims, long seed, PrintStream out) {
            SyntheticClaimGraph generator = new SyntheticClaimGraph(entities, claims, seed);
            long t0 = System.nanoTime();
            ClaimGraph.Builder builder = ClaimGraph.builder(entities, (int) Math.min(Integer.MAX_VALUE - 16, claims + claims / 50));
            generator.generate(builder);
            long t1 = System.nanoTime();
            ClaimGraph graph = builder.build();
            long t2 = System.nanoTime();
            long heap = usedHeapAfterGc();
            Built b = new Built(generator, graph, (t1 - t0) / 1e9, (t2 - t1) / 1e9, heap);
            out.printf(Locale.ROOT, "%n[ExposureBench] %s; generate + add: %.1f s, build(): %.1f s, total %.1f s;"
                            + " heap used after GC: %,d MB (arrays %,d MB); max heap %,d MB; %d cores; load average %.2f%n",
                    graph, b.generateSeconds, b.buildSeconds, b.generateSeconds + b.buildSeconds, heap >> 20,
                    graph.arrayBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            return b;
        }
    }

    /** Result sizes of 1,000 sampled queries and the hub's, so the latencies can be read against the work done. */
    private void describeWorkload(PrintStream out) {
        SplittableRandom random = new SplittableRandom(11);
        int samples = 1000;
        int[] paths = new int[samples];
        int[] recipients = new int[samples];
        for (int i = 0; i < samples; i++) {
            ExposureResult r = analysis.exposure(graph, ExposureQuery.of(rule, funders[random.nextInt(funders.length)]));
            paths[i] = count(r);
            recipients[i] = r.recipients().size();
        }
        Arrays.sort(paths);
        Arrays.sort(recipients);
        ExposureResult h = analysis.exposure(graph, ExposureQuery.of(rule, hub));
        out.printf(Locale.ROOT, "[ExposureBench] %,d funders; sampled queries: exposed recipients p50 %d p95 %d max %d,"
                        + " paths p50 %,d p95 %,d max %,d; hub funder (%,d FUNDS claims): %,d exposed recipients, %,d paths%n",
                funders.length, recipients[samples / 2], recipients[samples * 95 / 100], recipients[samples - 1],
                paths[samples / 2], paths[samples * 95 / 100], paths[samples - 1],
                graph.outEnd(hub, ClaimType.FUNDS) - graph.outStart(hub, ClaimType.FUNDS), h.recipients().size(), count(h));
    }

    private static int count(ExposureResult r) {
        int n = 0;
        for (ExposureResult.Recipient rec : r.recipients()) {
            for (ExposureResult.Unit u : rec.units()) {
                n += u.ties().size() * rec.funding().size();
            }
        }
        return n;
    }

    static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Builds once and times 5,000 sampled queries (after 2,000 to warm up) and 20 hub queries without JMH. Args: [entities claims]. */
    public static void main(String[] args) {
        ExposureBench bench = new ExposureBench();
        bench.entities = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        bench.claims = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
        bench.seed = 42;
        bench.build();
        Draw draw = new Draw();
        for (int i = 0; i < 2_000; i++) {
            bench.sampledFunder(draw);
        }
        long[] sampled = new long[5_000];
        for (int i = 0; i < sampled.length; i++) {
            long t = System.nanoTime();
            bench.sampledFunder(draw);
            sampled[i] = System.nanoTime() - t;
        }
        long[] hub = new long[20];
        for (int i = 0; i < hub.length; i++) {
            long t = System.nanoTime();
            bench.hubFunder();
            hub[i] = System.nanoTime() - t;
        }
        report("sampledFunder", sampled);
        report("hubFunder", hub);
    }

    private static void report(String name, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "[ExposureBench] %s: n %d, p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms%n", name,
                nanos.length, nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6,
                nanos[nanos.length * 99 / 100] / 1e6, nanos[nanos.length - 1] / 1e6);
    }
}
