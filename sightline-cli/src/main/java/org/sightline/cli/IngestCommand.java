package org.sightline.cli;

import org.sightline.report.Ingestion;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.Extraction;
import org.sightline.extract.Extractor;
import org.sightline.ingest.DocumentReader;
import org.sightline.ingest.InputFiles;
import org.sightline.ingest.UnreadableDocumentException;
import org.sightline.store.SaveResult;
import org.sightline.store.Store;
import org.sightline.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read files and folders, extract claims and store them.",
                "Plain text, markdown (YAML front matter), HTML and PDF. A document already stored "
                        + "(same text) is skipped. A file that cannot be read is reported and the rest go on; "
                        + "the exit code is then 1."})
final class IngestCommand extends StoreCommand {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (read recursively).")
    List<Path> paths;

    @Option(names = "--source", paramLabel = "OUTLET",
            description = "The outlet that published these files, for files that do not say (e.g. \"U.S. Department of the Treasury\").")
    String source;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Documents extracted in parallel (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "5",
            description = "Skip (and report) files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary.")
    boolean quiet;

    private record Outcome(Path file, Document doc, Extraction extraction, String problem) {
    }

    @Override
    public Integer call() throws Exception {
        require(threads >= 1, "--threads must be at least 1");
        require(maxSizeMb > 0 && maxSizeMb <= 2000, "--max-size must be between 0 and 2000 (megabytes)");
        PrintWriter err = err();
        InputFiles.Expansion inputs = InputFiles.expand(paths);
        int failed = 0;
        for (InputFiles.Problem p : inputs.problems()) {
            err.println("sightline: " + p);
            failed++;
        }
        List<Path> files = inputs.files();
        boolean folder = paths.stream().anyMatch(Files::isDirectory);
        ProgressLine progress = new ProgressLine(err, files.size(), folder && System.console() != null && !quiet);
        int stored = 0;
        int already = 0;
        int claims = 0;
        DocumentReader reader = new DocumentReader((long) (maxSizeMb * 1024 * 1024));
        try (Store store = openStore(false)) {
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
            try {
                Deque<Future<Outcome>> window = new ArrayDeque<>();
                int next = 0;
                int done = 0;
                while (done < files.size()) {
                    // a bounded window keeps memory flat and results in input order
                    while (next < files.size() && window.size() < Math.max(1, threads) * 2) {
                        Path f = files.get(next++);
                        window.add(pool.submit(() -> process(f, reader, store, err)));
                    }
                    Outcome o = get(window.poll());
                    done++;
                    if (o.problem != null) {
                        progress.clear();
                        err.println("sightline: " + o.problem);
                        failed++;
                    } else if (o.extraction == null) {
                        already++;
                        if (!quiet) {
                            progress.clear();
                            err.println("already stored, skipped: " + o.file + " (" + o.doc.id().substring(0, 19) + "…)");
                        }
                        warnIfOutletDiffers(store, o, err);
                    } else {
                        try {
                            SaveResult r = store.save(o.extraction);
                            if (r.stored()) {
                                stored++;
                                claims += r.claims();
                            } else {
                                already++;
                            }
                        } catch (RuntimeException e) {
                            progress.clear();
                            err.println("sightline: " + o.file + ": cannot store: " + e.getMessage());
                            failed++;
                        }
                    }
                    progress.update(done, stored + " new, " + claims + " claims");
                }
            } finally {
                pool.shutdownNow();
            }
            progress.clear();
            StoreStats stats = store.stats();
            PrintWriter out = out();
            out.printf("%d file(s): %d new document(s) with %d claims, %d already stored, %d failed%n",
                    files.size(), stored, claims, already, failed);
            out.printf("store %s: %d documents, %d entities, %d claims%s%n", root().dbName(), stats.documents(),
                    stats.entities(), stats.claims(), byType(stats));
        }
        return failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private Outcome process(Path file, DocumentReader reader, Store store, PrintWriter err) {
        Document doc;
        try {
            doc = Ingestion.withSource(reader.read(file), source);
        } catch (UnreadableDocumentException e) {
            return new Outcome(file, null, null, e.getMessage());
        }
        if (store.containsDocument(doc.id())) {
            return new Outcome(file, doc, null, null);
        }

        try {
            // models load on the first document that needs them: re-ingesting loads nothing
            Extractor extractor = ExtractorHolder.get(err, quiet);
            return new Outcome(file, doc, extractor.extract(doc), null);
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(file, doc, null, file + ": extraction failed: " + e);
        }
    }

    /**
     * Re-ingest changes nothing, so an outlet given now is not applied to a document stored
     * earlier under another one; say so rather than let the user believe it was.
     */
    private void warnIfOutletDiffers(Store store, Outcome o, PrintWriter err) {
        if (source == null || source.isBlank() || !source.equals(o.doc.metadata().source())) {
            return; // no --source, or the file names its own outlet, which --source never overrides
        }
        String stored = store.document(o.doc.id()).map(d -> d.metadata().source()).orElse(null);
        if (!source.equals(stored)) {
            err.println("sightline: " + o.file + ": already stored with outlet " + (stored == null ? "unknown" : "\"" + stored + "\"")
                    + "; --source \"" + source + "\" not applied (ingest into a new database to re-read it)");
        }
    }

    private static Outcome get(Future<Outcome> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("unexpected failure: " + e.getCause(), e.getCause());
        }
    }

    private static String byType(StoreStats stats) {
        if (stats.claimsByType().isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        for (ClaimType t : ClaimType.values()) {
            Integer n = stats.claimsByType().get(t);
            if (n != null) {
                sb.append(sb.length() > 2 ? ", " : "").append(t).append(' ').append(n);
            }
        }
        return sb.append(')').toString();
    }
}
