package org.sightline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads and writes the judgements table; the target column is a small JSON object. */
final class JudgementRows {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Connection connection;

    JudgementRows(Connection connection) {
        this.connection = connection;
    }

    Judgement insert(JudgementKind kind, String summary, String why, String madeBy, List<Long> entityIds,
                     List<Long> docEntityIds, Long claimId, String newName, org.sightline.core.EntityType newType)
            throws SQLException {
        ObjectNode target = MAPPER.createObjectNode();
        entityIds.forEach(target.putArray("entities")::add);
        docEntityIds.forEach(target.putArray("doc_entities")::add);
        if (claimId != null) {
            target.put("claim", claimId);
        }
        if (newName != null) {
            target.put("name", newName);
        }
        if (newType != null) {
            target.put("type", newType.name());
        }
        Instant now = Instant.now();
        long id = Jdbc.insertReturningId(connection,
                "INSERT INTO judgements (kind, target, summary, why, made_by, made_at) VALUES (?, ?, ?, ?, ?, ?)",
                kind, target.toString(), summary, why, madeBy, now.toString());
        return find(id).orElseThrow();
    }

    Optional<Judgement> find(long id) throws SQLException {
        return Jdbc.list(connection, "SELECT * FROM judgements WHERE id = ?", JudgementRows::map, id).stream().findFirst();
    }

    /** Oldest first: judgements apply in the order they were made. */
    List<Judgement> all() throws SQLException {
        return Jdbc.list(connection, "SELECT * FROM judgements ORDER BY id", JudgementRows::map);
    }

    void revert(long id, String by) throws SQLException {
        Jdbc.update(connection, "UPDATE judgements SET reverted_by = ?, reverted_at = ? WHERE id = ? AND reverted_at IS NULL",
                by, Instant.now().toString(), id);
    }

    private static Judgement map(ResultSet row) throws SQLException {
        JsonNode target;
        try {
            target = MAPPER.readTree(row.getString("target"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("judgement " + row.getLong("id") + " has a broken target: " + e.getMessage(), e);
        }
        String revertedAt = row.getString("reverted_at");
        return new Judgement(row.getLong("id"), JudgementKind.valueOf(row.getString("kind")), row.getString("summary"),
                row.getString("why"), row.getString("made_by"), Instant.parse(row.getString("made_at")),
                row.getString("reverted_by"), revertedAt == null ? null : Instant.parse(revertedAt),
                longs(target.get("entities")), longs(target.get("doc_entities")),
                target.has("claim") ? target.get("claim").asLong() : null,
                target.has("name") ? target.get("name").asText() : null,
                target.has("type") ? org.sightline.core.EntityType.valueOf(target.get("type").asText()) : null);
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> values.add(n.asLong()));
        }
        return values;
    }
}
