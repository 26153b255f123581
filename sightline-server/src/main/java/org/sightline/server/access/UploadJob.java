package org.sightline.server.access;

/**
 * An upload waiting to be read, being read, or read: what its uploader sees of it. {@code title}
 * is the uploader's own (never a stored filing's); {@code done}/{@code total} count the
 * running stage's steps (sentences parsed of those worth parsing).
 */
public record UploadJob(long id, long userId, long collectionId, String fileName, String documentId, String title,
                        State state, String stage, int done, int total, int claims, String error,
                        boolean heldUnreadable, String queuedAt, String startedAt, String finishedAt) {
    public enum State {
        QUEUED, RUNNING, DONE, FAILED, CANCELLED;

        public boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    /** A job taken from the queue with the document it reads. */
    public record Work(UploadJob job, org.sightline.core.Document document) {
    }
}
