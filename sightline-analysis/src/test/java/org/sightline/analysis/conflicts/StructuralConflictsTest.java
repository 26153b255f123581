package org.sightline.analysis.conflicts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.ClaimType.LEADS;
import static org.sightline.core.ClaimType.PART_OF;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.GOVERNMENT_BODY;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.core.EntityType.SECURITY_UNIT;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.ClaimType;
import org.sightline.core.EntityType;
import org.sightline.core.Stance;

class StructuralConflictsTest {
    private final ClaimGraph.Builder b = ClaimGraph.builder();
    private long claim = 100;

    private StructuralConflictsTest node(long id, EntityType type) {
        b.node(id, type);
        return this;
    }

    private void edge(long s, ClaimType type, long o, Stance stance, int time) {
        b.edge(claim++, s, o, type, stance, "doc-" + claim, Double.NaN, time);
    }

    @Test
    void aDenialAgainstAnAssertionIsFlaggedOnce() {
        node(1, ARMED_GROUP).node(2, SECURITY_UNIT);
        edge(1, ClaimType.INFILTRATES, 2, Stance.ALLEGED, 0);
        edge(1, ClaimType.INFILTRATES, 2, Stance.DENIED, 0);
        ClaimGraph g = b.build();
        List<Conflict> all = new StructuralConflicts().conflicts(g, -1);
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.DENIED_AND_ASSERTED);
            assertThat(c.sides().get(0).size()).isEqualTo(2);
            assertThat(c.note()).isEqualTo("1 of 2 claims deny it");
        });
        assertThat(new StructuralConflicts().conflicts(g, g.node(2))).hasSize(1);
    }

    @Test
    void twoLeadersInTheSameYearOrWithoutTimesConflictButSuccessorsDoNot() {
        node(1, PERSON).node(2, PERSON).node(3, PERSON).node(10, ARMED_GROUP);
        edge(1, LEADS, 10, Stance.ASSERTED, 20210600);
        edge(2, LEADS, 10, Stance.ASSERTED, 20210000);
        edge(3, LEADS, 10, Stance.ASSERTED, 20150000);
        ClaimGraph g = b.build();
        List<Conflict> all = new StructuralConflicts().conflicts(g, -1);
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Conflict.Kind.TWO_LEADERS);
            assertThat(c.note()).isEqualTo("both said to lead in 2021");
            assertThat(c.sides()).extracting(h -> g.entityId(h.subject())).containsExactly(1L, 2L);
        });
        // seen from one of the leaders, the conflict is there too
        assertThat(new StructuralConflicts().conflicts(g, g.node(1))).hasSize(1);
    }

    @Test
    void aUnitUnderTwoUnrelatedParentsConflictsButNotUnderANestedOneAndCyclesEnd() {
        node(1, SECURITY_UNIT).node(2, SECURITY_UNIT).node(3, GOVERNMENT_BODY).node(4, GOVERNMENT_BODY);
        edge(1, PART_OF, 2, Stance.ASSERTED, 0);   // 8th Division part of the Army
        edge(1, PART_OF, 3, Stance.ASSERTED, 0);   // … of the Ministry of Defense
        edge(2, PART_OF, 3, Stance.ASSERTED, 0);   // the Army part of the Ministry: agrees
        edge(1, PART_OF, 4, Stance.ASSERTED, 0);   // … of the Ministry of Interior: conflicts
        edge(3, PART_OF, 2, Stance.REPORTED, 0);   // a cycle in extracted data
        ClaimGraph g = b.build();
        List<Conflict> all = new StructuralConflicts().conflicts(g, -1);
        assertThat(all).allSatisfy(c -> assertThat(c.kind()).isEqualTo(Conflict.Kind.TWO_PARENTS));
        assertThat(all).extracting(c -> List.of(g.entityId(c.sides().get(0).object()), g.entityId(c.sides().get(1).object())))
                .containsExactlyInAnyOrder(List.of(2L, 4L), List.of(3L, 4L));
        // from a parent's side
        assertThat(new StructuralConflicts().conflicts(g, g.node(4))).hasSize(2);
    }
}
