-- Sightline knowledge graph, SQLite flavour. Kept to types and syntax that map one to one onto
-- PostgreSQL (db/migration/postgresql): TEXT, INTEGER/BIGINT, REAL/DOUBLE PRECISION, JSON as TEXT/JSONB.
-- Ids that the store hands out are INTEGER PRIMARY KEY here (rowid alias) and identity columns there.

CREATE TABLE documents (
    id          TEXT PRIMARY KEY,             -- "sha256:" + hex of the normalised text
    seq         INTEGER NOT NULL UNIQUE,      -- ingest order; timestamps can tie
    title       TEXT,
    source      TEXT,
    url         TEXT,
    published   TEXT,                         -- ISO-8601 as given: yyyy, yyyy-MM or yyyy-MM-dd
    path        TEXT,
    media_type  TEXT,
    text        TEXT NOT NULL,
    ingested_at TEXT NOT NULL                 -- ISO-8601 instant (UTC)
);

CREATE TABLE entities (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,                      -- preferred name: the first one seen
    type  TEXT NOT NULL,                      -- EntityType name
    kb_id TEXT
);
CREATE INDEX entities_type ON entities (type);

-- Every name an entity was seen under, the preferred name included; matching goes by alias_key.
CREATE TABLE entity_aliases (
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    alias_key TEXT NOT NULL,                  -- org.sightline.core.Names.key(alias)
    UNIQUE (entity_id, alias_key)
);
CREATE INDEX entity_aliases_key ON entity_aliases (alias_key);

-- "start"/"end" are reserved words in PostgreSQL, hence span_start/span_end.
CREATE TABLE mentions (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id),
    span_start  INTEGER NOT NULL,
    span_end    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    CHECK (0 <= span_start AND span_start <= span_end)
);
CREATE INDEX mentions_entity ON mentions (entity_id);
CREATE INDEX mentions_document ON mentions (document_id);

CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    type           TEXT NOT NULL,             -- ClaimType name
    subject_id     INTEGER NOT NULL REFERENCES entities (id),
    object_id      INTEGER NOT NULL REFERENCES entities (id),
    stance         TEXT NOT NULL,             -- Stance name
    time           TEXT,
    confidence     REAL NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    attributes     TEXT NOT NULL DEFAULT '{}', -- JSON object of strings (JSONB in PostgreSQL)
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    quote          TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    CHECK (0 <= evidence_start AND evidence_start <= evidence_end),
    CHECK (0 <= sentence_start AND sentence_start <= sentence_end)
);
CREATE INDEX claims_subject ON claims (subject_id);
CREATE INDEX claims_object ON claims (object_id);
CREATE INDEX claims_type ON claims (type);
CREATE INDEX claims_document ON claims (document_id, evidence_start);

-- Who says a claim: position 0 is the innermost speaker, then each outlet that passed it on.
CREATE TABLE claim_attribution (
    claim_id  INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities (id),
    PRIMARY KEY (claim_id, position)
);
CREATE INDEX claim_attribution_entity ON claim_attribution (entity_id);
