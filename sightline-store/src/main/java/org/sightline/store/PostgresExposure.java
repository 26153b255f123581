package org.sightline.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.sightline.core.ClaimType;

/**
 * The exposure question as one SQL statement over the claims table, for comparison with the
 * in-memory {@code BreadthFirstExposure} (sightline-analysis) with its default rule,
 * {@code AlignedOrDesignated}. Only claims not rejected count, of every stance, as there.
 *
 * <ol>
 *   <li>recipients: objects of the funders' {@code FUNDS} claims;</li>
 *   <li>a recursive CTE goes down {@code PART_OF} from each recipient, one row per chain, a chain
 *       never entering a node twice (so cycles end) and at most {@code maxDepth} steps; parallel
 *       claims between the same two nodes are one step ({@code DISTINCT} in a {@code LATERAL});</li>
 *   <li>each reached node keeps one shortest chain ({@code DISTINCT ON}, the smallest entity ids
 *       on ties);</li>
 *   <li>its {@code INFILTRATES}, {@code CONTROLS}, {@code MEMBER_OF} and {@code LEADS} ties from
 *       groups that are a sponsor, are {@code ALIGNED_WITH} a sponsor, or were {@code DESIGNATED}
 *       by an authority; each tied group is judged once per query, as in memory (judging each tie
 *       row made the largest funder's query 10 times slower);</li>
 *   <li>each reached node that is itself adversary-aligned (money paid straight to an aligned or
 *       designated group): a row whose group is the node itself, with the {@code ALIGNED_WITH}
 *       claims to one sponsor or the {@code DESIGNATED} claims of one authority, or no claims and no
 *       tie type when the node is a sponsor.</li>
 * </ol>
 *
 * <p>Not here: the {@code since} filter on funding dates (dates are free text in the table), money,
 * and the claims of each step, which the in-memory analysis and the CLI add. Unlike the in-memory
 * search, which visits each node once, the CTE follows every cycle-free chain before keeping the
 * shortest: linear on trees, more where many chains reach the same unit.
 */
final class PostgresExposure {
    private static final String SQL = """
            WITH RECURSIVE
            recipients AS (
                SELECT DISTINCT c.object_id AS recipient FROM claims c
                WHERE c.subject_id = ANY (?) AND c.type = 'FUNDS' AND c.rejected_by IS NULL),
            down (recipient, node, depth, chain) AS (
                SELECT recipient, recipient, 0, ARRAY[recipient] FROM recipients
              UNION ALL
                SELECT d.recipient, p.child, d.depth + 1, d.chain || p.child
                FROM down d CROSS JOIN LATERAL (
                    SELECT DISTINCT c.subject_id AS child FROM claims c
                    WHERE c.object_id = d.node AND c.type = 'PART_OF' AND c.rejected_by IS NULL) p
                WHERE d.depth < ? AND p.child <> ALL (d.chain)),
            reached AS (
                SELECT DISTINCT ON (recipient, node) recipient, node, depth, chain FROM down
                ORDER BY recipient, node, depth, chain),
            ties AS (
                SELECT r.recipient, r.node, r.depth, r.chain, c.type, c.subject_id AS grp,
                       array_agg(c.id ORDER BY c.id) AS claims
                FROM reached r JOIN claims c ON c.object_id = r.node AND c.rejected_by IS NULL
                    AND c.type IN ('INFILTRATES', 'CONTROLS', 'MEMBER_OF', 'LEADS')
                GROUP BY r.recipient, r.node, r.depth, r.chain, c.type, c.subject_id),
            tied AS (SELECT DISTINCT grp FROM ties),
            adversaries AS (
                SELECT g.grp FROM tied g
                WHERE g.grp = ANY (?)
                   OR EXISTS (SELECT 1 FROM claims a WHERE a.subject_id = g.grp AND a.type = 'ALIGNED_WITH'
                              AND a.object_id = ANY (?) AND a.object_id <> g.grp AND a.rejected_by IS NULL)
                   OR EXISTS (SELECT 1 FROM claims a WHERE a.object_id = g.grp AND a.type = 'DESIGNATED'
                              AND a.subject_id = ANY (?) AND a.subject_id <> g.grp AND a.rejected_by IS NULL)),
            selves (recipient, node, depth, chain, type, grp, claims) AS (
                SELECT r.recipient, r.node, r.depth, r.chain, NULL::text, r.node, ARRAY[]::bigint[]
                FROM reached r WHERE r.node = ANY (?)
              UNION ALL
                SELECT r.recipient, r.node, r.depth, r.chain, 'ALIGNED_WITH', r.node, array_agg(a.id ORDER BY a.id)
                FROM reached r JOIN claims a ON a.subject_id = r.node AND a.type = 'ALIGNED_WITH'
                    AND a.object_id = ANY (?) AND a.object_id <> r.node AND a.rejected_by IS NULL
                GROUP BY r.recipient, r.node, r.depth, r.chain, a.object_id
              UNION ALL
                SELECT r.recipient, r.node, r.depth, r.chain, 'DESIGNATED', r.node, array_agg(a.id ORDER BY a.id)
                FROM reached r JOIN claims a ON a.object_id = r.node AND a.type = 'DESIGNATED'
                    AND a.subject_id = ANY (?) AND a.subject_id <> r.node AND a.rejected_by IS NULL
                GROUP BY r.recipient, r.node, r.depth, r.chain, a.subject_id)
            SELECT x.chain, x.type, x.grp, x.claims FROM (
                SELECT t.recipient, t.depth, t.node, t.grp, t.type, t.chain, t.claims FROM ties t JOIN adversaries USING (grp)
              UNION ALL
                SELECT recipient, depth, node, grp, type, chain, claims FROM selves) x
            ORDER BY x.recipient, x.depth, x.node, x.grp, x.type NULLS FIRST
            """;

    private final Connection connection;

    PostgresExposure(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param funders     entity ids whose money to follow
     * @param sponsors    entity ids of the sponsors (Iran, the IRGC …)
     * @param authorities entity ids whose designations count (the US, its Treasury …)
     * @param maxDepth    {@code PART_OF} steps below a recipient; {@link Integer#MAX_VALUE} for all
     * @return the ties by recipient, depth, unit, group and tie type
     */
    List<ExposedTie> ask(Collection<Long> funders, Collection<Long> sponsors, Collection<Long> authorities, int maxDepth)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setArray(1, ids(funders));
            statement.setInt(2, maxDepth);
            statement.setArray(3, ids(sponsors));
            statement.setArray(4, ids(sponsors));
            statement.setArray(5, ids(authorities));
            statement.setArray(6, ids(sponsors));
            statement.setArray(7, ids(sponsors));
            statement.setArray(8, ids(authorities));
            List<ExposedTie> ties = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    ties.add(new ExposedTie(longs(row.getArray(1)), row.getString(2) == null ? null : ClaimType.valueOf(row.getString(2)), row.getLong(3),
                            longs(row.getArray(4))));
                }
            }
            return ties;
        }
    }

    private Array ids(Collection<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray(Long[]::new));
    }

    private static List<Long> longs(Array array) throws SQLException {
        try {
            return Arrays.asList((Long[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
