-- A token id is named in the audit log ("TOKEN_REVOKE token 7"); if a new token got the id of a
-- revoked one, the log would seem to speak of it. SQLite's INTEGER PRIMARY KEY without
-- AUTOINCREMENT hands out max(id) + 1, so deleting the newest token freed its id for the next.
-- AUTOINCREMENT keeps the highest id ever used (in sqlite_sequence); SQLite cannot add it to a
-- column, so the table is rebuilt with its rows and ids. Tokens are the only server rows that are
-- deleted. (PostgreSQL's BIGSERIAL sequence never hands out an id twice: see db/server/postgresql.)
CREATE TABLE server_tokens_rebuilt (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES server_users (id),
    token_hash TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    created_at TEXT NOT NULL
);
INSERT INTO server_tokens_rebuilt (id, user_id, token_hash, label, created_at)
    SELECT id, user_id, token_hash, label, created_at FROM server_tokens;
DROP TABLE server_tokens;
ALTER TABLE server_tokens_rebuilt RENAME TO server_tokens;
