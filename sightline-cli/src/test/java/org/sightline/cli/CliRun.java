package org.sightline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** One run of the sightline command, with what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The seed article of ../shared; skips the calling test when ../shared is not beside the project. */
    static Path seedOrSkip() {
        Path shared = shared();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "../shared is not beside the project");
        return shared.resolve("examples/seed-article.txt");
    }

    static Path shared() {
        for (String candidate : new String[] {System.getProperty("sightline.shared", ""), "../../shared", "../shared"}) {
            if (!candidate.isEmpty() && Files.isDirectory(Path.of(candidate, "examples"))) {
                return Path.of(candidate);
            }
        }
        return null;
    }
}
