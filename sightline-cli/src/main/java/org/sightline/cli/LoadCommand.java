package org.sightline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.sightline.store.SaveResult;
import org.sightline.store.Store;
import org.sightline.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load the Parquet tables written by sightline-spark into the store.",
                "Each document is saved in its own transaction and a document already stored is skipped, "
                        + "so loading twice changes nothing and an interrupted load can simply be run again. "
                        + "The exit code is 1 when a document could not be loaded or the job recorded failed files."})
final class LoadCommand extends StoreCommand {
    @Parameters(paramLabel = "DIR", description = "The --output folder of sightline-spark.")
    Path dir;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = err();
        SparkOutput output;
        try {
            output = new SparkOutput(dir);
        } catch (IllegalArgumentException e) {
            require(false, e.getMessage());
            return ExitCodes.USAGE;
        }
        long total = output.documentCount();
        List<SparkOutput.JobError> jobErrors = output.errors();
        long t0 = System.nanoTime();
        long[] counts = new long[4]; // loaded, already present, failed, claims
        boolean terminal = System.console() != null;
        ProgressLine bar = new ProgressLine(err, (int) Math.min(Integer.MAX_VALUE, total), terminal && !quiet);
        // in a log, a line per 1 % (at least every 10 documents) says how far an interrupted load got
        long every = Math.max(10, total / 100);
        try (Store store = openStore(false)) {
            output.forEach(item -> {
                if (item.problem() != null) {
                    bar.clear();
                    err.println("sightline: " + dir.resolve(item.part()) + ": document " + item.documentId() + ": " + item.problem());
                    counts[2]++;
                    return;
                }
                try {
                    SaveResult r = store.save(item.extraction());
                    if (r.stored()) {
                        counts[0]++;
                        counts[3] += r.claims();
                    } else {
                        counts[1]++;
                    }
                } catch (RuntimeException e) {
                    bar.clear();
                    err.println("sightline: " + dir.resolve(item.part()) + ": document " + item.documentId()
                            + ": cannot store: " + e.getMessage());
                    counts[2]++;
                }
                long done = counts[0] + counts[1] + counts[2];
                if (terminal) {
                    bar.update((int) done, counts[0] + " loaded, " + counts[1] + " already present");
                } else if (!quiet && (done % every == 0 || done == total)) {
                    err.printf("%d/%d documents: %d loaded, %d already present%n", done, total, counts[0], counts[1]);
                    err.flush();
                }
            });
            bar.clear();
            for (SparkOutput.JobError e : jobErrors) {
                err.println("sightline: " + e.path() + ": " + e.error() + " (recorded by the job)");
            }
            StoreStats stats = store.stats();
            PrintWriter out = out();
            out.printf("%d document(s): %d loaded with %d claims, %d already present, %d failed; %d input file(s) failed in the job; %.1f s%n",
                    total, counts[0], counts[3], counts[1], counts[2], jobErrors.size(), (System.nanoTime() - t0) / 1e9);
            out.printf("store %s: %d documents, %d entities, %d claims%n", root().dbName(), stats.documents(),
                    stats.entities(), stats.claims());
        }
        return counts[2] > 0 || !jobErrors.isEmpty() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
