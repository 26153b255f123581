-- Uploads wait in a queue instead of being read inside the request: a 20 MB file takes half an
-- hour to extract. The queue is a table so that it survives a restart (a job running when the
-- server stopped is run again); the text waits here until its claims are stored, then is cleared.
CREATE TABLE server_upload_jobs (
    id              ${id} PRIMARY KEY,
    user_id         ${ref} NOT NULL REFERENCES server_users (id),
    collection_id   ${ref} NOT NULL REFERENCES server_collections (id),
    file_name       TEXT NOT NULL,
    document_id     TEXT NOT NULL,             -- the text's id (its hash), known before it is read
    title           TEXT,                      -- as the uploader sent it, never a stored filing's
    body            TEXT,                      -- the text to read; null once done
    metadata        TEXT,                      -- JSON: the document's metadata as uploaded
    state           TEXT NOT NULL,             -- QUEUED, RUNNING, DONE, FAILED
    stage           TEXT,                      -- what a running job is doing
    done            INTEGER NOT NULL DEFAULT 0,
    total           INTEGER NOT NULL DEFAULT 0,
    claims          INTEGER NOT NULL DEFAULT 0,
    error           TEXT,
    held_unreadable INTEGER NOT NULL DEFAULT 0,
    queued_at       TEXT NOT NULL,
    started_at      TEXT,
    finished_at     TEXT
);
CREATE INDEX server_upload_jobs_state ON server_upload_jobs (state, id);
CREATE INDEX server_upload_jobs_user ON server_upload_jobs (user_id, id);
