package org.sightline.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.sightline.core.Extraction;
import org.sightline.extract.ExtractionProgress;
import org.sightline.extract.Extractor;
import org.sightline.server.access.UploadJob;
import org.sightline.server.access.UploadJobs;
import org.sightline.store.ClaimQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads queued uploads outside the requests that sent them: a fixed number of workers (one per
 * core by default) take jobs from the persisted queue in order, so an upload answers at once and
 * half an hour of extraction ties up a worker, never the web server. The queue is bounded: when
 * it is full an upload is refused (503) rather than stored to wait for hours.
 */
final class UploadQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UploadQueue.class);
    /** Progress is written at most this often: a sentence takes milliseconds. */
    private static final long PROGRESS_EVERY_MS = 500;

    private final SightlineServer server;
    private final UploadJobs jobs;
    private final int capacity;
    private final List<Thread> workers = new ArrayList<>();
    /** Two uploads of one text read it once: the second waits for the first and finds it stored. */
    private final Map<String, Object> reading = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    /** Running jobs their owner asked to stop: the worker stops at the next sentence it parses. */
    private final java.util.Set<Long> stopping = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    UploadQueue(SightlineServer server, UploadJobs jobs, int workers, int capacity) {
        this.server = server;
        this.jobs = jobs;
        this.capacity = capacity;
        int interrupted = jobs.requeueInterrupted();
        if (interrupted > 0) {
            LOG.info("{} upload(s) were being read when the server stopped; they are read again", interrupted);
        }
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(this::work, "upload-worker-" + (i + 1));
            t.setDaemon(true);
            this.workers.add(t);
        }
        this.workers.forEach(Thread::start);
    }

    /** True when another upload may wait in the queue. */
    boolean hasRoom() {
        return jobs.unfinished() < capacity;
    }

    int capacity() {
        return capacity;
    }

    /** How many uploads one user may have waiting or running: a fifth of the queue, so one cannot fill it for all. */
    int perUser() {
        return Math.max(1, capacity / 5);
    }

    boolean hasRoomFor(long userId) {
        return jobs.unfinishedOf(userId) < perUser();
    }

    /** Asks the worker reading {@code jobId} to stop; it does at the next sentence (tagging the text cannot be cut short). */
    void stop(long jobId) {
        stopping.add(jobId);
    }

    /** Thrown through the extractor by the progress callback of a job asked to stop. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super("cancelled while it was read", null, false, false);
        }
    }

    /** A new job is in the queue: a waiting worker takes it now rather than at its next look. */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    private void work() {
        while (!closed) {
            Optional<UploadJob.Work> next;
            try {
                next = jobs.takeNext();
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.error("cannot read the upload queue", e);
                next = Optional.empty();
            }
            if (next.isEmpty()) {
                synchronized (signal) {
                    try {
                        signal.wait(2000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                continue;
            }
            run(next.get());
        }
    }

    private void run(UploadJob.Work work) {
        UploadJob job = work.job();
        String id = work.document().id();
        Object lock = reading.computeIfAbsent(id, k -> new Object());
        try {
            synchronized (lock) {
                if (!server.store.containsDocument(id)) {
                    Extractor extractor = extractor(job);
                    Extraction x = extractor.extract(work.document(), progress(job.id()));
                    jobs.progress(job.id(), "storing the claims", 0, 1);
                    server.store.save(x);
                    server.visibility.changed();
                }
            }
            int claims = server.store.claims(new ClaimQuery(null, null, id, 0)).size();
            jobs.finish(job.id(), claims);
            server.accounts.audit(owner(job), "UPLOAD_READ", id, "OK", "job " + job.id() + ": " + claims + " claims");
        } catch (Stopped e) {
            jobs.cancelled(job.id());
            server.accounts.audit(owner(job), "UPLOAD_READ", id, "CANCELLED", "job " + job.id() + ": stopped while it was read");
        } catch (RuntimeException e) {
            if (closed) {
                return; // the server is stopping: the job stays running and is read again at the next start
            }
            LOG.error("upload job {} ({}) failed", job.id(), job.fileName(), e);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            jobs.fail(job.id(), job.fileName() + ": " + why);
            server.accounts.audit(owner(job), "UPLOAD_READ", id, "FAILED", "job " + job.id() + ": " + why);
        } finally {
            reading.remove(id, lock);
            stopping.remove(job.id());
        }
    }

    private Extractor extractor(UploadJob job) {
        if (!server.extractor.isDone()) {
            jobs.progress(job.id(), "waiting for the language models to load", 0, 1);
        }
        try {
            return server.extractor.get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the server is stopping", e);
        } catch (Exception e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the language models could not be loaded: " + cause.getMessage(), e);
        }
    }

    private ExtractionProgress progress(long jobId) {
        long[] last = {0};
        String[] lastStage = {null};
        return (stage, done, total) -> {
            if (stopping.contains(jobId)) {
                throw new Stopped();
            }
            long now = System.currentTimeMillis();
            if (!stage.equals(lastStage[0]) || now - last[0] >= PROGRESS_EVERY_MS) {
                jobs.progress(jobId, stage, done, total);
                last[0] = now;
                lastStage[0] = stage;
            }
        };
    }

    private String owner(UploadJob job) {
        return server.accounts.user(job.userId()).map(u -> u.name()).orElse("user " + job.userId());
    }

    @Override
    public void close() {
        closed = true;
        workers.forEach(Thread::interrupt);
    }
}
