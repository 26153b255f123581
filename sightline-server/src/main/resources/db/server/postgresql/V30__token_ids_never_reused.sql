-- On SQLite this version rebuilds server_tokens with AUTOINCREMENT so a revoked token's id is never
-- handed out again. PostgreSQL's BIGSERIAL draws ids from a sequence, which never goes back: only
-- the reason is recorded, where a DBA reading the schema finds it.
COMMENT ON COLUMN server_tokens.id IS 'from a sequence: a revoked token''s id is never reused (the audit log names tokens by id)';
