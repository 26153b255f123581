package org.sightline.server;

import org.sightline.server.access.Collection;
import org.sightline.server.access.UploadJob;

/**
 * What an upload's owner reads of it, in the API and on the upload pages: its state, what a
 * running one is doing and how far ({@code done} of {@code total}), how many queued uploads are
 * ahead of a waiting one, and once read, the document and its claim count.
 */
public record UploadStatus(long id, String state, String file, String collection, String documentId, String title,
                           String stage, int done, int total, Integer ahead, Integer claims, String error,
                           String queuedAt, String startedAt, String finishedAt, String document) {
    static UploadStatus of(SightlineServer s, UploadJob j) {
        String collection = s.accounts.collection(j.collectionId()).map(Collection::name).orElse(null);
        boolean done = j.state() == UploadJob.State.DONE;
        return new UploadStatus(j.id(), j.state().name(), j.fileName(), collection, j.documentId(), j.title(), j.stage(),
                j.done(), j.total(), j.state() == UploadJob.State.QUEUED ? s.accounts.uploadJobs().ahead(j.id()) : null,
                done ? j.claims() : null, j.error(), j.queuedAt(), j.startedAt(), j.finishedAt(),
                done ? "/api/documents/" + j.documentId() : null);
    }

    public boolean finished() {
        return !"QUEUED".equals(state) && !"RUNNING".equals(state);
    }

    public boolean failed() {
        return "FAILED".equals(state) || "CANCELLED".equals(state);
    }

    public boolean cancellable() {
        return "QUEUED".equals(state) || "RUNNING".equals(state);
    }

    /** Percent of the running stage, for the progress bar. */
    public int percent() {
        return total <= 0 ? 0 : Math.min(100, (int) (100L * done / total));
    }

    /** When it was queued, as people read it. */
    public String queued() {
        return Views.at(queuedAt);
    }

    /** The state in words, as the page says it. */
    public String describe() {
        return switch (state) {
            case "QUEUED" -> ahead == null || ahead == 0 ? "Waiting: next in the queue" : "Waiting: " + ahead + " upload"
                    + (ahead == 1 ? "" : "s") + " ahead";
            case "RUNNING" -> "Reading: " + (stage == null ? "starting" : stage) + (total > 1 ? " (" + done + " of " + total + ")" : "");
            case "DONE" -> "Stored with " + claims + " claim" + (claims != null && claims == 1 ? "" : "s");
            case "CANCELLED" -> "Cancelled before it was read";
            default -> "Failed: " + error;
        };
    }
}
