-- Full-text search over documents' titles and texts (SQLite FTS5; PostgreSQL uses a tsvector).
-- An external-content index: the text is stored once, in documents; rowid is documents.seq.
-- Documents are never updated, only inserted (and deleted by nothing yet), so one trigger suffices.
CREATE VIRTUAL TABLE document_search USING fts5(
    title, text,
    content = 'documents', content_rowid = 'seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO document_search (rowid, title, text) SELECT seq, COALESCE(title, ''), text FROM documents;

CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
    INSERT INTO document_search (rowid, title, text) VALUES (new.seq, COALESCE(new.title, ''), new.text);
END;

CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
    INSERT INTO document_search (document_search, rowid, title, text)
        VALUES ('delete', old.seq, COALESCE(old.title, ''), old.text);
END;
