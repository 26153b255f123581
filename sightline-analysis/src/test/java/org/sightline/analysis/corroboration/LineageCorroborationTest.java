package org.sightline.analysis.corroboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineageCorroborationTest {
    private static final long OIG = 1;
    private static final long FREE_BEACON = 2;
    private static final long IRANBRIEFING = 3;
    private static final long OTHER_OUTLET = 4;
    private static final long REUTERS = 5;

    private static final String STORY = "Iran-backed militia groups have been taking advantage of their influence within Iraq's "
            + "security forces, according to a report by the Pentagon's inspector-general. Officers sympathetic to Iranian "
            + "or militia interests are concentrated in the Iraqi Federal Police and the Emergency Response Division, the "
            + "report said, and both fall under the purview of the Ministry of Interior, which receives US funding.";
    private static final String REPUBLISHED = "Militias loyal to Tehran are exploiting their reach into Iraqi forces, "
            + STORY.substring(STORY.indexOf("according to"));
    private static final String UNRELATED = "Treasury today designated two financiers who moved money for a militia in "
            + "Basra through exchange houses in Baghdad and Dubai, and a front company that bought drones.";

    @Test
    void threeOutletsRepeatingTheInspectorGeneralAreOneSource() {
        Origins o = new LineageCorroboration(null).origins(List.of(
                new SupportingStatement(10, "doc-a", List.of(OIG, FREE_BEACON, IRANBRIEFING)),
                new SupportingStatement(11, "doc-b", List.of(OIG, OTHER_OUTLET)),
                new SupportingStatement(12, "doc-c", List.of(OIG, REUTERS))));
        assertThat(o.independentSources()).isEqualTo(1);
        assertThat(o.groups().get(0).speaker()).isEqualTo(OIG);
        assertThat(o.groups().get(0).why()).containsExactly("same original speaker");
    }

    @Test
    void aRepublicationUnderAnotherOutletsNameIsMoreSupportButNotAnotherOrigin() {
        Map<String, String> texts = Map.of("doc-a", STORY, "doc-b", REPUBLISHED, "doc-c", UNRELATED);
        LineageCorroboration c = new LineageCorroboration(new MinHashNearDuplicates(texts::get, 0.5));
        Origins o = c.origins(List.of(
                new SupportingStatement(10, "doc-a", List.of(IRANBRIEFING)),
                new SupportingStatement(11, "doc-b", List.of(OTHER_OUTLET)),
                new SupportingStatement(12, "doc-c", List.of(REUTERS))));
        assertThat(o.independentSources()).isEqualTo(2);
        assertThat(o.groups().get(0).statements()).extracting(SupportingStatement::claimId).containsExactly(10L, 11L);
        assertThat(o.groups().get(0).why()).containsExactly("near-duplicate documents (republication)");
    }

    @Test
    void separateOutletsInTheirOwnVoiceAreSeparateSources() {
        Origins o = new LineageCorroboration(null).origins(List.of(
                new SupportingStatement(10, "doc-a", List.of(IRANBRIEFING)),
                new SupportingStatement(12, "doc-c", List.of(REUTERS))));
        assertThat(o.independentSources()).isEqualTo(2);
    }

    @Test
    void minHashSeesARepublicationAndNotADifferentStory() {
        MinHashNearDuplicates m = new MinHashNearDuplicates(Map.of("a", STORY, "b", REPUBLISHED, "c", UNRELATED)::get, 0.5);
        assertThat(m.similarity("a", "b")).isGreaterThan(0.6);
        assertThat(m.similarity("a", "c")).isLessThan(0.1);
        assertThat(m.similarity("a", "missing")).isZero();
        assertThat(m.near("a", "a")).isTrue();
    }
}
