package org.sightline.spark;

import org.sightline.extract.Extractor;

/**
 * The extractor of this JVM: loaded on the first document a task reads here, then shared by
 * every task thread of the executor (the extractor is thread-safe), so the CoreNLP models
 * (~350 MB live, a few seconds to load) are loaded once per executor, never per task.
 */
final class ExecutorExtractor {
    private static volatile Extractor extractor;

    private ExecutorExtractor() {
    }

    static Extractor get() {
        Extractor e = extractor;
        if (e == null) {
            synchronized (ExecutorExtractor.class) {
                e = extractor;
                if (e == null) {
                    long t = System.nanoTime();
                    e = Extractor.load();
                    System.err.printf("sightline-spark: language models loaded in %.1f s%n", (System.nanoTime() - t) / 1e9);
                    extractor = e;
                }
            }
        }
        return e;
    }
}
