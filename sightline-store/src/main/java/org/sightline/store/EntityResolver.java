package org.sightline.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sightline.core.Entity;
import org.sightline.core.NameKey;

/**
 * Maps an extraction's entity onto a stored one as a document is saved: the same knowledge-base
 * id; else the same type and a shared name key (preferred name or alias, either side) with an
 * entity that is not linked to another knowledge-base entry; else a new entity. Runs inside the
 * caller's transaction, so entities created earlier in the same save are found too.
 * {@link EntityRebuild} applies the same rules to all documents at once, with the judgements.
 */
final class EntityResolver {
    private final Connection connection;
    private final NameKey nameKey;

    EntityResolver(Connection connection, NameKey nameKey) {
        this.connection = connection;
        this.nameKey = nameKey;
    }

    /** @return the stored id of {@code entity}, after recording any names and kb id it adds */
    long resolve(Entity entity) throws SQLException {
        Map<String, String> namesByKey = namesByKey(entity);
        Long id = entity.kbId() == null ? null : findByKb(entity.kbId());
        if (id == null) {
            id = findMatch(entity, namesByKey.keySet());
        }
        if (id == null) {
            id = Jdbc.insertReturningId(connection,
                    "INSERT INTO entities (name, type, kb_id) VALUES (?, ?, ?)",
                    entity.name(), entity.type(), entity.kbId());
        } else if (entity.kbId() != null) {
            // A kb id once set is kept: the first link is as good as a later one and stays stable.
            Jdbc.update(connection, "UPDATE entities SET kb_id = ? WHERE id = ? AND kb_id IS NULL", entity.kbId(), id);
        }
        for (Map.Entry<String, String> name : namesByKey.entrySet()) {
            Jdbc.update(connection,
                    "INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)"
                            + " ON CONFLICT (entity_id, alias_key) DO NOTHING",
                    id, name.getValue(), name.getKey());
        }
        return id;
    }

    /** The preferred name first, then aliases; one spelling per key, the first one seen. */
    private Map<String, String> namesByKey(Entity entity) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(nameKey.key(entity.name()), entity.name());
        for (String alias : entity.aliases()) {
            names.putIfAbsent(nameKey.key(alias), alias);
        }
        return names;
    }

    private Long findByKb(String kbId) throws SQLException {
        List<Long> ids = Jdbc.list(connection, "SELECT id FROM entities WHERE kb_id = ? ORDER BY id LIMIT 1",
                row -> row.getLong(1), kbId);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * The oldest stored entity sharing a key, so merges always land on the same one. Two entities
     * linked to different knowledge-base entries are never merged by name: sanctions lists give
     * many different people the same weak alias.
     */
    private Long findMatch(Entity entity, Iterable<String> keys) throws SQLException {
        List<Object> params = new ArrayList<>();
        params.add(entity.type());
        for (String key : keys) {
            // A blank key (a name of punctuation only) would match every other such name.
            if (!key.isEmpty()) {
                params.add(key);
            }
        }
        if (params.size() == 1) {
            return null;
        }
        String placeholders = String.join(", ", Collections.nCopies(params.size() - 1, "?"));
        List<Long> ids = Jdbc.list(connection,
                "SELECT e.id FROM entities e JOIN entity_aliases a ON a.entity_id = e.id"
                        + " WHERE e.type = ? AND a.alias_key IN (" + placeholders + ")"
                        + (entity.kbId() == null ? "" : " AND e.kb_id IS NULL")
                        + " ORDER BY e.id LIMIT 1",
                row -> row.getLong(1), params.toArray());
        return ids.isEmpty() ? null : ids.get(0);
    }
}
