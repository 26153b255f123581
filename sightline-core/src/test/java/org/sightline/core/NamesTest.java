package org.sightline.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void foldsCaseArticlesApostrophesAndHyphens() {
        assertThat(Names.key("the Badr Corps")).isEqualTo(Names.key("Badr corps"));
        assertThat(Names.key("Kata\u2019ib Hizballah")).isEqualTo("kata'ib hizballah");
        assertThat(Names.key("inspector-general")).isEqualTo(Names.key("Inspector General"));
        assertThat(Names.key("U.S. Embassy")).isEqualTo("us embassy");
        assertThat(Names.key("Mu\u1e25ammad")).isEqualTo("muhammad");
    }

    @Test
    void claimsCannotExistWithoutEvidenceOrAttribution() {
        Document doc = Document.of("Badr controls the unit.", DocumentMetadata.EMPTY);
        Evidence ev = Evidence.from(doc, new Span(0, 4), null);
        assertThat(ev.quote()).isEqualTo("Badr");
        assertThatThrownBy(() -> new Claim("c1", ClaimType.CONTROLS, "e1", "e2", Stance.ASSERTED,
                List.of("e3"), null, 0.9, null, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Claim("c1", ClaimType.CONTROLS, "e1", "e2", Stance.ASSERTED,
                List.of(), null, 0.9, null, ev)).hasMessageContaining("attribution");
    }

    @Test
    void documentIdIsContentHash() {
        assertThat(Document.of("abc", null).id())
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
