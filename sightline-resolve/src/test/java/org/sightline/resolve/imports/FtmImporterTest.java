package org.sightline.resolve.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;

class FtmImporterTest {
    static final Path SAMPLE = Path.of("src/test/resources/imports/ftm-sample.ftm.json");

    @Test
    void entitiesRelationsAndProblems() throws IOException {
        ImportResult result = new FtmImporter().read(SAMPLE);

        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::message).containsExactly(
                tuple(9L, "not JSON at column 73: Unexpected end-of-input: expected close marker for Array"),
                tuple(10L, "unknown schema 'Militia' (id 't-x1')"),
                tuple(11L, "Membership 't-m2': organization 't-missing' is not in the file"),
                tuple(17L, "no id"));
        assertThat(result.recordsRead()).isEqualTo(18);
        assertThat(result.recordsImported()).isEqualTo(13); // 6 entities, 7 relations; the Address is read, not imported
        assertThat(result.extractions()).hasSize(1);
        Extraction x = result.extractions().get(0);
        assertThat(x.document().text()).isEqualTo(Files.readString(SAMPLE));
        assertThat(x.document().metadata().title()).isEqualTo("FollowTheMoney entities (ftm-sample.ftm.json)");
        assertThat(x.document().metadata().source()).isEqualTo("OpenSanctions");

