package org.sightline.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import org.sightline.core.EntityType;
import org.sightline.core.NameKey;

/** Reads entities with their aliases and mention counts, and looks them up by name. */
final class EntityRows {
    private static final String SELECT = "SELECT e.id, e.name, e.type, e.kb_id,"
            + " (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = e.id) AS mentions FROM entities e";
    private static final String ORDER = " ORDER BY LOWER(e.name), e.id";

    private static final int BULK = 100;

    private final Connection connection;
    private final NameKey nameKey;

    EntityRows(Connection connection, NameKey nameKey) {
        this.connection = connection;
        this.nameKey = nameKey;
    }

    List<StoredEntity> all(EntityType type) throws SQLException {
        return type == null
                ? query(SELECT + ORDER)
                : query(SELECT + " WHERE e.type = ?" + ORDER, type);
    }

    Optional<StoredEntity> find(long id) throws SQLException {
        return query(SELECT + " WHERE e.id = ?", id).stream().findFirst();
    }

    /**
     * Same name key as a name or alias; when nothing has it, any whose name or alias key contains
     * it, so a fragment ("badr") still finds "Badr Corps". Keys make the substring match ignore
     * case and diacritics alike.
     */
    List<StoredEntity> findByName(String name) throws SQLException {
        String key = nameKey.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        List<StoredEntity> exact = query(SELECT
                + " WHERE e.id IN (SELECT a.entity_id FROM entity_aliases a WHERE a.alias_key = ?)" + ORDER, key);
        if (!exact.isEmpty()) {
            return exact;
        }
        return query(SELECT + " WHERE e.id IN (SELECT a.entity_id FROM entity_aliases a"
                + " WHERE a.alias_key LIKE ? ESCAPE '\\')" + ORDER, "%" + escapeLike(key) + "%");
    }

    List<DocumentEntity> documentEntities(java.util.Collection<Long> entityIds) throws SQLException {
        List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(entityIds));
        List<DocumentEntity> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            result.addAll(Jdbc.list(connection, "SELECT d.id, d.entity_id, d.document_id, d.name, d.type, d.aliases, d.kb_id,"
                    + " (SELECT COUNT(*) FROM mentions m WHERE m.doc_entity_id = d.id) FROM doc_entities d"
                    + " JOIN documents doc ON doc.id = d.document_id WHERE d.entity_id IN (" + marks + ")"
                    + " ORDER BY d.entity_id, doc.seq, d.id",
                    r -> new DocumentEntity(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4),
                            EntityType.valueOf(r.getString(5)), StringListJson.read(r.getString(6)), r.getString(7), r.getInt(8)),
                    chunk.toArray()));
        }
        return result;
    }

    int count() throws SQLException {
        return (int) Jdbc.longValue(connection, "SELECT COUNT(*) FROM entities");
    }

    private List<StoredEntity> query(String sql, Object... params) throws SQLException {
        List<StoredEntity> bare = Jdbc.list(connection, sql, EntityRows::mapWithoutAliases, params);
        // Many entities (a screening index over a sanctions list): one pass over all aliases, not one query each.
        Map<Long, List<String[]>> all = bare.size() > BULK ? allAliases() : null;
        List<StoredEntity> result = new ArrayList<>(bare.size());
        for (StoredEntity e : bare) {
            List<String[]> rows = all != null ? all.getOrDefault(e.id(), List.of()) : Jdbc.list(connection,
                    "SELECT alias, alias_key FROM entity_aliases WHERE entity_id = ? ORDER BY alias_key",
                    r -> new String[] {r.getString(1), r.getString(2)}, e.id());
            result.add(new StoredEntity(e.id(), e.name(), e.type(), aliases(rows, nameKey.key(e.name())), e.kbId(), e.mentions()));
        }
        return result;
    }

    private Map<Long, List<String[]>> allAliases() throws SQLException {
        Map<Long, List<String[]>> byEntity = new HashMap<>();
        Jdbc.list(connection, "SELECT entity_id, alias, alias_key FROM entity_aliases ORDER BY entity_id, alias_key",
                r -> byEntity.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new String[] {r.getString(2), r.getString(3)}));
        return byEntity;
    }

    /** Every other name the entity was seen under; the preferred name itself is left out. */
    private static List<String> aliases(List<String[]> rows, String nameKey) {
        List<String> aliases = new ArrayList<>();
        for (String[] row : rows) {
            if (!row[1].equals(nameKey)) {
                aliases.add(row[0]);
            }
        }
        return List.copyOf(aliases);
    }

    private static StoredEntity mapWithoutAliases(ResultSet row) throws SQLException {
        return new StoredEntity(row.getLong("id"), row.getString("name"), EntityType.valueOf(row.getString("type")),
                List.of(), row.getString("kb_id"), row.getInt("mentions"));
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
