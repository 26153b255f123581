package org.sightline.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sightline.core.ClaimType.ALIGNED_WITH;
import static org.sightline.core.ClaimType.FUNDS;
import static org.sightline.core.ClaimType.INFILTRATES;
import static org.sightline.core.ClaimType.LEADS;
import static org.sightline.core.ClaimType.PART_OF;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.GOVERNMENT_BODY;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.core.EntityType.STATE;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Stance;
import org.sightline.store.Articles;
import org.sightline.store.ClaimQuery;
import org.sightline.store.SqliteStore;
import org.sightline.store.StoredClaim;

class ClaimGraphTest {
    private static final double NO_AMOUNT = Double.NaN;

    /** US(1) funds MoI(2) twice; police(3), erd(4) PART_OF MoI; militia(5) INFILTRATES police and ERD, ALIGNED_WITH Iran(6). */
    private static ClaimGraph seed() {
        ClaimGraph.Builder b = ClaimGraph.builder();
        b.node(1, STATE);
        b.node(2, GOVERNMENT_BODY);
        b.node(3, SECURITY_UNIT);
        b.node(4, SECURITY_UNIT);
        b.node(5, ARMED_GROUP);
        b.node(6, STATE);
        b.edge(100, 5, 4, INFILTRATES, Stance.ALLEGED, "d1", NO_AMOUNT, 20210600);
        b.edge(101, 1, 2, FUNDS, Stance.ASSERTED, "d1", NO_AMOUNT, 0);
        b.edge(102, 3, 2, PART_OF, Stance.ASSERTED, "d1", NO_AMOUNT, 0);
        b.edge(103, 4, 2, PART_OF, Stance.ASSERTED, "d2", NO_AMOUNT, 0);
        b.edge(104, 5, 3, INFILTRATES, Stance.ALLEGED, "d1", NO_AMOUNT, 0);
        b.edge(105, 5, 6, ALIGNED_WITH, Stance.ASSERTED, "d2", NO_AMOUNT, 0);
        b.edge(106, 1, 2, FUNDS, Stance.REPORTED, "d2", 20_000_000, 20200000);
        return b.build();
    }

    @Test
    void keepsNodesWithTheirEntityIdsAndTypes() {
        ClaimGraph g = seed();

        assertThat(g.nodeCount()).isEqualTo(6);
        assertThat(g.edgeCount()).isEqualTo(7);
        assertThat(g.node(3)).isEqualTo(2);
        assertThat(g.entityId(2)).isEqualTo(3);
        assertThat(g.type(g.node(5))).isEqualTo(ARMED_GROUP);
        assertThat(g.node(99)).isEqualTo(-1);
    }

    @Test
    void outAndInEdgesOfOneTypeAreContiguousAndKeepEveryAttribute() {
        ClaimGraph g = seed();
        int us = g.node(1);
        int moi = g.node(2);
        int militia = g.node(5);

        assertThat(claims(g, g.outStart(us, FUNDS), g.outEnd(us, FUNDS), false)).containsExactly(101L, 106L);
        assertThat(g.outEnd(us, PART_OF) - g.outStart(us, PART_OF)).isZero();
        assertThat(claims(g, g.inStart(moi, PART_OF), g.inEnd(moi, PART_OF), true)).containsExactly(102L, 103L);
        assertThat(claims(g, g.inStart(moi, FUNDS), g.inEnd(moi, FUNDS), true)).containsExactly(101L, 106L);
        // Ordered by object node: police (node 2) before ERD (node 3), though the ERD claim came first.
        assertThat(claims(g, g.outStart(militia, INFILTRATES), g.outEnd(militia, INFILTRATES), false))
                .containsExactly(104L, 100L);

        int funds = g.outStart(us, FUNDS) + 1;
        assertThat(g.claimId(funds)).isEqualTo(106);
        assertThat(g.subject(funds)).isEqualTo(us);
        assertThat(g.object(funds)).isEqualTo(moi);
        assertThat(g.claimType(funds)).isEqualTo(FUNDS);
        assertThat(g.stance(funds)).isEqualTo(Stance.REPORTED);
        assertThat(g.documentId(g.document(funds))).isEqualTo("d2");
        assertThat(g.amount(funds)).isEqualTo(20_000_000);
        assertThat(g.time(funds)).isEqualTo(20200000);
        assertThat(g.amount(g.outStart(us, FUNDS))).isNaN();
        assertThat(g.documentCount()).isEqualTo(2);
    }

