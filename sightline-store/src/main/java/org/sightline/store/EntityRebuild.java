package org.sightline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sightline.core.EntityType;
import org.sightline.core.NameKey;

/**
 * Recomputes the resolved entities from every document's entities and the active judgements,
 * then points mentions, claims and attribution at them. The rules are those of
 * {@link EntityResolver}, applied to all documents at once:
 * <ol>
 *   <li>a SPLIT puts its document entities in a partition of their own; nothing crosses partitions
 *       except a MERGE;</li>
 *   <li>document entities with the same knowledge-base id are one entity;</li>
 *   <li>unlinked ones sharing a type and a name key (name or alias) are one entity, and join a
 *       linked entity that has that name key; entities linked to different knowledge-base
 *       entries never join by name;</li>
 *   <li>MERGE judgements join two entities, in the order they were made.</li>
 * </ol>
 * Entity ids stay stable: a cluster keeps the id most of its members had (the kept side of a merge
 * first); the smaller side of a split gets a new id. Runs inside the caller's transaction.
 */
final class EntityRebuild {
    private record DocEntity(long id, String name, EntityType type, String kbId, List<String> aliases, long entityId,
                             long originId, Set<String> keys) {
    }

    private final Connection connection;
    private final NameKey nameKey;
    private final SqlDialect dialect;

    EntityRebuild(Connection connection, NameKey nameKey, SqlDialect dialect) {
        this.connection = connection;
        this.nameKey = nameKey;
        this.dialect = dialect;
    }

    private Set<String> keys(String name, List<String> aliases) {
        Set<String> keys = new HashSet<>();
        keys.add(nameKey.key(name));
        aliases.forEach(a -> keys.add(nameKey.key(a)));
        keys.remove("");
        return keys;
    }

