package org.sightline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.sightline.core.Document;

/**
 * What the SQLite and the PostgreSQL store do differently. Everything else (the {@code *Rows}
 * classes, {@link ExtractionWriter}, {@link EntityResolver}, {@link EntityRebuild} and the store
 * methods in {@link JdbcStore}) is one code path over plain SQL both databases accept.
 */
interface SqlDialect {

    /** The folder under {@code db/migration} holding this dialect's Flyway scripts. */
    String migrations();

    /** An SQL expression for a new document's ingest sequence number ({@code documents.seq}). */
    String nextDocumentSeq();

    /**
     * Called first in every write transaction: writers that share one database (several CLI runs,
     * a server) take turns, so that "is this document stored?" and "which entity has this name?"
     * are answered and acted on by one writer at a time.
     */
    void lockForWrite(Connection connection) throws SQLException;

    /** After rows with explicit ids were written to {@code table}: keep the generated ids ahead of them. */
    void explicitIdsWritten(Connection connection, String table) throws SQLException;

    /** Makes a document just inserted (same transaction) findable by {@link #search}. */
    void indexDocument(Connection connection, Document document) throws SQLException;

    /**
     * Documents whose title or text hold every one of {@code words} ({@link SearchWords#of}, not
     * empty), best first, at most {@code limit}, with a snippet marking the words with « ».
     */
    List<DocumentHit> search(Connection connection, List<String> words, int limit) throws SQLException;
}
