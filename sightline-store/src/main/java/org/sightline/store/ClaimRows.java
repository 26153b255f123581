package org.sightline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Evidence;
import org.sightline.core.Span;
import org.sightline.core.Stance;

/** Reads claims with their evidence, entities, attribution chain and source document. */
final class ClaimRows {
    private static final String SELECT = "SELECT c.*, d.title AS document_title, d.source AS document_source,"
            + " s.name AS subject_name, s.type AS subject_type, o.name AS object_name, o.type AS object_type"
            + " FROM claims c"
            + " JOIN documents d ON d.id = c.document_id"
            + " JOIN entities s ON s.id = c.subject_id"
            + " JOIN entities o ON o.id = c.object_id";

    /** Rows per round trip when streaming all claims: a few MB, whatever the store's size. */
    private static final int STREAM_FETCH_SIZE = 10_000;

    private final Connection connection;

    ClaimRows(Connection connection) {
        this.connection = connection;
    }

    /** In document ingest order, then by where the evidence sits in the text. */
    List<StoredClaim> find(ClaimQuery query) throws SQLException {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (query.entityId() != null) {
            sql.append(" AND (c.subject_id = ? OR c.object_id = ?)");
            params.add(query.entityId());
            params.add(query.entityId());
        }
        if (query.type() != null) {
            sql.append(" AND c.type = ?");
            params.add(query.type());
        }
        if (!query.includeRejected()) {
            sql.append(" AND c.rejected_by IS NULL");
        }
        if (query.documentId() != null) {
            sql.append(" AND c.document_id = ?");
            params.add(query.documentId());
        }
        sql.append(" ORDER BY d.seq, c.evidence_start, c.id");
        if (query.limit() > 0) {
            sql.append(" LIMIT ?");
            params.add(query.limit());
        }
        List<StoredClaim> bare = Jdbc.list(connection, sql.toString(), ClaimRows::mapWithoutAttribution, params.toArray());
        List<StoredClaim> result = new ArrayList<>(bare.size());
        for (StoredClaim c : bare) {
            result.add(new StoredClaim(c.id(), c.type(), c.subject(), c.object(), c.stance(), attribution(c.id()),
                    c.time(), c.confidence(), c.attributes(), c.evidence(), c.documentTitle(), c.documentSource(),
                    c.rejectedBy()));
        }
        return result;
    }

    /** All claims not rejected, by id, in one streaming query. */
    void forEachRow(java.util.function.Consumer<StoredClaimRow> each) throws SQLException {
        forEachRowAfter(0, each);
    }

