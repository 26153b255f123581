package org.sightline.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.sightline.interop.ExportFormat;
import org.sightline.interop.ExportSelection;
import org.sightline.interop.ExportSummary;
import org.sightline.interop.ExportWriters;
import org.sightline.interop.Exporter;
import org.sightline.interop.Markings;
import org.sightline.store.Store;

/**
 * Export throughput per format: the whole store written to a counting sink (the writer's work and
 * the store's reads, not the disk's), claims per second, bytes, and the peak live heap: the most
 * heap still in use after any garbage collection during the export, read from the collectors'
 * notifications. That is what must stay flat as the store grows; the used heap between collections
 * only says how big the young generation is. Each format runs once untimed first (the JIT), then
 * {@code repeats} times; the fastest run is reported, with the highest peak of all.
 */
public final class ExportBench {
    private final PrintWriter out;

    public ExportBench(PrintWriter out) {
        this.out = out;
    }

    /** One measurement. */
    public record Result(ExportFormat format, long claims, double seconds, long bytes, long peakLiveBytes) {
        public double claimsPerSecond() {
            return claims / seconds;
        }
    }

    public List<Result> run(Store store, List<ExportFormat> formats, int repeats) throws IOException {
        List<Result> results = new ArrayList<>();
        for (ExportFormat f : formats) {
            // One run untimed: the first pass through the store's reads and the writer pays for the JIT.
            once(store, f);
            Result best = null;
            for (int i = 0; i < repeats; i++) {
                Result r = once(store, f);
                if (best == null || r.seconds() < best.seconds()) {
                    best = new Result(f, r.claims(), r.seconds(), r.bytes(), Math.max(r.peakLiveBytes(), best == null ? 0 : best.peakLiveBytes()));
                } else {
                    best = new Result(f, best.claims(), best.seconds(), best.bytes(), Math.max(best.peakLiveBytes(), r.peakLiveBytes()));
                }
            }
            results.add(best);
            out.printf("  %-8s %,10d claims  %7.2f s  %,10.0f claims/s  %,8.1f MB written  peak live heap %,6.1f MB%n", f.name().toLowerCase(),
                    best.claims(), best.seconds(), best.claimsPerSecond(), best.bytes() / 1e6, best.peakLiveBytes() / 1e6);
            out.flush();
        }
        return results;
    }

    private static Result once(Store store, ExportFormat f) throws IOException {
        System.gc();
        CountingSink sink = new CountingSink();
        try (PeakLiveHeap peak = new PeakLiveHeap()) {
            long t = System.nanoTime();
            ExportSummary s = new Exporter(store, Markings.NONE).export(ExportSelection.ALL, ExportWriters.of(f, sink));
            double secs = (System.nanoTime() - t) / 1e9;
            return new Result(f, s.claims(), secs, sink.count, peak.peak());
        }
    }

    /** Counts bytes and drops them. */
    private static final class CountingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** The largest heap in use right after a collection, over the time it is open. */
    private static final class PeakLiveHeap implements AutoCloseable {
        private final AtomicLong peak = new AtomicLong();
        private final List<NotificationEmitter> emitters = new ArrayList<>();
        private final NotificationListener listener = (n, h) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                long used = 0;
                for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
                    used += u.getUsed();
                }
                peak.accumulateAndGet(used, Math::max);
            }
        };

        PeakLiveHeap() {
            peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter e) {
                    e.addNotificationListener(listener, null, null);
                    emitters.add(e);
                }
            }
        }

        long peak() {
            return peak.get();
        }

        @Override
        public void close() {
            for (NotificationEmitter e : emitters) {
                try {
                    e.removeNotificationListener(listener);
                } catch (javax.management.ListenerNotFoundException ignored) {
                    // never added: nothing to remove
                }
            }
        }
    }
}
