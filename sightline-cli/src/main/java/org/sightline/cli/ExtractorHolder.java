package org.sightline.cli;

import java.io.PrintWriter;
import org.sightline.extract.Extractor;

/** Loads the CoreNLP models once, when a command first needs them (a few seconds). */
final class ExtractorHolder {
    private static Extractor extractor;

    private ExtractorHolder() {
    }

    static synchronized Extractor get(PrintWriter err, boolean quiet) {
        if (extractor == null) {
            long t = System.nanoTime();
            if (!quiet) {
                err.print("loading language models... ");
                err.flush();
            }
            extractor = Extractor.load();
            if (!quiet) {
                err.printf("done (%.1f s)%n", (System.nanoTime() - t) / 1e9);
                err.flush();
            }
        }
        return extractor;
    }
}