        Entity p1 = byKb(x, "t-p1");
        assertThat(p1.name()).isEqualTo("Abu Test al-Mithal");
        assertThat(p1.type()).isEqualTo(EntityType.PERSON);
        assertThat(p1.aliases()).containsExactly("Abu Test Al Mithal", "Hajji Test", "Abu Test");
        Entity o1 = byKb(x, "t-o1");
        assertThat(o1.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(o1.aliases()).containsExactly("Test Brigades", "KAI", "Saraya al-Ikhtibar");
        assertThat(byKb(x, "t-g1").type()).isEqualTo(EntityType.GOVERNMENT_BODY);
        assertThat(byKb(x, "t-c1").type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(byKb(x, "t-v1").type()).isEqualTo(EntityType.VESSEL);
        assertThat(x.entities()).extracting(Entity::name).doesNotContain("1 Test Street, Baghdad", "Not A Schema", "Cut Off");
        Entity openSanctions = byKb(x, "opensanctions");
        Entity ofac = byKb(x, "us-ofac");
        assertThat(ofac.name()).isEqualTo("Office of Foreign Assets Control");
        Entity unknown = x.entities().stream().filter(e -> e.name().equals("unknown authority")).findFirst().orElseThrow();
        assertThat(x.entities()).hasSize(9);

        assertThat(x.claims()).hasSize(7);
        Claim s1 = claimOf(x, "t-s1");
        assertThat(s1.type()).isEqualTo(ClaimType.DESIGNATED);
        assertThat(s1.subject()).isEqualTo(ofac.id());
        assertThat(s1.object()).isEqualTo(p1.id());
        assertThat(s1.attributedTo()).containsExactly(ofac.id(), openSanctions.id());
        assertThat(s1.attributes()).containsEntry("program", "SDGT").containsEntry("date", "2020-01-02")
                .containsEntry("dob", "1970-01-01").containsEntry("pob", "Basra").containsEntry("nationality", "iq")
                .containsEntry("topics", "sanction; role.pep").containsEntry("title", "Secretary-General of Test Brigades")
                .containsEntry("reason", "Leader of a test militia.").containsEntry("datasets", "test_sanctions");
        Claim s2 = claimOf(x, "t-s2");
        assertThat(s2.subject()).isEqualTo(unknown.id());
        assertThat(s2.object()).isEqualTo(o1.id());
        assertThat(s2.attributedTo()).containsExactly(unknown.id(), openSanctions.id());
        assertThat(s2.attributes()).containsEntry("program", "IRAQ3").containsEntry("country", "iq").doesNotContainKey("date");

        Claim m1 = claimOf(x, "t-m1");
        assertThat(m1).extracting(Claim::type, Claim::subject, Claim::object, Claim::time)
                .containsExactly(ClaimType.MEMBER_OF, p1.id(), o1.id(), "since 2014-06");
        assertThat(m1.attributes()).containsEntry("role", "commander").containsEntry("relation", "belongs to");
        assertThat(m1.attributedTo()).containsExactly(openSanctions.id());
        Claim d1 = claimOf(x, "t-d1");
        assertThat(d1).extracting(Claim::type, Claim::subject, Claim::object, Claim::time)
                .containsExactly(ClaimType.LEADS, p1.id(), o1.id(), "2014/2019");
        assertThat(d1.attributes()).containsEntry("role", "Secretary-General");
        Claim f1 = claimOf(x, "t-f1"); // above its relative's line: still joined
        assertThat(f1).extracting(Claim::type, Claim::subject, Claim::object)
                .containsExactly(ClaimType.ASSOCIATED_WITH, p1.id(), byKb(x, "t-p2").id());
        assertThat(f1.attributes()).containsEntry("relationship", "brother").containsEntry("relation", "related to");
        Claim w1 = claimOf(x, "t-w1");
        assertThat(w1).extracting(Claim::type, Claim::subject, Claim::object)
                .containsExactly(ClaimType.CONTROLS, o1.id(), byKb(x, "t-c1").id());
        assertThat(w1.attributes()).containsEntry("relation", "owns").containsEntry("percentage", "51");
        Claim e1 = claimOf(x, "t-e1");
        assertThat(e1).extracting(Claim::type, Claim::subject, Claim::object)
                .containsExactly(ClaimType.MEMBER_OF, byKb(x, "t-p2").id(), byKb(x, "t-g1").id());
        assertThat(e1.attributes()).containsEntry("role", "adviser").containsEntry("relation", "works for");

        String text = x.document().text();
        assertThat(x.claims()).allSatisfy(c -> {
            assertThat(c.evidence().span().of(text)).isEqualTo(c.evidence().quote());
            assertThat(c.evidence().quote()).startsWith("{").endsWith("}").doesNotContain("\n");
        });
    }

    @Test
    void chunksKeepRelationsThroughStubsWithTheSameKbId() throws IOException {
        ImportResult whole = new FtmImporter().read(SAMPLE);
        ImportResult chunked = new FtmImporter(300).read(SAMPLE);

        assertThat(chunked.extractions().size()).isGreaterThan(5);
        assertThat(chunked.problems()).isEqualTo(whole.problems());
        assertThat(chunked.recordsRead()).isEqualTo(whole.recordsRead());
        assertThat(chunked.recordsImported()).isEqualTo(whole.recordsImported());
        assertThat(chunked.extractions().stream().map(x -> x.document().text()).collect(Collectors.joining()))
                .isEqualTo(Files.readString(SAMPLE));
        assertThat(chunked.extractions()).allSatisfy(x -> {
            assertThat(x.document().text().length()).isLessThanOrEqualTo(500); // one line may exceed 300 alone
            assertThat(x.document().metadata().title()).contains(", part ");
        });

        // The same claims, each with endpoints in its own document carrying the same kbIds.
        Map<String, String> wholeEdges = edges(whole.extractions());
        Map<String, String> chunkedEdges = edges(chunked.extractions());
        assertThat(chunkedEdges).isEqualTo(wholeEdges).hasSize(7);

        // t-p1's line is in one document only; elsewhere it is a stub: same kbId and name, no aliases.
        List<Entity> p1s = chunked.extractions().stream().flatMap(x -> x.entities().stream())
                .filter(e -> "t-p1".equals(e.kbId())).toList();
        assertThat(p1s.size()).isGreaterThan(2);
        assertThat(p1s).allSatisfy(e -> assertThat(e.name()).isEqualTo("Abu Test al-Mithal"));
        assertThat(p1s.stream().filter(e -> !e.aliases().isEmpty())).hasSize(1);
        assertThat(chunked.extractions()).allSatisfy(x -> assertThat(x.claims()).allSatisfy(c ->
                assertThat(c.evidence().span().of(x.document().text())).isEqualTo(c.evidence().quote())));
    }

    /** FtM relation id (read from the evidence line) → "TYPE subjectKb objectKb". */
    private static Map<String, String> edges(List<Extraction> xs) {
        return xs.stream().flatMap(x -> x.claims().stream().map(c -> Map.entry(
                c.evidence().quote().replaceAll("^\\{\"id\": \"([^\"]+)\".*$", "$1"),
                c.type() + " " + kb(x, c.subject()) + " " + kb(x, c.object()))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static String kb(Extraction x, String id) {
        Entity e = x.entity(id);
        return e.kbId() != null ? e.kbId() : e.name();
    }

    static Entity byKb(Extraction x, String kbId) {
        return x.entities().stream().filter(e -> kbId.equals(e.kbId())).findFirst().orElseThrow(() -> new AssertionError(kbId));
    }

    static Claim claimOf(Extraction x, String ftmId) {
        return x.claims().stream().filter(c -> c.evidence().quote().startsWith("{\"id\": \"" + ftmId + "\""))
                .findFirst().orElseThrow(() -> new AssertionError(ftmId));
    }
}
