package org.sightline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.exposure.BreadthFirstExposure;
import org.sightline.analysis.exposure.ExposureQuery;
import org.sightline.analysis.exposure.ExposureResult;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;

/** Smoke test of the generator and the exposure benchmark's workload at 10k entities (fast; JMH itself is not run). */
class SyntheticClaimGraphTest {

    @Test
    void isDeterministicBySeedAndHasTheClaimsAskedFor() {
        ClaimGraph a = new SyntheticClaimGraph(10_000, 100_000, 1).build();
        ClaimGraph b = new SyntheticClaimGraph(10_000, 100_000, 1).build();
        ClaimGraph c = new SyntheticClaimGraph(10_000, 100_000, 2).build();

        assertThat(a.nodeCount()).isEqualTo(10_000);
        assertThat(a.edgeCount()).isEqualTo(100_000);
        assertThat(checksum(a)).isEqualTo(checksum(b)).isNotEqualTo(checksum(c));
    }

    @Test
    void hasSkewedDegreesPlausibleTypeSharesAndDeepHierarchies() {
        ClaimGraph g = new SyntheticClaimGraph(10_000, 100_000, 1).build();
        Map<ClaimType, Integer> byType = new EnumMap<>(ClaimType.class);
        int maxDegree = 0;
        for (int n = 0; n < g.nodeCount(); n++) {
            int degree = 0;
            for (ClaimType t : ClaimType.values()) {
                degree += g.outEnd(n, t) - g.outStart(n, t) + g.inEnd(n, t) - g.inStart(n, t);
            }
            maxDegree = Math.max(maxDegree, degree);
        }
        for (int e = 0; e < g.edgeCount(); e++) {
            byType.merge(g.claimType(e), 1, Integer::sum);
        }
        double mean = 2.0 * g.edgeCount() / g.nodeCount();

        assertThat(maxDegree).isGreaterThan((int) (100 * mean));
        assertThat(byType.get(ClaimType.ASSOCIATED_WITH)).isGreaterThan(byType.get(ClaimType.FUNDS) * 20);
        assertThat(byType.get(ClaimType.DESIGNATED)).isGreaterThan(byType.get(ClaimType.FUNDS) * 20);
        assertThat(byType.get(ClaimType.FUNDS)).isBetween(300, 1_000);
        assertThat(depthOfDeepestUnit(g)).isGreaterThanOrEqualTo(5);
    }

    @Test
    void theBenchmarkWorkloadFindsExposure() {
        ExposureBench.Built built = ExposureBench.Built.of(10_000, 100_000, 42, System.out);
        ClaimGraph g = built.graph;
        int[] funders = ExposureBench.funders(g);
        int hub = g.node(built.generator.funderHubEntity());

        ExposureResult result = new BreadthFirstExposure()
                .exposure(g, ExposureQuery.of(built.generator.adversaryRule(), hub));

        assertThat(funders.length).isGreaterThan(50);
        assertThat(funders).contains(hub);
        assertThat(result.recipients()).isNotEmpty();
        assertThat(result.total().knownUsd()).isPositive();
        assertThat(result.recipients()).anySatisfy(r -> assertThat(r.units()).anySatisfy(u -> assertThat(u.chain()).isNotEmpty()));
    }

    private static long checksum(ClaimGraph g) {
        long h = 17;
        for (int e = 0; e < g.edgeCount(); e++) {
            h = h * 31 + g.claimId(e) * 7 + g.subject(e) * 13L + g.object(e) + g.claimType(e).ordinal() + g.time(e)
                    + g.stance(e).ordinal() + Double.hashCode(g.amount(e));
        }
        return h;
    }

    /** Longest chain of PART_OF up from any node, following the first parent (cycles cut at 100). */
    private static int depthOfDeepestUnit(ClaimGraph g) {
        int deepest = 0;
        for (int n = 0; n < g.nodeCount(); n++) {
            int depth = 0;
            int node = n;
            while (depth < 100 && g.outEnd(node, ClaimType.PART_OF) > g.outStart(node, ClaimType.PART_OF)) {
                node = g.object(g.outStart(node, ClaimType.PART_OF));
                depth++;
            }
            deepest = Math.max(deepest, depth < 100 ? depth : 0);
        }
        return deepest;
    }
}
