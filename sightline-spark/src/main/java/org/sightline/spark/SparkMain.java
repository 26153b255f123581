package org.sightline.spark;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sightline-spark}: extraction of a folder of documents as a Spark job, written as Parquet
 * tables that {@code sightline load} puts into a store. Exit codes as {@code sightline}: 0 ok,
 * 1 some input failed (named on standard error and in the {@code errors} table), 2 usage error.
 */
@Command(name = "sightline-spark", mixinStandardHelpOptions = true, version = "sightline-spark 0.1.0",
        description = {"Extract claims from documents on Spark and write them as Parquet tables "
                + "(documents, entities, mentions, claims, evidence, errors) under --output.",
                "Load them into a store with: sightline load OUTPUT"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ok", "1:some input failed", "2:usage error"})
public final class SparkMain implements Callable<Integer> {
    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master for a local run (local[N]; default local[*]); under spark-submit, its --master is used.")
    String master;

    @Option(names = "--input", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Files or folders (read recursively) as `sightline ingest` reads them; every executor must see them at the same path.")
    List<Path> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR",
            description = "Where the tables go (a local path or any Hadoop URI: hdfs://…, s3a://…).")
    String output;

    @Option(names = "--source", paramLabel = "OUTLET",
            description = "The outlet that published these files, for files that do not say (as `sightline ingest --source`).")
    String source;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Number of partitions (default: 4 per core, or one per 50 files if more).")
    int partitions;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "5",
            description = "Skip (and record) files larger than this many megabytes (default: ${DEFAULT-VALUE}, as ingest).")
    double maxSizeMb;

    @Option(names = "--overwrite", description = "Replace the tables if --output already holds them.")
    boolean overwrite;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new SparkMain());
        cli.setParameterExceptionHandler((ex, args2) -> {
            ex.getCommandLine().getErr().println("sightline-spark: " + ex.getMessage());
            ex.getCommandLine().getErr().println("(see: sightline-spark --help)");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sightline-spark: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cli.execute(args);
    }

    private static boolean exists(SparkSession spark, String dir) {
        try {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir);
            return path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot check --output " + dir + " (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public Integer call() {
        if (maxSizeMb <= 0 || maxSizeMb > 2000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-size must be between 0 and 2000 (megabytes)");
        }
        List<InputItem> items = ExtractionJob.list(inputs);
        if (items.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no input files under " + inputs);
        }
        SparkSession.Builder builder = SparkSession.builder().appName("sightline-spark");
        if (master != null) {
            builder.master(master);
        } else if (System.getProperty("spark.master") == null) {
            builder.master("local[*]"); // not under spark-submit, and no --master: this machine's cores
        }
        String effective = master != null ? master : System.getProperty("spark.master", "local[*]");
        if (effective.startsWith("local")) {
            // a local run talks to nobody: the driver on loopback, and no web UI listening on every interface
            builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                    .config("spark.ui.enabled", System.getProperty("spark.ui.enabled", "false"));
        }
        SparkSession spark = builder.getOrCreate();
        PrintStream err = System.err;
        try {
            if (!overwrite && exists(spark, output)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--output " + output
                        + " already exists; pass --overwrite to replace its tables");
            }
            DocumentTask task = new DocumentTask((long) (maxSizeMb * 1024 * 1024), source);
            ExtractionJob.Summary s = new ExtractionJob(spark, task).run(items, output, partitions, overwrite, err);
            for (Row e : s.firstErrors()) {
                err.println("sightline-spark: " + e.getString(0) + ": " + e.getString(1));
            }
            if (s.errors() > s.firstErrors().size()) {
                err.println("sightline-spark: … " + (s.errors() - s.firstErrors().size()) + " more in " + output + "/errors");
            }
            System.out.printf(Locale.ROOT, "%d file(s): %d document(s) with %d claims, %d failed, in %.1f s (%.2f documents/s, %s); tables under %s%n",
                    s.files(), s.documents(), s.claims(), s.errors(), s.seconds(), s.documentsPerSecond(),
                    spark.sparkContext().master(), output);
            return s.errors() > 0 ? 1 : 0;
        } finally {
            spark.stop();
        }
    }
}
