-- Tokens made before expiry existed last 90 days from this upgrade, as a new token does by default.
UPDATE server_tokens SET expires_at = to_char((now() AT TIME ZONE 'UTC') + interval '90 days', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE expires_at IS NULL;
