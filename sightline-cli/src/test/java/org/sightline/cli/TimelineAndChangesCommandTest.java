package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A timeline of one entity, and what changed since a date for a watch list, on two small documents. */
class TimelineAndChangesCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void timelineOrdersByStatedTimeThenPublicationAndChangesFollowTheWatchList() throws Exception {
        Path a = dir.resolve("a.md");
        Files.writeString(a, "---\ntitle: Raids\nsource: Reuters\npublished: 2021-07-01\n---\n"
                + "American planes struck Kata'ib Hizballah positions in June 2021.\n");
        Path b = dir.resolve("b.md");
        Files.writeString(b, "---\ntitle: Designation\nsource: Reuters\npublished: 2009-07-03\n---\n"
                + "The U.S. Department of State designated Kata'ib Hizballah as a Foreign Terrorist Organization.\n");
        String db = dir.resolve("s.db").toString();
        CliRun ingest = CliRun.of("--db", db, "ingest", a.toString(), b.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();

        JsonNode timeline = JSON.readTree(CliRun.of("--db", db, "timeline", "Kataib Hezbollah", "--json").out());
        assertThat(timeline).hasSizeGreaterThanOrEqualTo(2);
        assertThat(timeline.get(0).path("claim").path("type").asText()).isEqualTo("DESIGNATED");
        assertThat(timeline.get(0).path("date").asText()).isEqualTo("2009-07-03");
        assertThat(timeline.get(0).path("date_basis").asText()).isEqualTo("PUBLISHED");
        JsonNode raid = timeline.get(timeline.size() - 1);
        assertThat(raid.path("claim").path("type").asText()).isEqualTo("TARGETED");
        assertThat(raid.path("date").asText()).isEqualTo("2021-06");
        assertThat(raid.path("date_basis").asText()).isEqualTo("STATED");

        Path watch = dir.resolve("watch.txt");
        Files.writeString(watch, "# groups to watch\nKata'ib Hizballah\nNobody At All\n");
        CliRun changes = CliRun.of("--db", db, "changes", "--since", "2020-01-01", "--watch", watch.toString(), "--json");
        assertThat(changes.exit()).as(changes.err()).isZero();
        assertThat(changes.err()).contains("no stored entity named \"Nobody At All\"");
        assertThat(JSON.readTree(changes.out())).hasSizeGreaterThanOrEqualTo(2);
        CliRun none = CliRun.of("--db", db, "changes", "--since", "2999-01-01", "--json");
        assertThat(JSON.readTree(none.out())).isEmpty();
        assertThat(CliRun.of("--db", db, "changes", "--since", "yesterday").exit()).isEqualTo(2);
    }
}
