-- Store-wide settings, e.g. which name key the entity clusters and alias keys were built with.
CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
