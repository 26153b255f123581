package org.sightline.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn in place. Drawn only on a terminal, so
 * logs and pipes get the per-file messages and the summary alone.
 */
final class ProgressLine {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final String unit;
    private final long started = System.nanoTime();

    ProgressLine(PrintWriter err, int total, boolean enabled) {
        this(err, total, enabled, "files");
    }

    /** @param unit what is counted ("files", "claims") */
    ProgressLine(PrintWriter err, int total, boolean enabled, String unit) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 1;
        this.unit = unit;
    }

    void update(int done, String status) {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : (int) Math.min(WIDTH, (long) done * WIDTH / total);
        double secs = (System.nanoTime() - started) / 1e9;
        err.printf("\r[%s%s] %d/%d %s  %s  %.0f s ", "=".repeat(filled), " ".repeat(WIDTH - filled),
                done, total, unit, status, secs);
        err.flush();
    }

    /** Clears the bar so that a message can be printed on a clean line. */
    void clear() {
        if (enabled) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
