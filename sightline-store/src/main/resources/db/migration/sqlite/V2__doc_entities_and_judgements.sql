-- Entities as each document saw them, and the analysts' judgements. The resolved entities
-- (table entities) are recomputed from these two: a judgement can be reverted and the entities
-- rebuilt, and nothing a document said is lost by a merge or a split.

CREATE TABLE doc_entities (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    local_id    TEXT NOT NULL,                -- the extraction's own id ("e3")
    name        TEXT NOT NULL,
    type        TEXT NOT NULL,
    kb_id       TEXT,
    aliases     TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    entity_id   INTEGER NOT NULL REFERENCES entities (id),
    origin_id   INTEGER NOT NULL,             -- the entity it was saved into: rebuilds give ids back by it
    UNIQUE (document_id, local_id)
);
CREATE INDEX doc_entities_entity ON doc_entities (entity_id);
CREATE INDEX doc_entities_kb ON doc_entities (kb_id);

-- Stores written by schema V1 had no per-document entities: one per (document, entity) pair.
INSERT INTO doc_entities (document_id, local_id, name, type, kb_id, entity_id, origin_id)
SELECT pairs.document_id, 'v1-' || pairs.entity_id, e.name, e.type, e.kb_id, e.id, e.id
FROM (SELECT document_id, entity_id FROM mentions
      UNION SELECT document_id, subject_id FROM claims
      UNION SELECT document_id, object_id FROM claims
      UNION SELECT c.document_id, a.entity_id FROM claim_attribution a JOIN claims c ON c.id = a.claim_id) pairs
JOIN entities e ON e.id = pairs.entity_id;

ALTER TABLE mentions ADD COLUMN doc_entity_id INTEGER REFERENCES doc_entities (id);
ALTER TABLE claims ADD COLUMN subject_doc_entity INTEGER REFERENCES doc_entities (id);
ALTER TABLE claims ADD COLUMN object_doc_entity INTEGER REFERENCES doc_entities (id);
ALTER TABLE claim_attribution ADD COLUMN doc_entity_id INTEGER REFERENCES doc_entities (id);

UPDATE mentions SET doc_entity_id = (SELECT d.id FROM doc_entities d
    WHERE d.document_id = mentions.document_id AND d.entity_id = mentions.entity_id);
UPDATE claims SET subject_doc_entity = (SELECT d.id FROM doc_entities d
    WHERE d.document_id = claims.document_id AND d.entity_id = claims.subject_id);
UPDATE claims SET object_doc_entity = (SELECT d.id FROM doc_entities d
    WHERE d.document_id = claims.document_id AND d.entity_id = claims.object_id);
UPDATE claim_attribution SET doc_entity_id = (SELECT d.id FROM doc_entities d JOIN claims c ON c.document_id = d.document_id
    WHERE c.id = claim_attribution.claim_id AND d.entity_id = claim_attribution.entity_id);

CREATE INDEX mentions_doc_entity ON mentions (doc_entity_id);

-- An analyst's judgement: MERGE two entities, SPLIT document entities off one, REJECT a claim.
-- Never deleted: reverting sets reverted_at, and the entities are rebuilt without it.
CREATE TABLE judgements (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,                -- MERGE, SPLIT, REJECT
    target      TEXT NOT NULL,                -- JSON: what it applies to (see Judgement.java)
    summary     TEXT NOT NULL,                -- what it said when made, in words
    why         TEXT,
    made_by     TEXT NOT NULL,
    made_at     TEXT NOT NULL,                -- ISO-8601 instant (UTC)
    reverted_by TEXT,
    reverted_at TEXT
);

-- A claim an analyst rejected stays stored (with its evidence) but is left out of answers.
ALTER TABLE claims ADD COLUMN rejected_by INTEGER REFERENCES judgements (id);
