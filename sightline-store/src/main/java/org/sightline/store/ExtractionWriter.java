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

/**
 * Writes one extraction's rows: document, entities, mentions, claims and attribution. The caller
 * owns the transaction; anything thrown here must make it roll back.
 */
final class ExtractionWriter {
    private final Connection connection;
    private final EntityResolver resolver;

    ExtractionWriter(Connection connection) {
        this.connection = connection;
        this.resolver = new EntityResolver(connection);
    }

    SaveResult write(Extraction extraction) throws SQLException {
        Document doc = extraction.document();
        insertDocument(doc);
        Map<String, Long> storedIds = new HashMap<>();
        for (Entity entity : extraction.entities()) {
            storedIds.put(entity.id(), resolver.resolve(entity));
        }
        for (Mention mention : extraction.mentions()) {
            Jdbc.update(connection,
                    "INSERT INTO mentions (document_id, entity_id, span_start, span_end, text) VALUES (?, ?, ?, ?, ?)",
                    doc.id(), storedId(storedIds, mention.entityId(), "mention at " + mention.span()),
                    mention.span().start(), mention.span().end(), mention.text());
        }
        for (Claim claim : extraction.claims()) {
            insertClaim(doc, claim, storedIds);
        }
        return new SaveResult(doc.id(), true, new HashSet<>(storedIds.values()).size(), extraction.claims().size());
    }

    private void insertDocument(Document doc) throws SQLException {
        DocumentMetadata m = doc.metadata();
        Jdbc.update(connection,
                "INSERT INTO documents (id, seq, title, source, url, published, path, media_type, text, ingested_at)"
                        + " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM documents), ?, ?, ?, ?, ?, ?, ?, ?)",
                doc.id(), m.title(), m.source(), m.url(), m.published(), m.path(), m.mediaType(), doc.text(),
                Instant.now().toString());
    }

    private void insertClaim(Document doc, Claim claim, Map<String, Long> storedIds) throws SQLException {
        Evidence evidence = checkedEvidence(doc, claim);
        long claimId = Jdbc.insertReturningId(connection,
                "INSERT INTO claims (document_id, type, subject_id, object_id, stance, time, confidence, attributes,"
                        + " evidence_start, evidence_end, quote, sentence_start, sentence_end)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                doc.id(), claim.type(),
                storedId(storedIds, claim.subject(), "claim " + claim.id()),
                storedId(storedIds, claim.object(), "claim " + claim.id()),
                claim.stance(), claim.time(), claim.confidence(), AttributesJson.write(claim.attributes()),
                evidence.span().start(), evidence.span().end(), evidence.quote(),
                evidence.sentence().start(), evidence.sentence().end());
        List<String> chain = claim.attributedTo();
        for (int position = 0; position < chain.size(); position++) {
            Jdbc.update(connection,
                    "INSERT INTO claim_attribution (claim_id, position, entity_id) VALUES (?, ?, ?)",
                    claimId, position, storedId(storedIds, chain.get(position), "attribution of claim " + claim.id()));
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
