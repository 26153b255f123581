package org.sightline.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.sightline.core.Document;
import org.sightline.extract.Extractor;
import org.sightline.extract.NlpPipeline;
import org.sightline.extract.RuleFiles;

/**
 * Extraction throughput: Sightline's whole extraction (CoreNLP stages of nlp.properties plus the
 * domain rules) against CoreNLP's stock {@code tokenize,ssplit,pos,lemma,ner} pipeline, on the
 * same documents in the same JVM, with 1 and 2 threads. Prints a table; numbers, not assertions.
 */
public final class ExtractionBench {
    private static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    public record Row(String pipeline, int threads, long tokens, double seconds, double loadSeconds,
                      long liveHeapMb, long peakHeapMb) {
        public double tokensPerSecond() {
            return tokens / seconds;
        }
    }

    private final List<Document> docs;
    private final PrintWriter out;
    private final Properties nlpOverrides;

    /** @param nlpOverrides CoreNLP properties on top of nlp.properties, to measure another pipeline */
    public ExtractionBench(List<Document> docs, PrintWriter out, Properties nlpOverrides) {
        this.docs = docs;
        this.out = out;
        this.nlpOverrides = nlpOverrides;
    }

    public List<Row> run(List<Integer> threadCounts, boolean baseline) throws Exception {
        List<Row> rows = new ArrayList<>();
        long t = System.nanoTime();
        Extractor extractor = new Extractor(NlpPipeline.load(nlpOverrides), RuleFiles.classpath());
        double load = (System.nanoTime() - t) / 1e9;
        long live = liveHeapMb();
        long tokens = docs.stream().mapToLong(d -> extractor.nlp().tokenize(d.text()).size()).sum();
        out.printf("%d documents, %d tokens%n", docs.size(), tokens);
        String name = nlpOverrides.isEmpty() ? "sightline" : "sightline " + nlpOverrides;
        rows.addAll(measure(name, d -> extractor.extract(d), threadCounts, tokens, load, live));
        // the CoreNLP stages alone, so that the cost of the domain rules is the difference
        rows.addAll(measure("  of which corenlp stages (nlp.properties)", d -> extractor.nlp().annotate(d.text()),
                threadCounts, tokens, load, live));
        if (baseline) {
            Properties p = new Properties();
            p.setProperty("annotators", BASELINE_ANNOTATORS);
            t = System.nanoTime();
            StanfordCoreNLP stock = new StanfordCoreNLP(p);
            load = (System.nanoTime() - t) / 1e9;
            live = liveHeapMb();
            rows.addAll(measure("corenlp " + BASELINE_ANNOTATORS, d -> stock.annotate(new Annotation(d.text())),
                    threadCounts, tokens, load, live));
        }
        out.printf("%-45s %7s %9s %10s %8s %9s %9s%n", "pipeline", "threads", "tokens/s", "seconds", "load s", "live MB", "peak MB");
        for (Row r : rows) {
            out.printf("%-45s %7d %9.0f %10.1f %8.1f %9d %9d%n", r.pipeline, r.threads, r.tokensPerSecond(),
                    r.seconds, r.loadSeconds, r.liveHeapMb, r.peakHeapMb);
        }
        out.flush();
        return rows;
    }

    private List<Row> measure(String name, Consumer<Document> work, List<Integer> threadCounts, long tokens,
                              double load, long live) throws Exception {
        // warm-up: JIT and lazily built caches, so the timed pass measures the steady state
        docs.stream().limit(5).forEach(work);
        List<Row> rows = new ArrayList<>();
        for (int n : threadCounts) {
            resetPeaks();
            long t = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(n);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (Document d : docs) {
                    futures.add(pool.submit(() -> work.accept(d)));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
            double secs = (System.nanoTime() - t) / 1e9;
            rows.add(new Row(name, n, tokens, secs, load, live, peakHeapMb()));
            out.printf("  %s, %d thread(s): %.1f s%n", name, n, secs);
            out.flush();
        }
        return rows;
    }

    private static long liveHeapMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }

    private static void resetPeaks() {
        liveHeapMb();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
