package org.sightline.analysis.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.ClaimType.ALIGNED_WITH;
import static org.sightline.core.ClaimType.CONTROLS;
import static org.sightline.core.ClaimType.DESIGNATED;
import static org.sightline.core.ClaimType.FUNDS;
import static org.sightline.core.ClaimType.INFILTRATES;
import static org.sightline.core.ClaimType.LEADS;
import static org.sightline.core.ClaimType.MEMBER_OF;
import static org.sightline.core.ClaimType.PART_OF;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.GOVERNMENT_BODY;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.core.EntityType.STATE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.analysis.exposure.ExposureResult.Money;
import org.sightline.analysis.exposure.ExposureResult.Path;
import org.sightline.analysis.exposure.ExposureResult.Recipient;
import org.sightline.analysis.exposure.ExposureResult.Tie;
import org.sightline.analysis.exposure.ExposureResult.Unit;
import org.sightline.analysis.graph.ClaimGraph;
import org.sightline.core.Stance;

class BreadthFirstExposureTest {
    private final ExposureAnalysis analysis = new BreadthFirstExposure();

    /** The seed article's shape, plus the US Treasury as an authority that designates nobody yet. */
    private static TinyGraph seed() {
        TinyGraph t = new TinyGraph()
                .entity("United States", STATE)
                .entity("Ministry of Interior", GOVERNMENT_BODY)
                .entity("Federal Police", SECURITY_UNIT)
                .entity("Emergency Response Division", SECURITY_UNIT)
                .entity("Iran-backed militias", ARMED_GROUP)
                .entity("Iran", STATE)
                .entity("US Treasury", GOVERNMENT_BODY);
        t.claim("United States", FUNDS, "Ministry of Interior");
        t.claim("Federal Police", PART_OF, "Ministry of Interior");
        t.claim("Emergency Response Division", PART_OF, "Ministry of Interior");
        t.claim("Iran-backed militias", INFILTRATES, "Federal Police", Stance.ALLEGED);
        t.claim("Iran-backed militias", INFILTRATES, "Emergency Response Division", Stance.ALLEGED);
        t.claim("Iran-backed militias", ALIGNED_WITH, "Iran");
        return t;
    }

    private static AdversaryRule rule(TinyGraph t) {
        return AdversaryRule.alignedOrDesignated(List.of(t.id("Iran")), List.of(t.id("US Treasury")));
    }

    private ExposureResult exposure(TinyGraph t, String funder) {
        return analysis.exposure(t.graph(), ExposureQuery.of(rule(t), t.node(funder)));
    }