    RebuildResult run(List<Judgement> judgements) throws SQLException {
        List<DocEntity> des = Jdbc.list(connection,
                "SELECT id, name, type, kb_id, aliases, entity_id, origin_id FROM doc_entities ORDER BY id",
                r -> {
                    List<String> aliases = StringListJson.read(r.getString(5));
                    return new DocEntity(r.getLong(1), r.getString(2), EntityType.valueOf(r.getString(3)), r.getString(4),
                            aliases, r.getLong(6), r.getLong(7), keys(r.getString(2), aliases));
                });
        int before = (int) Jdbc.longValue(connection, "SELECT COUNT(*) FROM entities");
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < des.size(); i++) {
            index.put(des.get(i).id(), i);
        }
        long[] partition = new long[des.size()];
        Set<Long> keptOnMerge = new HashSet<>();
        Map<Long, Judgement> splits = new HashMap<>();
        for (Judgement j : judgements) {
            if (j.active() && j.kind() == JudgementKind.SPLIT) {
                splits.put(j.id(), j);
                for (long de : j.docEntityIds()) {
                    Integer i = index.get(de);
                    if (i != null) {
                        partition[i] = j.id();
                    }
                }
            }
        }
        UnionFind clusters = new UnionFind(des.size());
        Map<String, Integer> firstWithKb = new HashMap<>();
        Map<String, Integer> linkedByName = new HashMap<>();
        Map<String, Integer> unlinkedByName = new HashMap<>();
        // What was split off is not the KB entry it was linked to: the link is what the split undoes,
        // and the KB's name the link gave it goes too (the linker kept the document's own names as aliases).
        boolean[] unlinked = new boolean[des.size()];
        for (int i = 0; i < des.size(); i++) {
            if (partition[i] != 0 && des.get(i).kbId() != null) {
                unlinked[i] = true;
                DocEntity de = des.get(i);
                des.set(i, new DocEntity(de.id(), de.name(), de.type(), null, de.aliases(), de.entityId(), de.originId(),
                        de.keys()));
            }
        }
        for (int i = 0; i < des.size(); i++) {
            DocEntity de = des.get(i);
            if (de.kbId() != null) {
                Integer first = firstWithKb.putIfAbsent(partition[i] + "|" + de.kbId(), i);
                if (first != null) {
                    clusters.union(first, i);
                }
                for (String key : de.keys()) {
                    linkedByName.putIfAbsent(nameNode(partition[i], de.type(), key), i);
                }
            } else {
                for (String key : de.keys()) {
                    Integer first = unlinkedByName.putIfAbsent(nameNode(partition[i], de.type(), key), i);
                    if (first != null) {
                        clusters.union(first, i);
                    }
                }
            }
        }
        // Each unlinked cluster joins at most one linked one (the first it names), so it never bridges two.
        Map<Integer, Integer> attach = new LinkedHashMap<>();
        for (int i = 0; i < des.size(); i++) {
            DocEntity de = des.get(i);
            if (de.kbId() == null) {
                for (String key : de.keys()) {
                    Integer linked = linkedByName.get(nameNode(partition[i], de.type(), key));
                    if (linked != null) {
                        attach.putIfAbsent(clusters.find(i), linked);
                        break;
                    }
                }
            }
        }
        attach.forEach(clusters::union);
        for (Judgement j : judgements) {
            if (j.active() && j.kind() == JudgementKind.MERGE && j.docEntityIds().size() == 2) {
                Integer a = index.get(j.docEntityIds().get(0));
                Integer b = index.get(j.docEntityIds().get(1));
                if (a != null && b != null) {
                    clusters.union(a, b);
                    keptOnMerge.add(j.entityIds().get(0));
                }
            }
        }
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < des.size(); i++) {
            members.computeIfAbsent(clusters.find(i), r -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> ordered = new ArrayList<>(members.values());
        ordered.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparing(m -> m.get(0)));

        long nextId = Jdbc.longValue(connection, "SELECT COALESCE(MAX(id), 0) + 1 FROM entities");
        Set<Long> taken = new HashSet<>();
        Map<Long, Long> newEntityOf = new HashMap<>();
        List<Object[]> entityRows = new ArrayList<>();
        Map<Long, Map<String, String>> aliasesOf = new HashMap<>();
        for (List<Integer> cluster : ordered) {
            long id = chooseId(cluster, des, keptOnMerge, taken);
            if (id < 0) {
                id = nextId++;
            }
            taken.add(id);
            DocEntity naming = namingMember(cluster, des, id);
            String kbId = naming.kbId();
            Map<String, String> names = new LinkedHashMap<>();
            for (int i : cluster) {
                DocEntity de = des.get(i);
                if (kbId == null) {
                    kbId = de.kbId();
                }
                newEntityOf.put(de.id(), id);
                if (!unlinked[i] || de.aliases().isEmpty()) {
                    names.putIfAbsent(nameKey.key(de.name()), de.name());
                }
                de.aliases().forEach(a -> names.putIfAbsent(nameKey.key(a), a));
            }
            names.remove("");
            String name = naming.name();
            EntityType type = naming.type();
            Judgement split = splits.get(partition[cluster.get(0)]);
            if (split != null) {
                int at = cluster.stream().filter(i -> des.get(i).id() == naming.id()).findFirst().orElse(cluster.get(0));
                if (split.newName() != null) {
                    name = split.newName();
                } else if (unlinked[at] && !naming.aliases().isEmpty()) {
                    name = naming.aliases().get(0);
                }
                type = split.newType() != null ? split.newType() : type;
                names.putIfAbsent(nameKey.key(name), name);
            }
            entityRows.add(new Object[] {id, name, type, kbId});
            aliasesOf.put(id, names);
        }
        int moved = 0;
        for (DocEntity de : des) {
            if (newEntityOf.get(de.id()) != de.entityId()) {
                moved++;
            }
        }
        write(des, newEntityOf, entityRows, aliasesOf);
        applyRejections(judgements);
        nextEpoch(connection);
        return new RebuildResult(before, ordered.size(), moved);
    }

    /** Claims may have changed other than by being added: in-memory graphs must be rebuilt ({@link StoreVersion}). */
    static void nextEpoch(Connection connection) throws SQLException {
        Jdbc.update(connection, "INSERT INTO settings (name, value) VALUES ('epoch', '1')"
                + " ON CONFLICT (name) DO UPDATE SET value = CAST(CAST(settings.value AS INTEGER) + 1 AS TEXT)");
    }

    private static String nameNode(long partition, EntityType type, String key) {
        return partition + "|" + type + "|" + key;
    }

    /**
     * The kept side of a merge; else the id most members were saved into (so a reverted merge gives
     * the merged entity its id back); else the id most members have now (so a split-off part keeps
     * the id it got); -1 for a new id. Ids a bigger cluster took are skipped.
     */
    private static long chooseId(List<Integer> cluster, List<DocEntity> des, Set<Long> keptOnMerge, Set<Long> taken) {
        Map<Long, Integer> origin = new HashMap<>();
        Map<Long, Integer> current = new HashMap<>();
        for (int i : cluster) {
            origin.merge(des.get(i).originId(), 1, Integer::sum);
            current.merge(des.get(i).entityId(), 1, Integer::sum);
        }
        List<Long> candidates = new ArrayList<>();
        for (Map<Long, Integer> votes : List.of(origin, current)) {
            votes.keySet().stream().filter(keptOnMerge::contains).sorted().forEach(candidates::add);
        }
        candidates.addAll(byVotes(origin));
        candidates.addAll(byVotes(current));
        return candidates.stream().filter(id -> !taken.contains(id)).findFirst().orElse(-1L);
    }

    private static List<Long> byVotes(Map<Long, Integer> votes) {
        return votes.entrySet().stream()
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
    }

    /** The earliest member first saved into the chosen entity names it (else one that has it now), so names stay put. */
    private static DocEntity namingMember(List<Integer> cluster, List<DocEntity> des, long id) {
        for (int i : cluster) {
            if (des.get(i).originId() == id) {
                return des.get(i);
            }
        }
        for (int i : cluster) {
            if (des.get(i).entityId() == id) {
                return des.get(i);
            }
        }
        return des.get(cluster.get(0));
    }

    private void write(List<DocEntity> des, Map<Long, Long> newEntityOf, List<Object[]> entityRows,
                       Map<Long, Map<String, String>> aliasesOf) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(
                "INSERT INTO entities (id, name, type, kb_id) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, kb_id = excluded.kb_id")) {
            for (Object[] row : entityRows) {
                Jdbc.bind(upsert, row);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        dialect.explicitIdsWritten(connection, "entities");
        try (PreparedStatement move = connection.prepareStatement("UPDATE doc_entities SET entity_id = ? WHERE id = ?")) {
            for (DocEntity de : des) {
                long target = newEntityOf.get(de.id());
                if (target != de.entityId()) {
                    Jdbc.bind(move, target, de.id());
                    move.addBatch();
                }
            }
            move.executeBatch();
        }
        Jdbc.update(connection, "UPDATE mentions SET entity_id = (SELECT d.entity_id FROM doc_entities d"
                + " WHERE d.id = mentions.doc_entity_id) WHERE doc_entity_id IS NOT NULL");
        Jdbc.update(connection, "UPDATE claims SET"
                + " subject_id = (SELECT d.entity_id FROM doc_entities d WHERE d.id = claims.subject_doc_entity),"
                + " object_id = (SELECT d.entity_id FROM doc_entities d WHERE d.id = claims.object_doc_entity)"
                + " WHERE subject_doc_entity IS NOT NULL AND object_doc_entity IS NOT NULL");
        Jdbc.update(connection, "UPDATE claim_attribution SET entity_id = (SELECT d.entity_id FROM doc_entities d"
                + " WHERE d.id = claim_attribution.doc_entity_id) WHERE doc_entity_id IS NOT NULL");
        Jdbc.update(connection, "DELETE FROM entity_aliases");
        try (PreparedStatement alias = connection.prepareStatement(
                "INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)")) {
            for (Map.Entry<Long, Map<String, String>> e : aliasesOf.entrySet()) {
                for (Map.Entry<String, String> name : e.getValue().entrySet()) {
                    Jdbc.bind(alias, e.getKey(), name.getValue(), name.getKey());
                    alias.addBatch();
                }
            }
            alias.executeBatch();
        }
        Jdbc.update(connection, "DELETE FROM entities WHERE id NOT IN (SELECT entity_id FROM doc_entities)");
    }

    private void applyRejections(List<Judgement> judgements) throws SQLException {
        Jdbc.update(connection, "UPDATE claims SET rejected_by = NULL WHERE rejected_by IS NOT NULL");
        for (Judgement j : judgements) {
            if (j.active() && j.kind() == JudgementKind.REJECT && j.claimId() != null) {
                Jdbc.update(connection, "UPDATE claims SET rejected_by = ? WHERE id = ?", j.id(), j.claimId());
            }
        }
    }

    /** Plain union-find with path halving; clusters are small and few operations happen per rebuild. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                // The earlier document entity stays root, so cluster order follows ingest order.
                if (ra < rb) {
                    parent[rb] = ra;
                } else {
                    parent[ra] = rb;
                }
            }
        }
    }
}
