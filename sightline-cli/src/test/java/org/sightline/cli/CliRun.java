package org.sightline.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.sightline.core.testing.SharedData;

/** One run of the sightline command, with what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The seed article of ../shared; skips the calling test without it (fails it in CI: {@link SharedData}). */
    static Path seedOrSkip() {
        return SharedData.require("examples/seed-article.txt");
    }
}
