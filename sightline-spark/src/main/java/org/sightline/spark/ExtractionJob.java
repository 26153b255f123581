package org.sightline.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.sightline.ingest.InputFiles;

/**
 * The driver's side: list the input files (as {@code sightline ingest} does), hand them out in
 * partitions, extract in the tasks, write the tables. The per-document rows are cached on disk
 * (not in the heap, which the models need) so the six tables cost one extraction pass.
 */
final class ExtractionJob {
    /** What the job did, for the summary line and the benchmark. */
    record Summary(long files, long documents, long claims, long errors, double seconds, List<Row> firstErrors) {
        double documentsPerSecond() {
            return documents / seconds;
        }
    }

    private final SparkSession spark;
    private final DocumentTask task;

    ExtractionJob(SparkSession spark, DocumentTask task) {
        this.spark = spark;
        this.task = task;
    }

    /** The input items in ingest's order: files as given, folders walked and sorted, bad paths as problems. */
    static List<InputItem> list(List<Path> inputs) {
        InputFiles.Expansion found = InputFiles.expand(inputs);
        List<InputItem> items = new ArrayList<>(found.files().size() + found.problems().size());
        found.problems().forEach(p -> items.add(InputItem.problem(p.path().toString(), p.reason())));
        found.files().forEach(f -> items.add(InputItem.file(f.toString())));
        return items;
    }

    /**
     * Enough partitions to keep every core busy to the end (the last wave of tasks leaves cores
     * idle for about half a partition), small enough that a retried task costs little.
     */
    static int partitions(int items, int parallelism) {
        return Math.max(1, Math.min(items, Math.max(parallelism * 4, (items + 49) / 50)));
    }

    Summary run(List<InputItem> items, String output, int partitions, boolean overwrite, PrintStream log) {
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int n = partitions > 0 ? partitions : partitions(items.size(), jsc.defaultParallelism());
        DocumentTask t = task;
        JavaRDD<Row> extracted = jsc.parallelize(items, Math.max(1, Math.min(n, Math.max(1, items.size())))).map(t::apply);
        Dataset<Row> rows = spark.createDataFrame(extracted, ExtractionRows.SCHEMA).persist(StorageLevel.DISK_ONLY());
        try {
            for (Map.Entry<String, Dataset<Row>> table : OutputTables.of(rows).entrySet()) {
                table.getValue().write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists)
                        .parquet(output + "/" + table.getKey());
                log.println("sightline-spark: wrote " + output + "/" + table.getKey());
            }
            Row totals = rows.filter(col("error").isNull())
                    .agg(org.apache.spark.sql.functions.count("*"), sum(size(col("claims")))).first();
            Dataset<Row> errors = rows.filter(col("error").isNotNull()).select(col("path"), col("error"));
            long errorCount = errors.count();
            List<Row> firstErrors = errors.limit(50).collectAsList();
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Summary(items.size(), totals.getLong(0), totals.isNullAt(1) ? 0 : totals.getLong(1),
                    errorCount, seconds, firstErrors);
        } finally {
            rows.unpersist();
        }
    }
}
