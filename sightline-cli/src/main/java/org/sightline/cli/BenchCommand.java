package org.sightline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sightline.bench.ExtractionBench;
import org.sightline.core.Document;
import org.sightline.ingest.DocumentReader;
import org.sightline.ingest.InputFiles;
import org.sightline.ingest.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure Sightline's speed.",
        subcommands = {BenchCommand.Extract.class, BenchCommand.Names.class, BenchCommand.Screen.class, BenchCommand.Serve.class,
                BenchCommand.Export.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing a benchmark (see --help).");
    }

    @Command(name = "extract", mixinStandardHelpOptions = true,
            description = "Extraction tokens/s over a folder with 1 and 2 threads, model load time and heap, "
                    + "against CoreNLP's stock tokenize,ssplit,pos,lemma,ner pipeline on the same text.")
    static final class Extract implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "Files or folders to extract.")
        List<Path> paths;

        @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts (default: ${DEFAULT-VALUE}).")
        List<Integer> threads;

        @Option(names = "--baseline", negatable = true, defaultValue = "true", fallbackValue = "true",
                description = "Also measure CoreNLP's stock pipeline (default: yes).")
        boolean baseline;

        @Option(names = "--nlp", paramLabel = "KEY=VALUE",
                description = "CoreNLP property for Sightline's pipeline, e.g. annotators=tokenize,ssplit,pos,lemma,ner,depparse.")
        java.util.Map<String, String> nlp = new java.util.LinkedHashMap<>();

        @Option(names = "--limit", defaultValue = "0", description = "Use at most N documents (0: all).")
        int limit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            DocumentReader reader = new DocumentReader();
            List<Document> docs = new ArrayList<>();
            for (Path f : InputFiles.expand(paths).files()) {
                if (limit > 0 && docs.size() >= limit) {
                    break;
                }
                try {
                    docs.add(reader.read(f));
                } catch (UnreadableDocumentException e) {
                    spec.commandLine().getErr().println("sightline: " + e.getMessage() + " (left out)");
                }
            }
            java.util.Properties overrides = new java.util.Properties();
            overrides.putAll(nlp);
            new ExtractionBench(docs, spec.commandLine().getOut(), overrides).run(threads, baseline);
            return ExitCodes.OK;
        }
    }

    @Command(name = "names", mixinStandardHelpOptions = true,
            description = "Name-matching precision, recall and F1 on a CSV of labelled name pairs (columns schema, name1, name2, is_match), at the matcher's threshold; when the file has OpenSanctions' score/outcome columns, their figures too, for comparison.")
    static final class Names implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "Name-pair CSV, e.g. ../shared/oracles/name-bench/dev.csv.")
        Path file;

        @Option(names = "--errors", description = "Also list the false positives and negatives with their explanations.")
        boolean errors;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            requireFile(spec, file);
            java.io.PrintStream out = printStream(spec);
            org.sightline.bench.NamePairBench.run(file, out, errors);
            out.flush();
            return ExitCodes.OK;
        }
    }

    @Command(name = "screen", mixinStandardHelpOptions = true,
            description = "Screening throughput and latency: imports the OFAC SDN list, indexes every name and a.k.a., and screens perturbed names drawn from it (names/s, p50/p95/p99, top-1 accuracy).")
    static final class Screen implements Callable<Integer> {
        @Option(names = "--sdn", paramLabel = "FILE", defaultValue = "../shared/reference/ofac-sdn-2024-05-03.csv",
                description = "OFAC legacy SDN CSV (default: ${DEFAULT-VALUE}).")
        Path sdn;

        @Option(names = "--queries", defaultValue = "10000", description = "Screenings to run (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--threads", defaultValue = "2", description = "Threads (default: ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--seed", defaultValue = "42", description = "Random seed for the query names.")
        long seed;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            requireFile(spec, sdn);
            org.sightline.resolve.imports.ImportResult imported = new org.sightline.resolve.imports.SdnCsvImporter().read(sdn);
            List<org.sightline.bench.ScreeningBench.Entry> entries = new ArrayList<>();
            for (org.sightline.core.Extraction x : imported.extractions()) {
                for (org.sightline.core.Entity e : x.entities()) {
                    if (e.kbId() == null || !e.kbId().startsWith("ofac-sdn-")) {
                        continue;
                    }
                    entries.add(new org.sightline.bench.ScreeningBench.Entry(e.name(), e.type(), e.kbId()));
                    e.aliases().forEach(a -> entries.add(new org.sightline.bench.ScreeningBench.Entry(a, e.type(), e.kbId())));
                }
            }
            java.io.PrintStream out = printStream(spec);
            out.printf("%s, %d cores, %s %s, load average %.2f%n", java.time.LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            out.printf("imported %s: %d records, %d names (with a.k.a.s)%n", sdn, imported.recordsImported(), entries.size());
            org.sightline.bench.ScreeningBench.run(entries, queries, threads, seed, out);
            out.flush();
            return ExitCodes.OK;
        }
    }

    private static void requireFile(CommandSpec spec, Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "no such file: " + file);
        }
    }

    /** The command's output as the PrintStream the benches print to. */
    private static java.io.PrintStream printStream(CommandSpec spec) {
        return new java.io.PrintStream(new WriterStream(spec.commandLine().getOut()), true, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The benches print to a PrintStream; the CLI's output is a PrintWriter (tests capture it). */
    private static final class WriterStream extends java.io.OutputStream {
        private final java.io.PrintWriter writer;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterStream(java.io.PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public void flush() {
            writer.print(line.toString(java.nio.charset.StandardCharsets.UTF_8));
            writer.flush();
            line.reset();
        }
    }

    @Command(name = "serve", mixinStandardHelpOptions = true,
            description = "Load a running server (sightline serve) with mixed reads at a fixed rate: home, search, entity page, "
                    + "entity and claims API, exposure API and page, document page; prints counts, errors and p50/p95/p99.")
    static final class Serve implements Callable<Integer> {
        @Option(names = "--url", defaultValue = "http://127.0.0.1:8080", description = "The server (default: ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--token", defaultValue = "${env:SIGHTLINE_TOKEN}",
                description = "API token (default: $SIGHTLINE_TOKEN); create one on the server's account page.")
        String token;

        @Option(names = "--rate", defaultValue = "200", description = "Requests per second (default: ${DEFAULT-VALUE}).")
        int rate;

        @Option(names = "--seconds", defaultValue = "60", description = "How long (default: ${DEFAULT-VALUE}).")
        int seconds;

        @Option(names = "--funder", defaultValue = "United States", description = "Funder of the exposure requests (default: ${DEFAULT-VALUE}).")
        String funder;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (token == null || token.isBlank()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "an API token is needed: --token or $SIGHTLINE_TOKEN");
            }
            if (rate <= 0 || seconds <= 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rate and --seconds must be positive");
            }
            new org.sightline.bench.ServerLoadBench(url, token).run(rate, seconds, funder, new java.io.PrintStream(System.out, true));
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export throughput per format (claims/s, MB written, peak heap in use after garbage collections) of the "
                    + "whole store: of --store, or of synthetic stores of --claims sizes (built first, in --dir), to show whether "
                    + "heap stays flat as the store grows.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--store", paramLabel = "DB", description = "Measure this store (a SQLite file or PostgreSQL URL) instead of synthetic ones.")
        String store;

        @Option(names = "--claims", split = ",", defaultValue = "50000,200000",
                description = "Sizes of the synthetic stores, in claims (default: ${DEFAULT-VALUE}).")
        List<Integer> claims;

        @Option(names = "--dir", paramLabel = "DIR", description = "Where the synthetic stores are kept and reused (default: a temporary folder, deleted after).")
        Path dir;

        @Option(names = "--formats", split = ",", defaultValue = "ftm,stix,graphml,csv", description = "Formats (default: ${DEFAULT-VALUE}).")
        List<String> formats;

        @Option(names = "--repeats", defaultValue = "2", description = "Runs per format; the fastest is reported (default: ${DEFAULT-VALUE}).")
        int repeats;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            java.io.PrintWriter out = spec.commandLine().getOut();
            List<org.sightline.interop.ExportFormat> fs = formats.stream().map(org.sightline.interop.ExportFormat::parse).toList();
            org.sightline.bench.ExportBench bench = new org.sightline.bench.ExportBench(out);
            Runtime rt = Runtime.getRuntime();
            out.printf("export benchmark: %d cores, max heap %,d MB, Java %s%n", rt.availableProcessors(), rt.maxMemory() >> 20,
                    System.getProperty("java.version"));
            if (store != null) {
                try (org.sightline.store.Store s = org.sightline.store.StoreLocator.open(store, new org.sightline.resolve.names.TransliterationKey(
                        org.sightline.resolve.names.NameMatcher.bundled()))) {
                    out.println(describe(s));
                    bench.run(s, fs, repeats);
                }
                return ExitCodes.OK;
            }
            Path where = dir != null ? java.nio.file.Files.createDirectories(dir) : java.nio.file.Files.createTempDirectory("sightline-export-bench");
            try {
                for (int size : claims) {
                    Path db = where.resolve("synthetic-" + size + ".db");
                    boolean fresh = !java.nio.file.Files.exists(db);
                    try (org.sightline.store.Store s = org.sightline.store.SqliteStore.open(db)) {
                        if (fresh) {
                            long t = System.nanoTime();
                            org.sightline.bench.SyntheticClaimStore.fill(s, size, 13);
                            out.printf("built %s in %.1f s%n", db.getFileName(), (System.nanoTime() - t) / 1e9);
                        }
                        out.println(describe(s));
                        bench.run(s, fs, repeats);
                    }
                }
            } finally {
                if (dir == null) {
                    try (var files = java.nio.file.Files.walk(where)) {
                        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
            return ExitCodes.OK;
        }

        private static String describe(org.sightline.store.Store s) {
            org.sightline.store.StoreStats st = s.stats();
            return String.format("store: %,d documents, %,d entities, %,d claims", st.documents(), st.entities(), st.claims());
        }
    }
}
