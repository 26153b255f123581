package org.sightline.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.cli.Main;
import org.sightline.core.testing.RequiresSharedData;
import org.sightline.core.testing.SharedData;

/**
 * The Spark job against {@code sightline ingest} on the same treasury press releases: the same
 * claims, evidence and attribution, loaded idempotently, a bad file named, and a load killed with
 * SIGKILL half-way that loses and duplicates nothing when run again.
 */
@RequiresSharedData("corpus/treasury-iraq")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobTest {
    private static final String TREASURY = "U.S. Department of the Treasury";

    @TempDir
    static Path tmp;

    private Path corpus;
    private Path input20;
    private Path output20;
    private int jobExit;

    @BeforeAll
    void runJobOnTwentyDocumentsAndABadFile() throws IOException {
        corpus = SharedData.require("corpus/treasury-iraq");
        input20 = Files.createDirectories(tmp.resolve("in20"));
        for (Path f : releases().subList(0, 20)) {
            Files.copy(f, input20.resolve(f.getFileName()));
        }
        // a file that claims to be a PDF and is not
        Files.writeString(input20.resolve("2099-01-01-broken.pdf"), "this is not a PDF");
        output20 = tmp.resolve("out20");
        jobExit = SparkMain.run("--master", "local[2]", "--input", input20.toString(), "--output", output20.toString(),
                "--source", TREASURY);
    }

    @Test
    void sameClaimsAsIngestForTheSameDocuments() {
        Path loaded = tmp.resolve("loaded.db");
        Run load = cli("--db", loaded.toString(), "load", output20.toString());
        Path ingested = tmp.resolve("ingested.db");
        Run ingest = cli("--db", ingested.toString(), "ingest", "-q", "--source", TREASURY, input20.toString());
        assertThat(ingest.out).contains("20 new document(s)");
        assertThat(load.out).contains("20 document(s): 20 loaded");

        StoreSnapshot fromSpark = StoreSnapshot.of(loaded);
        StoreSnapshot fromIngest = StoreSnapshot.of(ingested);
        assertThat(fromSpark.claims()).hasSizeGreaterThan(20);
        assertThat(fromSpark.claims()).containsExactlyElementsOf(fromIngest.claims());
        assertThat(fromSpark.documents()).isEqualTo(fromIngest.documents());
        assertThat(fromSpark.stats()).isEqualTo(fromIngest.stats());
    }

    @Test
    void badFileIsNamedInTheErrorsAndTheRestIsProcessed() {
        assertThat(jobExit).isEqualTo(1);
        Run load = cli("--db", tmp.resolve("bad.db").toString(), "load", output20.toString());
        assertThat(load.exit).isEqualTo(1);
        assertThat(load.err).contains(input20.resolve("2099-01-01-broken.pdf") + ": ").contains("recorded by the job");
        assertThat(load.out).contains("20 document(s): 20 loaded").contains("1 input file(s) failed in the job");
    }

    @Test
    void loadingTwiceChangesNothing() {
        Path db = tmp.resolve("twice.db");
        cli("--db", db.toString(), "load", output20.toString());
        StoreSnapshot once = StoreSnapshot.of(db);
        Run again = cli("--db", db.toString(), "load", output20.toString());
        assertThat(again.out).contains("0 loaded with 0 claims, 20 already present, 0 failed");
        StoreSnapshot twice = StoreSnapshot.of(db);
        assertThat(twice.claims()).containsExactlyElementsOf(once.claims());
        assertThat(twice.documents()).isEqualTo(once.documents());
        assertThat(twice.stats()).isEqualTo(once.stats());
    }

    @Test
    void outputOfAnUnfinishedJobIsRefused() throws IOException {
        Path unfinished = tmp.resolve("unfinished");
        try (Stream<Path> all = Files.walk(output20)) {
            for (Path p : all.toList()) {
                Files.copy(p, unfinished.resolve(output20.relativize(p).toString()));
            }
        }
        Files.delete(unfinished.resolve("claims/_SUCCESS")); // as if the job died while writing claims
        Path db = tmp.resolve("unfinished.db");
        Run load = cli("--db", db.toString(), "load", unfinished.toString());
        assertThat(load.exit).isEqualTo(2);
        assertThat(load.err).contains(unfinished.resolve("claims") + " is incomplete (no _SUCCESS)");
        assertThat(Files.exists(db)).isFalse();
    }

    @Test
    void loadKilledHalfwayThenRunAgainLosesAndDuplicatesNothing() throws Exception {
        Path output90 = tmp.resolve("out90");
        assertThat(SparkMain.run("--master", "local[2]", "--input", corpus.toString(), "--output", output90.toString(),
                "--source", TREASURY)).isZero();
        Path clean = tmp.resolve("clean.db");
        assertThat(cli("--db", clean.toString(), "load", output90.toString()).exit).isZero();
        StoreSnapshot expected = StoreSnapshot.of(clean);
        int documents = expected.documents().size();

        Path killed = tmp.resolve("killed.db");
        Process load = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--db", killed.toString(), "load", output90.toString())
                .redirectErrorStream(true).start();
        String progress = null;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(load.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.matches("\\d+/\\d+ documents: .*")) {
                    progress = line;
                    load.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the process itself
                    break;
                }
            }
        }
        assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(progress).as("the load reports progress before it ends").isNotNull().startsWith("10/" + documents);
        assertThat(load.exitValue()).isEqualTo(137); // 128 + SIGKILL: it was killed, not finished

        int stored = StoreSnapshot.of(killed).documents().size();
        assertThat(stored).as("documents stored before the kill").isBetween(10, documents - 1);
        Run resumed = cli("--db", killed.toString(), "load", output90.toString());
        assertThat(resumed.exit).isZero();
        assertThat(resumed.out).contains((documents - stored) + " loaded").contains(stored + " already present, 0 failed");

        StoreSnapshot after = StoreSnapshot.of(killed);
        assertThat(after.claims()).containsExactlyElementsOf(expected.claims());
        assertThat(after.documents()).isEqualTo(expected.documents());
        assertThat(after.stats()).isEqualTo(expected.stats());
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private List<Path> releases() throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            List<Path> sorted = new ArrayList<>(files.filter(Files::isRegularFile).sorted().toList());
            return sorted;
        }
    }
}
