package org.sightline.server.access;

import java.util.List;
import java.util.Optional;
import org.sightline.core.Document;

/** The persisted upload queue: jobs in the order they came, each run once (again after a restart). */
public interface UploadJobs {
    UploadJob enqueue(long userId, long collectionId, String fileName, Document document, String title, boolean heldUnreadable);

    Optional<UploadJob> job(long id);

    /** A user's latest jobs, newest first. */
    List<UploadJob> ofUser(long userId, int limit);

    /** Takes the oldest queued job and marks it running; empty when none waits. */
    Optional<UploadJob.Work> takeNext();

    void progress(long id, String stage, int done, int total);

    void finish(long id, int claims);

    void fail(long id, String error);

    /** Jobs queued or running. */
    int unfinished();

    /** A user's jobs queued or running. */
    int unfinishedOf(long userId);

    /** Takes a queued job out of the queue; false when it is no longer queued (running or finished). */
    boolean cancel(long id);

    /** A running job stopped at its owner's asking: cancelled, its text dropped. */
    void cancelled(long id);

    /** Queued jobs that will run before this one. */
    int ahead(long id);

    /** Puts back in the queue the jobs that were running when the server stopped; how many. */
    int requeueInterrupted();
}