    void forEachRowAfter(long afterId, java.util.function.Consumer<StoredClaimRow> each) throws SQLException {
        String sql = "SELECT c.id, c.type, c.subject_id, s.type, c.object_id, o.type, c.stance, c.document_id,"
                + " c.time, c.attributes FROM claims c"
                + " JOIN entities s ON s.id = c.subject_id"
                + " JOIN entities o ON o.id = c.object_id"
                + " WHERE c.rejected_by IS NULL AND c.id > ? ORDER BY c.id";
        try (java.sql.PreparedStatement statement = Jdbc.prepare(connection, sql, afterId)) {
            // PostgreSQL reads through a server-side cursor, this many rows at a time, when in a transaction.
            statement.setFetchSize(STREAM_FETCH_SIZE);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    String attributes = row.getString(10);
                    each.accept(new StoredClaimRow(row.getLong(1), ClaimType.valueOf(row.getString(2)), row.getLong(3),
                            EntityType.valueOf(row.getString(4)), row.getLong(5), EntityType.valueOf(row.getString(6)),
                            Stance.valueOf(row.getString(7)), row.getString(8), row.getString(9),
                            "{}".equals(attributes) ? Map.of() : AttributesJson.read(attributes)));
                }
            }
        }
    }

    /**
     * Every claim with evidence and attribution, by id: two cursors read side by side (the claims,
     * and every attribution row ordered by claim and position) and merged, so the whole store is two
     * queries however many claims it holds, and memory holds one claim's chain at a time.
     */
    void forEachWithEvidence(boolean includeRejected, java.util.function.Consumer<StoredClaim> each) throws SQLException {
        String claimSql = SELECT + (includeRejected ? "" : " WHERE c.rejected_by IS NULL") + " ORDER BY c.id";
        String chainSql = "SELECT a.claim_id, e.id, e.name, e.type FROM claim_attribution a"
                + " JOIN entities e ON e.id = a.entity_id ORDER BY a.claim_id, a.position";
        try (java.sql.PreparedStatement claimStatement = connection.prepareStatement(claimSql);
             java.sql.PreparedStatement chainStatement = connection.prepareStatement(chainSql)) {
            claimStatement.setFetchSize(STREAM_FETCH_SIZE);
            chainStatement.setFetchSize(STREAM_FETCH_SIZE);
            try (ResultSet row = claimStatement.executeQuery(); ResultSet chain = chainStatement.executeQuery()) {
                boolean chainLeft = chain.next();
                Columns columns = new Columns(row);
                while (row.next()) {
                    StoredClaim c = columns.claim(row);
                    // Chains of claims left out (rejected) come first in id order: skip them.
                    while (chainLeft && chain.getLong(1) < c.id()) {
                        chainLeft = chain.next();
                    }
                    List<EntityRef> speakers = new ArrayList<>(3);
                    while (chainLeft && chain.getLong(1) == c.id()) {
                        speakers.add(new EntityRef(chain.getLong(2), chain.getString(3), EntityType.valueOf(chain.getString(4))));
                        chainLeft = chain.next();
                    }
                    each.accept(new StoredClaim(c.id(), c.type(), c.subject(), c.object(), c.stance(), List.copyOf(speakers),
                            c.time(), c.confidence(), c.attributes(), c.evidence(), c.documentTitle(), c.documentSource(),
                            c.rejectedBy()));
                }
            }
        }
    }

    /** Each claim's relation, document and innermost speaker (position 0 of its chain), by id, in one query. */
    void forEachOrigin(boolean includeRejected, java.util.function.Consumer<ClaimOrigin> each) throws SQLException {
        String sql = "SELECT c.id, c.type, c.subject_id, c.object_id, c.document_id, a.entity_id, c.rejected_by FROM claims c"
                + " LEFT JOIN claim_attribution a ON a.claim_id = c.id AND a.position = 0"
                + (includeRejected ? "" : " WHERE c.rejected_by IS NULL") + " ORDER BY c.id";
        try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(STREAM_FETCH_SIZE);
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    long speaker = row.getLong(6);
                    long s = row.wasNull() ? -1 : speaker;
                    row.getLong(7);
                    boolean rejected = !row.wasNull();
                    each.accept(new ClaimOrigin(row.getLong(1), ClaimType.valueOf(row.getString(2)), row.getLong(3), row.getLong(4),
                            row.getString(5), s, rejected));
                }
            }
        }
    }

    java.util.Optional<StoredClaim> byId(long id) throws SQLException {
        List<StoredClaim> bare = Jdbc.list(connection, SELECT + " WHERE c.id = ?", ClaimRows::mapWithoutAttribution, id);
        return bare.stream().findFirst().map(c -> {
            try {
                return new StoredClaim(c.id(), c.type(), c.subject(), c.object(), c.stance(), attribution(c.id()),
                        c.time(), c.confidence(), c.attributes(), c.evidence(), c.documentTitle(), c.documentSource(),
                        c.rejectedBy());
            } catch (SQLException e) {
                throw new StoreException("cannot read the attribution of claim " + id + ": " + e.getMessage(), e);
            }
        });
    }

    int count() throws SQLException {
        return (int) Jdbc.longValue(connection, "SELECT COUNT(*) FROM claims WHERE rejected_by IS NULL");
    }

    Map<ClaimType, Integer> countByType() throws SQLException {
        Map<ClaimType, Integer> counts = new EnumMap<>(ClaimType.class);
        Jdbc.list(connection, "SELECT type, COUNT(*) FROM claims WHERE rejected_by IS NULL GROUP BY type",
                row -> counts.put(ClaimType.valueOf(row.getString(1)), row.getInt(2)));
        return counts;
    }

    /** Innermost speaker first, as extracted. */
    private List<EntityRef> attribution(long claimId) throws SQLException {
        return Jdbc.list(connection,
                "SELECT e.id, e.name, e.type FROM claim_attribution a JOIN entities e ON e.id = a.entity_id"
                        + " WHERE a.claim_id = ? ORDER BY a.position",
                row -> new EntityRef(row.getLong(1), row.getString(2), EntityType.valueOf(row.getString(3))),
                claimId);
    }

    /**
     * The columns of {@link #SELECT} by index, looked up once per query: by name, the JDBC driver
     * searches the column list for every value of every row.
     */
    private static final class Columns {
        final int id, type, subject, subjectName, subjectType, object, objectName, objectType, stance, time, confidence,
                attributes, document, start, end, quote, sentenceStart, sentenceEnd, title, source, rejectedBy;

        Columns(ResultSet r) throws SQLException {
            id = r.findColumn("id");
            type = r.findColumn("type");
            subject = r.findColumn("subject_id");
            subjectName = r.findColumn("subject_name");
            subjectType = r.findColumn("subject_type");
            object = r.findColumn("object_id");
            objectName = r.findColumn("object_name");
            objectType = r.findColumn("object_type");
            stance = r.findColumn("stance");
            time = r.findColumn("time");
            confidence = r.findColumn("confidence");
            attributes = r.findColumn("attributes");
            document = r.findColumn("document_id");
            start = r.findColumn("evidence_start");
            end = r.findColumn("evidence_end");
            quote = r.findColumn("quote");
            sentenceStart = r.findColumn("sentence_start");
            sentenceEnd = r.findColumn("sentence_end");
            title = r.findColumn("document_title");
            source = r.findColumn("document_source");
            rejectedBy = r.findColumn("rejected_by");
        }

        StoredClaim claim(ResultSet row) throws SQLException {
            EntityRef s = new EntityRef(row.getLong(subject), row.getString(subjectName), EntityType.valueOf(row.getString(subjectType)));
            EntityRef o = new EntityRef(row.getLong(object), row.getString(objectName), EntityType.valueOf(row.getString(objectType)));
            Evidence evidence = new Evidence(row.getString(document), new Span(row.getInt(start), row.getInt(end)), row.getString(quote),
                    new Span(row.getInt(sentenceStart), row.getInt(sentenceEnd)));
            long rejected = row.getLong(rejectedBy);
            Long rejectedOrNull = row.wasNull() ? null : rejected;
            return new StoredClaim(row.getLong(id), ClaimType.valueOf(row.getString(type)), s, o, Stance.valueOf(row.getString(stance)),
                    List.of(), row.getString(time), row.getDouble(confidence), AttributesJson.read(row.getString(attributes)), evidence,
                    row.getString(title), row.getString(source), rejectedOrNull);
        }
    }

    private static StoredClaim mapWithoutAttribution(ResultSet row) throws SQLException {
        EntityRef subject = new EntityRef(row.getLong("subject_id"), row.getString("subject_name"),
                EntityType.valueOf(row.getString("subject_type")));
        EntityRef object = new EntityRef(row.getLong("object_id"), row.getString("object_name"),
                EntityType.valueOf(row.getString("object_type")));
        Evidence evidence = new Evidence(row.getString("document_id"),
                new Span(row.getInt("evidence_start"), row.getInt("evidence_end")), row.getString("quote"),
                new Span(row.getInt("sentence_start"), row.getInt("sentence_end")));
        return new StoredClaim(row.getLong("id"), ClaimType.valueOf(row.getString("type")), subject, object,
                Stance.valueOf(row.getString("stance")), List.of(), row.getString("time"), row.getDouble("confidence"),
                AttributesJson.read(row.getString("attributes")), evidence,
                row.getString("document_title"), row.getString("document_source"), Jdbc.nullableLong(row, "rejected_by"));
    }
}