    @Test
    void seedShapeExposesBothUnitsUnderTheFundedMinistry() {
        TinyGraph t = seed();
        ClaimGraph g = t.graph();

        ExposureResult result = exposure(t, "United States");

        assertThat(result.recipients()).hasSize(1);
        Recipient moi = result.recipients().get(0);
        assertThat(t.name(moi.node())).isEqualTo("Ministry of Interior");
        assertThat(moi.funding()).hasSize(1);
        assertThat(moi.funding().get(0).claimIds(g)).containsExactly(100L);
        assertThat(moi.units()).extracting(u -> t.name(u.node()))
                .containsExactly("Federal Police", "Emergency Response Division");

        Unit police = moi.units().get(0);
        assertThat(police.chain()).hasSize(1);
        assertThat(police.chain().get(0).claimIds(g)).containsExactly(101L);
        assertThat(police.chain().get(0).subject()).isEqualTo(t.node("Federal Police"));
        assertThat(police.chain().get(0).object()).isEqualTo(t.node("Ministry of Interior"));
        Tie tie = police.ties().get(0);
        assertThat(tie.hop().type()).isEqualTo(INFILTRATES);
        assertThat(tie.hop().claimIds(g)).containsExactly(103L);
        assertThat(t.name(tie.group())).isEqualTo("Iran-backed militias");
        assertThat(tie.adversary().reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Reason.Kind.ALIGNED_WITH_SPONSOR);
            assertThat(t.name(r.node())).isEqualTo("Iran");
            assertThat(r.hop().claimIds(g)).containsExactly(105L);
        });
        assertThat(tie.adversary().sponsors(g)).extracting(h -> t.name(h.object())).containsExactly("Iran");
        assertThat(moi.units().get(1).ties().get(0).hop().claimIds(g)).containsExactly(104L);

        List<Path> paths = result.paths();
        assertThat(paths).hasSize(2);
        assertThat(paths.get(0).hops()).extracting(h -> h.claimIds(g)[0]).containsExactly(100L, 101L, 103L);
        assertThat(paths.get(1).hops()).extracting(h -> h.claimIds(g)[0]).containsExactly(100L, 102L, 104L);
        assertThat(t.name(paths.get(1).funder())).isEqualTo("United States");
        assertThat(t.name(paths.get(1).unit())).isEqualTo("Emergency Response Division");
        assertThat(paths).noneMatch(Path::denied);
        assertThat(result.total()).isEqualTo(new Money(0, 1, 1));
        assertThat(result.total().complete()).isFalse();
    }

    @Test
    void theRecipientItselfAndDeepUnitsAreExposedWithTheirChains() {
        TinyGraph t = seed()
                .entity("Badr", ARMED_GROUP)
                .entity("Rapid Response Battalion", SECURITY_UNIT)
                .entity("Hadi al-Amiri", PERSON);
        t.claim("Badr", MEMBER_OF, "Ministry of Interior");
        t.claim("Badr", ALIGNED_WITH, "Iran");
        t.claim("Rapid Response Battalion", PART_OF, "Emergency Response Division");
        long leads = t.claim("Hadi al-Amiri", LEADS, "Rapid Response Battalion");
        t.claim("Hadi al-Amiri", ALIGNED_WITH, "Iran");

        Recipient moi = exposure(t, "United States").recipients().get(0);

        assertThat(moi.units()).extracting(u -> t.name(u.node())).containsExactly(
                "Ministry of Interior", "Federal Police", "Emergency Response Division", "Rapid Response Battalion");
        assertThat(moi.units().get(0).chain()).isEmpty();
        assertThat(moi.units().get(0).ties().get(0).hop().type()).isEqualTo(MEMBER_OF);
        Unit battalion = moi.units().get(3);
        assertThat(battalion.chain()).extracting(h -> t.name(h.subject()))
                .containsExactly("Emergency Response Division", "Rapid Response Battalion");
        assertThat(battalion.ties().get(0).hop().claimIds(t.graph())).containsExactly(leads);
    }

    @Test
    void partOfCyclesEndAndEachUnitIsReportedOnce() {
        TinyGraph t = seed()
                .entity("Brigade A", SECURITY_UNIT)
                .entity("Brigade B", SECURITY_UNIT);
        t.claim("Brigade A", PART_OF, "Federal Police");
        t.claim("Brigade B", PART_OF, "Brigade A");
        t.claim("Brigade A", PART_OF, "Brigade B");
        t.claim("Ministry of Interior", PART_OF, "Brigade B");
        t.claim("Brigade B", PART_OF, "Brigade B");
        t.claim("Iran-backed militias", CONTROLS, "Brigade B");

        Recipient moi = exposure(t, "United States").recipients().get(0);

        assertThat(moi.units()).extracting(u -> t.name(u.node()))
                .containsExactly("Federal Police", "Emergency Response Division", "Brigade B");
        assertThat(moi.units().get(2).chain()).extracting(h -> t.name(h.object()))
                .containsExactly("Ministry of Interior", "Federal Police", "Brigade A");
    }

    @Test
    void sumsKnownAmountsOnceEachAndSaysWhenSomeAreUnknown() {
        TinyGraph t = seed()
                .entity("Ministry of Defense", GOVERNMENT_BODY)
                .entity("8th Division", SECURITY_UNIT)
                .entity("Ministry of Health", GOVERNMENT_BODY);
        // Two sources repeat one amount; a third gives another year's.
        t.claim("United States", FUNDS, "Ministry of Interior", Stance.REPORTED, 20_000_000, 20200000, "a");
        t.claim("United States", FUNDS, "Ministry of Interior", Stance.ASSERTED, 20_000_000, 20200000, "b");
        t.claim("United States", FUNDS, "Ministry of Interior", Stance.ASSERTED, 5_000_000, 20210600, "c");
        // Denied and hypothetical money is no money.
        t.claim("United States", FUNDS, "Ministry of Interior", Stance.DENIED, 100_000_000, 0, "d");
        t.claim("United States", FUNDS, "Ministry of Interior", Stance.HYPOTHETICAL, 7_000_000, 0, "e");
        t.claim("United States", FUNDS, "Ministry of Defense");
        t.claim("8th Division", PART_OF, "Ministry of Defense");
        t.claim("Iran-backed militias", INFILTRATES, "8th Division");
        // Funded but not exposed: not in the total.
        t.claim("United States", FUNDS, "Ministry of Health", Stance.ASSERTED, 1_000_000_000, 0, "f");

        ExposureResult result = exposure(t, "United States");

        assertThat(result.recipients()).extracting(r -> t.name(r.node()))
                .containsExactly("Ministry of Interior", "Ministry of Defense");
        Recipient moi = result.recipients().get(0);
        assertThat(moi.funding().get(0).size()).isEqualTo(6);
        assertThat(moi.money()).isEqualTo(new Money(25_000_000, 1, 0));
        assertThat(moi.money().complete()).isTrue();
        assertThat(result.recipients().get(1).money()).isEqualTo(new Money(0, 1, 1));
        assertThat(result.total()).isEqualTo(new Money(25_000_000, 2, 1));
        assertThat(result.total().complete()).isFalse();
    }

    @Test
    void keepsDeniedEdgesButMarksThem() {
        TinyGraph t = seed().entity("Kata'ib Hizballah", ARMED_GROUP).entity("Saraya", ARMED_GROUP);
        t.claim("Kata'ib Hizballah", ALIGNED_WITH, "Iran");
        t.claim("Kata'ib Hizballah", CONTROLS, "Federal Police", Stance.DENIED);
        t.claim("Saraya", ALIGNED_WITH, "Iran");
        t.claim("Saraya", CONTROLS, "Federal Police", Stance.ALLEGED);
        t.claim("Saraya", CONTROLS, "Federal Police", Stance.DENIED);

        Unit police = exposure(t, "United States").recipients().get(0).units().get(0);

        assertThat(police.ties()).extracting(tie -> t.name(tie.group()))
                .containsExactly("Iran-backed militias", "Kata'ib Hizballah", "Saraya");
        Tie kh = police.ties().get(1);
        assertThat(kh.hop().denied()).isTrue();
        assertThat(kh.hop().disputed()).isFalse();
        Tie saraya = police.ties().get(2);
        assertThat(saraya.hop().denied()).isFalse();
        assertThat(saraya.hop().disputed()).isTrue();
        assertThat(saraya.hop().size()).isEqualTo(2);
        List<Path> paths = exposure(t, "United States").paths();
        assertThat(paths).filteredOn(Path::denied).extracting(p -> t.name(p.group())).containsExactly("Kata'ib Hizballah");
    }

    @Test
    void sinceKeepsFundingThatMayHoldThenOrHasNoTime() {
        TinyGraph t = seed()
                .entity("Ministry of Defense", GOVERNMENT_BODY)
                .entity("Ministry of Oil", GOVERNMENT_BODY);
        t.claim("United States", FUNDS, "Ministry of Interior", Stance.ASSERTED, 1_000, 20190000, "a");
        t.claim("United States", FUNDS, "Ministry of Interior", Stance.ASSERTED, 2_000, 20210600, "b");
        t.claim("United States", FUNDS, "Ministry of Defense", Stance.ASSERTED, 3_000, 20150000, "c");
        t.claim("United States", FUNDS, "Ministry of Oil", Stance.ASSERTED, 4_000, 20210000, "d");
        t.claim("Iran-backed militias", INFILTRATES, "Ministry of Defense");
        t.claim("Iran-backed militias", INFILTRATES, "Ministry of Oil");
        ClaimGraph g = t.graph();

        ExposureResult result = analysis.exposure(g, ExposureQuery.of(rule(t), t.node("United States")).since(20210615));

        // The seed's FUNDS claim (no time) and the June 2021 one; 2019 is out; Defense only in 2015;
        // "2021" may mean a day after 15 June.
        assertThat(result.recipients()).extracting(r -> t.name(r.node()))
                .containsExactly("Ministry of Interior", "Ministry of Oil");
        assertThat(result.recipients().get(0).funding().get(0).claimIds(g)).hasSize(2).doesNotContain(106L);
        assertThat(result.total().knownUsd()).isEqualTo(6_000);
        assertThat(analysis.exposure(g, ExposureQuery.of(rule(t), t.node("United States"))).recipients()).hasSize(3);
    }

    /** Decided: a group tied to a unit but not adversary-aligned is not reported; the unit is not exposed by it. */
    @Test
    void aTiedGroupThatIsNotAlignedExposesNothing() {
        TinyGraph t = new TinyGraph()
                .entity("United States", STATE)
                .entity("Ministry of Interior", GOVERNMENT_BODY)
                .entity("Federal Police", SECURITY_UNIT)
                .entity("Tribal militia", ARMED_GROUP)
                .entity("Russia", STATE)
                .entity("Iran", STATE)
                .entity("US Treasury", GOVERNMENT_BODY)
                .entity("EU Council", GOVERNMENT_BODY);
        t.claim("United States", FUNDS, "Ministry of Interior");
        t.claim("Federal Police", PART_OF, "Ministry of Interior");
        t.claim("Tribal militia", INFILTRATES, "Federal Police");
        t.claim("Tribal militia", ALIGNED_WITH, "Russia");
        t.claim("EU Council", DESIGNATED, "Tribal militia");
        t.claim("Iran", ALIGNED_WITH, "Tribal militia");

        ExposureResult result = exposure(t, "United States");

        assertThat(result.isEmpty()).isTrue();
        assertThat(result.paths()).isEmpty();
        assertThat(result.total()).isEqualTo(Money.NONE);
    }

    @Test
    void aGroupDesignatedByAnAuthorityIsAnAdversary() {
        TinyGraph t = seed().entity("Asa'ib Ahl al-Haq", ARMED_GROUP).entity("Hezbollah", ARMED_GROUP);
        long designated = t.claim("US Treasury", DESIGNATED, "Asa'ib Ahl al-Haq");
        t.claim("US Treasury", DESIGNATED, "Asa'ib Ahl al-Haq");
        t.claim("Asa'ib Ahl al-Haq", INFILTRATES, "Emergency Response Division");
        t.claim("Asa'ib Ahl al-Haq", ALIGNED_WITH, "Hezbollah");
        ClaimGraph g = t.graph();

        Unit erd = exposure(t, "United States").recipients().get(0).units().get(1);

        Tie aah = erd.ties().get(1);
        assertThat(t.name(aah.group())).isEqualTo("Asa'ib Ahl al-Haq");
        assertThat(aah.adversary().reasons()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Reason.Kind.DESIGNATED);
            assertThat(t.name(r.node())).isEqualTo("US Treasury");
            assertThat(r.hop().claimIds(g)).containsExactly(designated, designated + 1);
        });
        // Its sponsors are all its ALIGNED_WITH relations, listed sponsors or not.
        assertThat(aah.adversary().sponsors(g)).extracting(h -> t.name(h.object())).containsExactly("Hezbollah");
    }

    @Test
    void aSponsorTiedDirectlyIsAnAdversaryItself() {
        TinyGraph t = seed().entity("IRGC-QF", ARMED_GROUP);
        t.claim("IRGC-QF", CONTROLS, "Federal Police");
        t.claim("IRGC-QF", ALIGNED_WITH, "Iran");
        AdversaryRule rule = AdversaryRule.alignedOrDesignated(List.of(t.id("Iran"), t.id("IRGC-QF")), List.of());

        ExposureResult result = analysis.exposure(t.graph(), ExposureQuery.of(rule, t.node("United States")));

        Tie qf = result.recipients().get(0).units().get(0).ties().get(1);
        assertThat(t.name(qf.group())).isEqualTo("IRGC-QF");
        assertThat(qf.adversary().reasons()).extracting(Reason::kind)
                .containsExactly(Reason.Kind.IS_SPONSOR, Reason.Kind.ALIGNED_WITH_SPONSOR);
        assertThat(qf.adversary().reasons().get(0).hop()).isNull();
    }

    @Test
    void parallelClaimsAreAlternativesOfOneHop() {
        TinyGraph t = seed();
        long second = t.claim("Iran-backed militias", INFILTRATES, "Federal Police", Stance.REPORTED);
        long third = t.claim("United States", FUNDS, "Ministry of Interior");
        ClaimGraph g = t.graph();

        ExposureResult result = exposure(t, "United States");

        Recipient moi = result.recipients().get(0);
        assertThat(moi.funding()).singleElement().satisfies(h -> assertThat(h.claimIds(g)).containsExactly(100L, third));
        assertThat(moi.units().get(0).ties()).singleElement()
                .satisfies(tie -> assertThat(tie.hop().claimIds(g)).containsExactly(103L, second));
        assertThat(result.paths()).hasSize(2);
    }

    @Test
    void severalFundersEachGetTheirFundingHopAndMaxDepthLimitsTheWalk() {
        TinyGraph t = seed().entity("United Kingdom", STATE).entity("Battalion", SECURITY_UNIT);
        t.claim("United Kingdom", FUNDS, "Ministry of Interior", Stance.ASSERTED, 10, 0, "uk");
        t.claim("Battalion", PART_OF, "Federal Police");
        t.claim("Iran-backed militias", LEADS, "Battalion");
        ClaimGraph g = t.graph();
        int us = t.node("United States");
        int uk = t.node("United Kingdom");

        ExposureResult both = analysis.exposure(g, ExposureQuery.of(rule(t), uk, us, us));
        ExposureResult shallow = analysis.exposure(g, ExposureQuery.of(rule(t), us).maxDepth(1));

        Recipient moi = both.recipients().get(0);
        assertThat(moi.funding()).extracting(h -> t.name(h.subject())).containsExactly("United States", "United Kingdom");
        assertThat(moi.money()).isEqualTo(new Money(10, 2, 1));
        assertThat(both.paths()).hasSize(6);
        assertThat(shallow.recipients().get(0).units()).extracting(u -> t.name(u.node()))
                .containsExactly("Federal Police", "Emergency Response Division");
        assertThat(analysis.exposure(g, ExposureQuery.of(rule(t), us)).recipients().get(0).units()).hasSize(3);
    }

    @Test
    void aFunderWithoutFundingGetsAnEmptyAnswerAndANodeNotInTheGraphIsRefused() {
        TinyGraph t = seed();

        assertThat(exposure(t, "Iran").isEmpty()).isTrue();
        assertThat(analysis.exposure(t.graph(), ExposureQuery.of(rule(t))).isEmpty()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> analysis.exposure(t.graph(), ExposureQuery.of(rule(t), -1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a node");
    }

    /**
     * "The United States funds Kata'ib Hizballah": the recipient is itself aligned with the sponsor and
     * designated, with no unit under it. It is exposed for what it is, and listed before the
     * ministry whose units merely have ties.
     */
    @Test
    void moneyPaidStraightToAnAlignedOrDesignatedGroupIsExposedFirst() {
        TinyGraph t = seed().entity("Kata'ib Hizballah", ARMED_GROUP);
        t.claim("United States", FUNDS, "Kata'ib Hizballah");
        t.claim("Kata'ib Hizballah", ALIGNED_WITH, "Iran");
        t.claim("US Treasury", DESIGNATED, "Kata'ib Hizballah");

        ExposureResult result = exposure(t, "United States");

        assertThat(result.recipients()).extracting(r -> t.name(r.node()))
                .containsExactly("Kata'ib Hizballah", "Ministry of Interior");
        Recipient kh = result.recipients().get(0);
        assertThat(kh.units()).singleElement().satisfies(u -> {
            assertThat(t.name(u.node())).isEqualTo("Kata'ib Hizballah");
            assertThat(u.chain()).isEmpty();
            assertThat(u.ties()).isEmpty();
            assertThat(u.itself()).isNotNull();
            assertThat(u.itself().reasons()).extracting(Reason::kind)
                    .containsExactly(Reason.Kind.ALIGNED_WITH_SPONSOR, Reason.Kind.DESIGNATED);
        });
        assertThat(result.recipients().get(1).units()).allSatisfy(u -> assertThat(u.itself()).isNull());
    }
}
