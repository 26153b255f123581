package org.sightline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sightline.core.DocumentIds;

class TextNormaliserTest {
    @Test
    void lineEndsSpacesAndBlankLinesAreNormalised() {
        String raw = "  Title\t\r\nfirst\u00A0line   \r\rsecond line\u202F\n\n\n\n\nlast\u0000 line \n\n";
        assertThat(TextNormaliser.normalise(raw)).isEqualTo("Title\nfirst line\n\nsecond line\n\nlast line");
    }

    @Test
    void composedAndDecomposedAccentsReadTheSame() {
        String decomposed = "Mosu\u0301l cafe\u0301";
        assertThat(TextNormaliser.normalise(decomposed)).isEqualTo("Mosúl café");
    }

    @Test
    void invisibleCharactersGoButWordShapingJoinersStay() {
        assertThat(TextNormaliser.normalise("\uFEFFHez\u200Bbollah\u0007 and \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645"))
                .isEqualTo("Hezbollah and \u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
    }

    @Test
    void indentationInsideTheTextIsKept() {
        assertThat(TextNormaliser.normalise("a\n    indented")).isEqualTo("a\n    indented");
    }

    @Test
    void normalisingTwiceChangesNothing() {
        String raw = "x\r\n\r\n\r\n  y \t\n\u00A0\nz\u0000\u0301";
        String once = TextNormaliser.normalise(raw);
        assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
    }

    @Test
    void theSameTextWrittenDifferentlyGetsTheSameId() {
        String windows = "Badr Corps\r\n\r\nis part of the PMF.  \r\n";
        String unix = "Badr Corps\n\nis part of the PMF.";
        assertThat(DocumentIds.of(TextNormaliser.normalise(windows))).isEqualTo(DocumentIds.of(TextNormaliser.normalise(unix)));
    }

    @Test
    void whitespaceOnlyBecomesEmpty() {
        assertThat(TextNormaliser.normalise(" \n\t\u00A0\r\n ")).isEmpty();
    }
}
