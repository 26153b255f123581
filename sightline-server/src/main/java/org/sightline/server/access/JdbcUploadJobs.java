package org.sightline.server.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;

/** {@link UploadJobs} in the account tables' database, on their connection (whose lock orders the writes). */
final class JdbcUploadJobs implements UploadJobs {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, user_id, collection_id, file_name, document_id, title, state, stage, done, total,"
            + " claims, error, held_unreadable, queued_at, started_at, finished_at";
    private final JdbcAccountStore db;

    JdbcUploadJobs(JdbcAccountStore db) {
        this.db = db;
    }

    @Override
    public UploadJob enqueue(long userId, long collectionId, String fileName, Document document, String title, boolean heldUnreadable) {
        long id = db.update("INSERT INTO server_upload_jobs (user_id, collection_id, file_name, document_id, title, body, metadata,"
                        + " state, held_unreadable, queued_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?)",
                userId, collectionId, fileName, document.id(), title, document.text(), json(document.metadata()),
                heldUnreadable ? 1 : 0, JdbcAccountStore.now());
        return job(id).orElseThrow();
    }

    @Override
    public Optional<UploadJob> job(long id) {
        return db.list("SELECT " + COLUMNS + " FROM server_upload_jobs WHERE id = ?", JdbcUploadJobs::job, id).stream().findFirst();
    }

    @Override
    public List<UploadJob> ofUser(long userId, int limit) {
        return db.list("SELECT " + COLUMNS + " FROM server_upload_jobs WHERE user_id = ? ORDER BY id DESC LIMIT ?",
                JdbcUploadJobs::job, userId, limit);
    }

    @Override
    public Optional<UploadJob.Work> takeNext() {
        synchronized (db) {
            List<UploadJob.Work> next = db.list("SELECT " + COLUMNS + ", body, metadata FROM server_upload_jobs"
                    + " WHERE state = 'QUEUED' ORDER BY id LIMIT 1", r -> new UploadJob.Work(job(r),
                    new Document(r.getString("document_id"), r.getString("body"), metadata(r.getString("metadata")))));
            if (next.isEmpty()) {
                return Optional.empty();
            }
            long id = next.get(0).job().id();
            db.update("UPDATE server_upload_jobs SET state = 'RUNNING', started_at = ?, stage = ? WHERE id = ?",
                    JdbcAccountStore.now(), "starting", id);
            return Optional.of(new UploadJob.Work(job(id).orElseThrow(), next.get(0).document()));
        }
    }

    @Override
    public void progress(long id, String stage, int done, int total) {
        db.update("UPDATE server_upload_jobs SET stage = ?, done = ?, total = ? WHERE id = ?", stage, done, total, id);
    }

    @Override
    public void finish(long id, int claims) {
        db.update("UPDATE server_upload_jobs SET state = 'DONE', stage = NULL, done = total, claims = ?, body = NULL, finished_at = ? WHERE id = ?",
                claims, JdbcAccountStore.now(), id);
    }

    @Override
    public void fail(long id, String error) {
        db.update("UPDATE server_upload_jobs SET state = 'FAILED', stage = NULL, error = ?, body = NULL, finished_at = ? WHERE id = ?",
                error, JdbcAccountStore.now(), id);
    }

    @Override
    public int unfinished() {
        return db.list("SELECT COUNT(*) FROM server_upload_jobs WHERE state IN ('QUEUED', 'RUNNING')", r -> r.getInt(1)).get(0);
    }

    @Override
    public int unfinishedOf(long userId) {
        return db.list("SELECT COUNT(*) FROM server_upload_jobs WHERE user_id = ? AND state IN ('QUEUED', 'RUNNING')",
                r -> r.getInt(1), userId).get(0);
    }

    @Override
    public boolean cancel(long id) {
        return db.changed("UPDATE server_upload_jobs SET state = 'CANCELLED', body = NULL, finished_at = ? WHERE id = ? AND state = 'QUEUED'",
                JdbcAccountStore.now(), id) > 0;
    }

    @Override
    public void cancelled(long id) {
        db.changed("UPDATE server_upload_jobs SET state = 'CANCELLED', stage = NULL, body = NULL, finished_at = ? WHERE id = ?",
                JdbcAccountStore.now(), id);
    }

    @Override
    public int ahead(long id) {
        return db.list("SELECT COUNT(*) FROM server_upload_jobs WHERE state = 'QUEUED' AND id < ?", r -> r.getInt(1), id).get(0);
    }

    @Override
    public int requeueInterrupted() {
        int running = db.list("SELECT COUNT(*) FROM server_upload_jobs WHERE state = 'RUNNING'", r -> r.getInt(1)).get(0);
        db.update("UPDATE server_upload_jobs SET state = 'QUEUED', stage = NULL, done = 0, total = 0, started_at = NULL"
                + " WHERE state = 'RUNNING'");
        return running;
    }

    private static UploadJob job(ResultSet r) throws SQLException {
        return new UploadJob(r.getLong("id"), r.getLong("user_id"), r.getLong("collection_id"), r.getString("file_name"),
                r.getString("document_id"), r.getString("title"), UploadJob.State.valueOf(r.getString("state")), r.getString("stage"),
                r.getInt("done"), r.getInt("total"), r.getInt("claims"), r.getString("error"), r.getInt("held_unreadable") != 0,
                r.getString("queued_at"), r.getString("started_at"), r.getString("finished_at"));
    }

    private static String json(DocumentMetadata m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the upload's metadata: " + e.getMessage(), e);
        }
    }

    private static DocumentMetadata metadata(String json) {
        try {
            return JSON.readValue(json, DocumentMetadata.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a queued upload's metadata: " + e.getMessage(), e);
        }
    }
}
