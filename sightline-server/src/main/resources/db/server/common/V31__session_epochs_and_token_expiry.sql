-- A password change must end the user's other sessions. Sessions are Jetty's, in memory, and
-- cannot be listed per user; instead each session holds the epoch its user had at sign-in, and a
-- request counts as signed in only while the user's epoch is still that one. Changing the
-- password moves the epoch on, so every older session is refused at its next request.
ALTER TABLE server_users ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;

-- API tokens expire (chosen at creation, 90 days by default); an ISO-8601 instant in UTC, whole
-- seconds. Tokens made before this column get theirs in V32 (per database: date arithmetic differs).
ALTER TABLE server_tokens ADD COLUMN expires_at TEXT;
