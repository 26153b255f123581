package org.sightline.analysis.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @Test
    void statedTimesFirstThenPublicationDatesAndUndatedLast() {
        List<Dated<String>> ordered = Timeline.order(List.of(
                Dated.of("undated", 0, 0),
                Dated.of("published 2021-07-01", 0, 20210701),
                Dated.of("raid in June 2021", 20210600, 20210701),
                Dated.of("designated 2009-07-02", 20090702, 20240503),
                Dated.of("some time in 2021", 20210000, 0)));
        assertThat(ordered).extracting(Dated::item).containsExactly("designated 2009-07-02", "some time in 2021",
                "raid in June 2021", "published 2021-07-01", "undated");
        assertThat(ordered).extracting(Dated::dateText).containsExactly("2009-07-02", "2021", "2021-06", "2021-07-01",
                "undated");
        assertThat(ordered.get(3).basis()).isEqualTo(Dated.Basis.PUBLISHED);
    }
}
