-- Tokens made before expiry existed last 90 days from this upgrade, as a new token does by default.
UPDATE server_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '+90 days') WHERE expires_at IS NULL;
