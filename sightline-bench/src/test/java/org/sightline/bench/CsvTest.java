package org.sightline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() throws IOException {
        List<List<String>> rows = Csv.read(new StringReader("a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\n"));
        assertThat(rows).containsExactly(List.of("a", "b, c", "say \"hi\""), List.of("1", "two\nlines", "3"));
    }

    @Test
    void emptyFieldsAndNoFinalNewline() throws IOException {
        assertThat(Csv.read(new StringReader("x,,z"))).containsExactly(List.of("x", "", "z"));
    }
}