    @Test
    void parallelEdgesAreAdjacentAndFoundByBinarySearch() {
        ClaimGraph.Builder b = ClaimGraph.builder();
        for (long e = 1; e <= 5; e++) {
            b.node(e, ARMED_GROUP);
        }
        b.edge(1, 1, 4, LEADS, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        b.edge(2, 1, 2, LEADS, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        b.edge(3, 3, 2, LEADS, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        b.edge(4, 1, 4, LEADS, Stance.DENIED, "d", NO_AMOUNT, 0);
        b.edge(5, 1, 2, LEADS, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        b.edge(6, 1, 2, ALIGNED_WITH, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        b.edge(7, 5, 2, LEADS, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        ClaimGraph g = b.build();
        int one = g.node(1);
        int two = g.node(2);
        int four = g.node(4);

        assertThat(claims(g, g.outStart(one, LEADS), g.outEnd(one, LEADS), false)).containsExactly(2L, 5L, 1L, 4L);
        int i = g.outLowerBound(one, LEADS, four);
        assertThat(g.claimId(g.outEdge(i))).isEqualTo(1);
        assertThat(g.claimId(g.outEdge(i + 1))).isEqualTo(4);
        assertThat(g.outLowerBound(one, LEADS, g.node(3))).isEqualTo(i);
        assertThat(g.outLowerBound(one, LEADS, g.node(5))).isEqualTo(g.outEnd(one, LEADS));

        assertThat(claims(g, g.inStart(two, LEADS), g.inEnd(two, LEADS), true)).containsExactly(2L, 5L, 3L, 7L);
        int j = g.inLowerBound(two, LEADS, g.node(3));
        assertThat(g.claimId(g.inEdge(j))).isEqualTo(3);
        assertThat(g.inSubject(j)).isEqualTo(g.node(3));
        assertThat(g.inLowerBound(two, LEADS, g.node(4))).isEqualTo(j + 1);
        // Parallel edges have consecutive numbers.
        assertThat(g.inEdge(g.inStart(two, LEADS) + 1)).isEqualTo(g.inEdge(g.inStart(two, LEADS)) + 1);
    }

    @Test
    void numbersNodesInEntityIdOrderWhateverTheOrderTheyCameIn() {
        ClaimGraph.Builder b = ClaimGraph.builder();
        b.node(50, STATE).node(7, ARMED_GROUP).node(900, SECURITY_UNIT);
        b.edge(1, 50, 900, FUNDS, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        b.edge(2, 7, 900, INFILTRATES, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        b.edge(3, 50, 7, FUNDS, Stance.ASSERTED, "d", NO_AMOUNT, 0);
        ClaimGraph g = b.build();

        assertThat(g.node(7)).isZero();
        assertThat(g.node(50)).isEqualTo(1);
        assertThat(g.node(900)).isEqualTo(2);
        assertThat(g.type(1)).isEqualTo(STATE);
        assertThat(g.type(2)).isEqualTo(SECURITY_UNIT);
        assertThat(claims(g, g.outStart(1, FUNDS), g.outEnd(1, FUNDS), false)).containsExactly(3L, 1L);
        assertThat(g.subject(g.inEdge(g.inStart(2, INFILTRATES)))).isZero();
    }

    @Test
    void builderRefusesUnknownEndsAndATypeChange() {
        ClaimGraph.Builder b = ClaimGraph.builder();
        b.node(1, STATE);

        assertThatThrownBy(() -> b.node(1, ARMED_GROUP)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("STATE");
        assertThatThrownBy(() -> b.edge(9, 1, 2, FUNDS, Stance.ASSERTED, "d", 1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entity 2");
        b.node(1, STATE);
        b.build();
        assertThatThrownBy(() -> b.node(2, STATE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void growsPastItsInitialSizeAndHandlesAnEmptyGraph() {
        assertThat(ClaimGraph.builder().build().edgeCount()).isZero();
        ClaimGraph.Builder b = ClaimGraph.builder(1, 1);
        for (int i = 0; i < 1000; i++) {
            b.node(i, EntityType.values()[i % EntityType.values().length]);
        }
        for (int i = 0; i < 5000; i++) {
            b.edge(i, i % 1000, (i * 7) % 1000, ClaimType.values()[i % ClaimType.values().length], Stance.ASSERTED,
                    "d" + (i / 10), NO_AMOUNT, 0);
        }
        ClaimGraph g = b.build();
        int total = 0;
        for (int n = 0; n < g.nodeCount(); n++) {
            for (ClaimType t : ClaimType.values()) {
                for (int i = g.inStart(n, t); i < g.inEnd(n, t); i++) {
                    assertThat(g.object(g.inEdge(i))).isEqualTo(n);
                    assertThat(g.claimType(g.inEdge(i))).isEqualTo(t);
                    total++;
                }
                for (int i = g.outStart(n, t); i < g.outEnd(n, t); i++) {
                    assertThat(g.subject(g.outEdge(i))).isEqualTo(n);
                }
            }
        }
        assertThat(total).isEqualTo(5000);
        assertThat(g.documentCount()).isEqualTo(500);
    }

    @Test
    void readsAmountsInDollarsOnly() {
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "20000000", "currency", "USD"))).isEqualTo(20_000_000);
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "1,500,000.50"))).isEqualTo(1_500_000.5);
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "20000000", "currency", "EUR"))).isNaN();
        assertThat(ClaimGraph.amountUsd(Map.of("currency", "USD"))).isNaN();
    }

    @Test
    void readsAmountsAsTheTextSaysThem() {
        // as the extractor writes them: the text's words, "$" and "dollars" cut off, or left on
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "40 million dollars", "currency", "USD"))).isEqualTo(40_000_000);
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "1.25 billion", "currency", "USD"))).isEqualTo(1_250_000_000);
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "$25,000"))).isEqualTo(25_000);
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "US$ 3 million"))).isEqualTo(3_000_000);
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "twenty million"))).isEqualTo(20_000_000);
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "750 million U.S. dollars"))).isEqualTo(750_000_000);
        // vague sums and ranges state no amount that can be added up
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "millions of dollars"))).isNaN();
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "tens of millions"))).isNaN();
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "20-25 million"))).isNaN();
        assertThat(ClaimGraph.amountUsd(Map.of("amount", "several million"))).isNaN();
    }

    @Test
    void readsDatesAsYyyymmddWithUnstatedPartsZero() {
        assertThat(ClaimDates.parse("2021-06-01")).isEqualTo(20210601);
        assertThat(ClaimDates.parse("2021-06")).isEqualTo(20210600);
        assertThat(ClaimDates.parse("2014")).isEqualTo(20140000);
        assertThat(ClaimDates.parse("since 2003")).isEqualTo(20030000);
        assertThat(ClaimDates.parse("2021-13")).isEqualTo(20210000);
        assertThat(ClaimDates.parse("during the Trump presidency")).isZero();
        assertThat(ClaimDates.parse("20000000")).isZero();
        assertThat(ClaimDates.parse(null)).isZero();
        assertThat(ClaimDates.end(20210600)).isEqualTo(20210631);
        assertThat(ClaimDates.end(20140000)).isEqualTo(20141231);
        assertThat(ClaimDates.mayHoldSince(20210600, 20210615)).isTrue();
        assertThat(ClaimDates.mayHoldSince(20210531, 20210601)).isFalse();
        assertThat(ClaimDates.mayHoldSince(0, 20210601)).isTrue();
    }

    @Test
    void buildsFromAStoreWithoutRejectedClaims(@TempDir Path dir) {
        try (SqliteStore store = SqliteStore.open(dir.resolve("s.db"))) {
            store.save(Articles.badrInfiltration());
            store.save(Articles.qudsFunding());
            List<StoredClaim> claims = store.claims(ClaimQuery.ALL);
            StoredClaim leads = claims.stream().filter(c -> c.type() == LEADS).findFirst().orElseThrow();
            store.reject(leads.id(), "analyst", "misread");

            ClaimGraph g = ClaimGraph.fromStore(store);

            assertThat(g.edgeCount()).isEqualTo(2);
            StoredClaim funds = claims.stream().filter(c -> c.type() == FUNDS).findFirst().orElseThrow();
            int quds = g.node(funds.subject().id());
            assertThat(g.type(quds)).isEqualTo(SECURITY_UNIT);
            int e = g.outStart(quds, FUNDS);
            assertThat(g.outEnd(quds, FUNDS)).isEqualTo(e + 1);
            assertThat(g.claimId(e)).isEqualTo(funds.id());
            assertThat(g.object(e)).isEqualTo(g.node(funds.object().id()));
            assertThat(g.amount(e)).isEqualTo(20_000_000);
            assertThat(g.stance(e)).isEqualTo(Stance.REPORTED);
            assertThat(g.documentId(g.document(e))).isEqualTo(funds.evidence().documentId());
            StoredClaim infiltrates = claims.stream().filter(c -> c.type() == INFILTRATES).findFirst().orElseThrow();
            int police = g.node(infiltrates.object().id());
            assertThat(g.time(g.inEdge(g.inStart(police, INFILTRATES)))).isEqualTo(20140000);
            // Hadi al-Amiri was named only by the rejected claim.
            assertThat(g.node(leads.subject().id())).isEqualTo(-1);
        }
    }

    private static List<Long> claims(ClaimGraph g, int from, int to, boolean in) {
        List<Long> ids = new ArrayList<>();
        for (int i = from; i < to; i++) {
            ids.add(g.claimId(in ? g.inEdge(i) : g.outEdge(i)));
        }
        return ids;
    }
}
