package org.sightline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Load on a running Sightline server: a fixed rate of mixed reads (home, search, entity page,
 * entity and claims API, exposure, document page) with an API token, open-loop (requests leave
 * on schedule whether or not earlier ones have answered; latency counts from the scheduled time,
 * so a stall is not hidden), then counts, errors and latency percentiles per kind and overall.
 */
public final class ServerLoadBench {
    private static final List<String> WORDS = List.of("Badr", "Federal Police", "Treasury", "Hizballah", "sanctions", "Kata'ib",
            "militia", "Iran", "Baghdad", "designated");

    private final String base;
    private final String token;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public ServerLoadBench(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
        ExecutorService pool = Executors.newFixedThreadPool(32, r -> {
            Thread t = new Thread(r, "load-client");
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Target(String kind, String path) {
    }

    record Sample(String kind, long nanos, boolean ok) {
    }

    /** The request mix: every kind equally often, over the entities and documents the token may read. */
    List<Target> targets(String funder) throws Exception {
        List<Long> entities = new ArrayList<>();
        for (JsonNode e : json.readTree(get("/api/entities").body())) {
            entities.add(e.get("id").asLong());
        }
        List<String> documents = new ArrayList<>();
        for (JsonNode d : json.readTree(get("/api/documents").body())) {
            documents.add(d.get("id").asText());
        }
        if (entities.isEmpty() || documents.isEmpty()) {
            throw new IllegalStateException("the server shows this token no entities or documents: ingest some first");
        }
        Random random = new Random(42);
        String f = enc(funder);
        List<Target> mix = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            long e = entities.get(random.nextInt(entities.size()));
            switch (i % 8) {
                case 0 -> mix.add(new Target("home", "/"));
                case 1 -> mix.add(new Target("search", "/search?q=" + enc(WORDS.get(random.nextInt(WORDS.size())))));
                case 2 -> mix.add(new Target("entity page", "/entities/" + e));
                case 3 -> mix.add(new Target("entity api", "/api/entities/" + e));
                case 4 -> mix.add(new Target("claims api", "/api/entities/" + e + "/claims"));
                case 5 -> mix.add(new Target("exposure api", "/api/exposure?funder=" + f));
                case 6 -> mix.add(new Target("exposure page", "/exposure?funder=" + f));
                default -> mix.add(new Target("document page", "/documents/" + enc(documents.get(random.nextInt(documents.size())))));
            }
        }
        return mix;
    }

    public void run(int rate, int seconds, String funder, PrintStream out) throws Exception {
        List<Target> mix = targets(funder);
        for (Target t : mix.subList(0, 80)) {
            get(t.path()); // warm-up: JIT, caches
        }
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> statuses = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            Target t = mix.get(i % mix.size());
            http.sendAsync(request(t.path()), HttpResponse.BodyHandlers.ofString()).whenComplete((r, err) -> {
                boolean ok = err == null && r.statusCode() == 200;
                statuses.computeIfAbsent(err != null ? err.getClass().getSimpleName() : String.valueOf(r.statusCode()),
                        k -> new AtomicInteger()).incrementAndGet();
                samples.add(new Sample(t.kind(), System.nanoTime() - due, ok));
                done.countDown();
            });
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        report(new ArrayList<>(samples), statuses, rate, elapsed, out);
    }

    private void report(List<Sample> samples, Map<String, AtomicInteger> statuses, int rate, double elapsed, PrintStream out) {
        out.printf("%d requests in %.1f s (%.1f/s offered %d/s), statuses %s%n", samples.size(), elapsed, samples.size() / elapsed, rate, statuses);
        out.printf("%-14s %7s %7s %9s %9s %9s %9s%n", "kind", "count", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms");
        Map<String, List<Sample>> byKind = new LinkedHashMap<>();
        samples.forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        byKind.forEach((k, v) -> line(out, k, v));
        line(out, "all", samples);
    }

    private static void line(PrintStream out, String kind, List<Sample> samples) {
        long[] ns = samples.stream().mapToLong(Sample::nanos).toArray();
        Arrays.sort(ns);
        long errors = samples.stream().filter(s -> !s.ok()).count();
        out.printf("%-14s %7d %7d %9.1f %9.1f %9.1f %9.1f%n", kind, samples.size(), errors, pct(ns, 50), pct(ns, 95), pct(ns, 99),
                ns.length == 0 ? 0 : ns[ns.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> r = http.send(request(path), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": HTTP " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
