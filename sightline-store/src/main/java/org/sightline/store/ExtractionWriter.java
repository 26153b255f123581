package org.sightline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.sightline.core.Claim;
import org.sightline.core.Document;
import org.sightline.core.DocumentMetadata;
import org.sightline.core.Entity;
import org.sightline.core.Evidence;
import org.sightline.core.Extraction;
import org.sightline.core.Mention;
import org.sightline.core.NameKey;

/**
 * Writes one extraction's rows: document, entities, mentions, claims and attribution. The caller
 * owns the transaction; anything thrown here must make it roll back.
 */
final class ExtractionWriter {
    private final Connection connection;
    private final EntityResolver resolver;
    private final SqlDialect dialect;

    ExtractionWriter(Connection connection, NameKey nameKey, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
        this.resolver = new EntityResolver(connection, nameKey);
    }

    SaveResult write(Extraction extraction) throws SQLException {
        Document doc = extraction.document();
        insertDocument(doc);
        Map<String, Long> storedIds = new HashMap<>();
        Map<String, Long> docEntityIds = new HashMap<>();
        for (Entity entity : extraction.entities()) {
            long entityId = resolver.resolve(entity);
            storedIds.put(entity.id(), entityId);
            docEntityIds.put(entity.id(), Jdbc.insertReturningId(connection,
                    "INSERT INTO doc_entities (document_id, local_id, name, type, kb_id, aliases, entity_id, origin_id)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    doc.id(), entity.id(), entity.name(), entity.type(), entity.kbId(),
                    StringListJson.write(entity.aliases()), entityId, entityId));
        }
        for (Mention mention : extraction.mentions()) {
            String where = "mention at " + mention.span();
            Jdbc.update(connection,
                    "INSERT INTO mentions (document_id, entity_id, doc_entity_id, span_start, span_end, text)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    doc.id(), storedId(storedIds, mention.entityId(), where),
                    storedId(docEntityIds, mention.entityId(), where),
                    mention.span().start(), mention.span().end(), mention.text());
        }
        for (Claim claim : extraction.claims()) {
            insertClaim(doc, claim, storedIds, docEntityIds);
        }
        return new SaveResult(doc.id(), true, new HashSet<>(storedIds.values()).size(), extraction.claims().size());
    }

    private void insertDocument(Document doc) throws SQLException {
        DocumentMetadata m = doc.metadata();
        Jdbc.update(connection,
                "INSERT INTO documents (id, seq, title, source, url, published, path, media_type, text, ingested_at)"
                        + " VALUES (?, " + dialect.nextDocumentSeq() + ", ?, ?, ?, ?, ?, ?, ?, ?)",
                doc.id(), m.title(), m.source(), m.url(), m.published(), m.path(), m.mediaType(), doc.text(),
                Instant.now().toString());
        dialect.indexDocument(connection, doc);
    }

    private void insertClaim(Document doc, Claim claim, Map<String, Long> storedIds, Map<String, Long> docEntityIds)
            throws SQLException {
        Evidence evidence = checkedEvidence(doc, claim);
        String where = "claim " + claim.id();
        long claimId = Jdbc.insertReturningId(connection,
                "INSERT INTO claims (document_id, type, subject_id, object_id, subject_doc_entity, object_doc_entity,"
                        + " stance, time, confidence, attributes,"
                        + " evidence_start, evidence_end, quote, sentence_start, sentence_end)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                doc.id(), claim.type(),
                storedId(storedIds, claim.subject(), where),
                storedId(storedIds, claim.object(), where),
                storedId(docEntityIds, claim.subject(), where),
                storedId(docEntityIds, claim.object(), where),
                claim.stance(), claim.time(), claim.confidence(), AttributesJson.write(claim.attributes()),
                evidence.span().start(), evidence.span().end(), evidence.quote(),
                evidence.sentence().start(), evidence.sentence().end());
        List<String> chain = claim.attributedTo();
        for (int position = 0; position < chain.size(); position++) {
            String at = "attribution of claim " + claim.id();
            Jdbc.update(connection,
                    "INSERT INTO claim_attribution (claim_id, position, entity_id, doc_entity_id) VALUES (?, ?, ?, ?)",
                    claimId, position, storedId(storedIds, chain.get(position), at),
                    storedId(docEntityIds, chain.get(position), at));
        }
    }

    /** The store promises quotes that are the text at their offsets; refuse anything else. */
    private static Evidence checkedEvidence(Document doc, Claim claim) {
        Evidence evidence = claim.evidence();
        if (!evidence.documentId().equals(doc.id())) {
            throw new IllegalArgumentException("claim " + claim.id() + " cites another document: " + evidence.documentId());
        }
        if (evidence.span().end() > doc.text().length() || evidence.sentence().end() > doc.text().length()
                || !evidence.span().of(doc.text()).equals(evidence.quote())) {
            throw new IllegalArgumentException("claim " + claim.id() + ": quote is not the text at " + evidence.span());
        }
        return evidence;
    }

    private static long storedId(Map<String, Long> storedIds, String localId, String where) {
        Long id = storedIds.get(localId);
        if (id == null) {
            throw new IllegalArgumentException(where + " names entity " + localId + ", which the extraction does not list");
        }
        return id;
    }
}
