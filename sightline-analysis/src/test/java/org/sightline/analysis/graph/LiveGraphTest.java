package org.sightline.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.store.Articles;
import org.sightline.store.ClaimQuery;
import org.sightline.store.SqliteStore;
import org.sightline.store.Store;

class LiveGraphTest {
    @TempDir
    Path dir;

    private static Set<Long> claimIds(ClaimGraph g) {
        Set<Long> ids = new HashSet<>();
        for (int e = 0; e < g.edgeCount(); e++) {
            ids.add(g.claimId(e));
        }
        return ids;
    }

    @Test
    void ingestsAreAddedIncrementallyAndJudgementsRebuildTheGraph() {
        try (Store store = SqliteStore.open(dir.resolve("s.db"))) {
            store.save(Articles.badrInfiltration());
            LiveGraph live = new LiveGraph(store);
            ClaimGraph first = live.current();
            assertThat(first.edgeCount()).isEqualTo(2);
            assertThat(live.current()).isSameAs(first);

            store.save(Articles.qudsFunding());
            store.save(Articles.badrTown());
            ClaimGraph second = live.current();
            assertThat(live.lastWasIncremental()).isTrue();
            ClaimGraph fresh = ClaimGraph.fromStore(store);
            assertThat(second.edgeCount()).isEqualTo(fresh.edgeCount()).isEqualTo(4);
            assertThat(second.nodeCount()).isEqualTo(fresh.nodeCount());
            assertThat(claimIds(second)).isEqualTo(claimIds(fresh));
            for (int e = 0; e < fresh.edgeCount(); e++) {
                int f = e;
                int same = java.util.stream.IntStream.range(0, second.edgeCount())
                        .filter(x -> second.claimId(x) == fresh.claimId(f)).findFirst().orElseThrow();
                assertThat(second.entityId(second.subject(same))).isEqualTo(fresh.entityId(fresh.subject(f)));
                assertThat(second.entityId(second.object(same))).isEqualTo(fresh.entityId(fresh.object(f)));
                assertThat(Double.compare(second.amount(same), fresh.amount(f))).isZero();
                assertThat(second.documentId(second.document(same))).isEqualTo(fresh.documentId(fresh.document(f)));
            }

            long rejected = store.claims(ClaimQuery.ALL).get(0).id();
            store.reject(rejected, "analyst", "test");
            ClaimGraph third = live.current();
            assertThat(live.lastWasIncremental()).isFalse();
            assertThat(claimIds(third)).doesNotContain(rejected).hasSize(3);

            store.rebuildEntities();
            live.current();
            assertThat(live.lastWasIncremental()).isFalse();
        }
    }
}
