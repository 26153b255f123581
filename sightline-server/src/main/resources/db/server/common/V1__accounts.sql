-- The server's own tables, in the store's database, with their own Flyway history
-- (flyway_server_history). Plain SQL that SQLite and PostgreSQL both read; the id columns' types
-- are Flyway placeholders that JdbcAccountStore fills per database (${id}: a generated key, ${ref}:
-- a column referring to one).

CREATE TABLE server_users (
    id            ${id} PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,             -- bcrypt, cost in the hash
    role          TEXT NOT NULL,             -- ADMIN, ANALYST, VIEWER
    created_at    TEXT NOT NULL,             -- ISO-8601 instant (UTC)
    disabled      INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE server_tokens (
    id         ${id} PRIMARY KEY,
    user_id    ${ref} NOT NULL REFERENCES server_users (id),
    token_hash TEXT NOT NULL UNIQUE,         -- SHA-256 hex of the token; the token itself is shown once
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE server_collections (
    id         ${id} PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    tlp        TEXT NOT NULL,                -- CLEAR, GREEN, AMBER, RED
    created_at TEXT NOT NULL
);

CREATE TABLE server_members (
    collection_id ${ref} NOT NULL REFERENCES server_collections (id),
    user_id       ${ref} NOT NULL REFERENCES server_users (id),
    PRIMARY KEY (collection_id, user_id)
);

-- A document filed in a collection; a document filed nowhere is in the Shared collection.
CREATE TABLE server_filings (
    collection_id ${ref} NOT NULL REFERENCES server_collections (id),
    document_id   TEXT NOT NULL,             -- documents.id; no foreign key: filed before it is stored
    filed_by      TEXT NOT NULL,
    filed_at      TEXT NOT NULL,
    PRIMARY KEY (collection_id, document_id)
);
CREATE INDEX server_filings_document ON server_filings (document_id);

CREATE TABLE server_audit (
    id      ${id} PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,                   -- user name, or what a failed login gave
    action  TEXT NOT NULL,                   -- LOGIN, LOGOUT, UPLOAD, JUDGEMENT, EXPORT, ...
    target  TEXT,
    outcome TEXT NOT NULL,                   -- OK, DENIED, FAILED
    detail  TEXT
);
CREATE INDEX server_audit_at ON server_audit (at);

INSERT INTO server_collections (name, tlp, created_at) VALUES ('Shared', 'GREEN', '1970-01-01T00:00:00Z');
