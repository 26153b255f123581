package org.sightline.resolve.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Entity;
import org.sightline.core.EntityType;
import org.sightline.core.Extraction;
import org.sightline.core.Stance;
import org.sightline.core.testing.SharedData;

class SdnCsvImporterTest {
    private final SdnCsvImporter importer = new SdnCsvImporter();

    @Test
    void theIraqSampleIsOneDocumentWithAnEntityAndADesignationPerRow() throws IOException {
        Path file = SharedData.require("examples/ofac-sdn-iraq-sample.csv");
        ImportResult result = importer.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.recordsRead()).isEqualTo(44);
        assertThat(result.recordsImported()).isEqualTo(44);
        assertThat(result.extractions()).hasSize(1);
        Extraction x = result.extractions().get(0);
        assertThat(x.document().text()).isEqualTo(Files.readString(file));
        assertThat(x.document().metadata().title()).isEqualTo("OFAC Specially Designated Nationals list (ofac-sdn-iraq-sample.csv)");
        assertThat(x.document().metadata().source()).isEqualTo("Office of Foreign Assets Control");
        assertThat(x.document().metadata().mediaType()).isEqualTo("text/csv");
        assertThat(x.document().metadata().published()).isNull();

        assertThat(x.entities().stream().filter(e -> e.kbId() != null && e.kbId().startsWith("ofac-sdn-"))).hasSize(44);
        Entity ofac = x.entities().get(0);
        assertThat(ofac.name()).isEqualTo("Office of Foreign Assets Control");
        assertThat(ofac.type()).isEqualTo(EntityType.GOVERNMENT_BODY);
        assertThat(ofac.kbId()).isEqualTo("us-ofac");
        assertThat(x.entities().stream().filter(e -> e.kbId() != null && e.kbId().equals("us-ofac"))).hasSize(1);

        assertThat(x.claims().stream().filter(c -> c.type() == ClaimType.DESIGNATED)).hasSize(44)
                .allSatisfy(c -> {
                    assertThat(c.subject()).isEqualTo(ofac.id());
                    assertThat(c.attributedTo()).containsExactly(ofac.id());
                    assertThat(c.stance()).isEqualTo(Stance.ASSERTED);
                    assertThat(c.confidence()).isEqualTo(1.0);
                    assertThat(c.time()).isNull();
                    assertThat(c.attributes().get("program")).isNotBlank();
                });
        String text = x.document().text();
        assertThat(x.claims()).allSatisfy(c -> {
            assertThat(c.evidence().documentId()).isEqualTo(x.document().id());
            assertThat(text.substring(c.evidence().span().start(), c.evidence().span().end())).isEqualTo(c.evidence().quote());
            assertThat(c.evidence().quote()).doesNotContain("\n").doesNotContain("\r");
            x.entity(c.subject());
            x.entity(c.object());
        });
        assertThat(x.mentions()).hasSize(44).allSatisfy(m -> assertThat(x.entity(m.entityId()).name()).isEqualTo(m.text()));
    }

    @Test
    void abuMahdiAlMuhandisRow() throws IOException {
        Extraction x = importer.read(SharedData.require("examples/ofac-sdn-iraq-sample.csv")).extractions().get(0);
        Entity muhandis = byKb(x, "ofac-sdn-11461");
        assertThat(muhandis.name()).isEqualTo("AL-MUHANDIS, Abu Mahdi");
        assertThat(muhandis.type()).isEqualTo(EntityType.PERSON);
        assertThat(muhandis.aliases()).contains("Abu Mahdi AL-MUHANDIS", "AL-IBRAHIMI, Jamal Fa'far 'Ali",
                "Jamal Fa'far 'Ali AL-IBRAHIMI", "AL-TAMIMI, Jamal al-Madan", "MOHAMMED, Jamal Jaafar", "JAAFAR, Jaafar Jamal");
        Claim designation = designationOf(x, muhandis);
        assertThat(designation.attributes()).containsEntry("program", "IRAQ3")
                .containsEntry("dob", "1953")
                .containsEntry("pob", "Ma'ghal, Basrah, Iraq")
                .containsEntry("nationality", "Iraq")
                .containsEntry("citizenship", "Iran; Iraq")
                .containsEntry("sanctions_info", "Additional Sanctions Information - Subject to Secondary Sanctions");
        assertThat(designation.evidence().quote()).startsWith("11461,\"AL-MUHANDIS, Abu Mahdi\",\"individual\",\"IRAQ3\"")
                .endsWith("a.k.a. 'JAAFAR, Jaafar Jamal'.\"");
    }

    @Test
    void remarksFieldsProgramsTitlesAndTypes() throws IOException {
        Extraction x = importer.read(SharedData.require("examples/ofac-sdn-iraq-sample.csv")).extractions().get(0);
        Entity forouzandeh = byKb(x, "ofac-sdn-10659");
        Map<String, String> a = designationOf(x, forouzandeh).attributes();
        assertThat(a.get("program")).isEqualTo("SDGT; IRAQ3; IRGC");
        assertThat(a.get("title")).startsWith("Brigadier General, Commanding Officer");
        assertThat(a.get("dob")).isEqualTo("circa 1960; 1957; circa 1955; circa 1958; circa 1959; circa 1961; circa 1962; circa 1963");
        assertThat(a).doesNotContainKey("remarks"); // the title parts repeated in the remarks are not repeated
        assertThat(forouzandeh.aliases()).contains("JAFARI", "ABU SHAHAB", "ABU AHMAD ISHAB", "Ahmed FORUZANDEH");

        // 'ALI, Abu (alias that starts with an apostrophe) and the alias quoted in halves
        assertThat(byKb(x, "ofac-sdn-11170").aliases()).contains("'ALI, Abu", "Abu 'ALI");
        assertThat(byKb(x, "ofac-sdn-11177").aliases()).contains("ABU-AL-KARKH, Yusuf");

        Entity kh = byKb(x, "ofac-sdn-11462");
        assertThat(kh.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(kh.aliases()).contains("KATA'IB HIZBALLAH FI AL-IRAQ", "ISLAMIC RESISTANCE IN IRAQ");
        assertThat(designationOf(x, kh).attributes()).containsEntry("program", "FTO; SDGT; IRAQ3")
                .containsEntry("website", "www.aleseb.com");

        Map<String, String> jubouri = designationOf(x, byKb(x, "ofac-sdn-27015")).attributes();
        assertThat(jubouri).containsEntry("gender", "Male")
                .containsEntry("ids", "Passport D1017310 (Iraq) expires 14 Apr 2025; National ID No. 00318953 (Iraq)");
        assertThat(designationOf(x, byKb(x, "ofac-sdn-46348")).attributes()).containsEntry("website", "www.saidshuhada.com");
        Map<String, String> flyBaghdad = designationOf(x, byKb(x, "ofac-sdn-39236")).attributes();
        assertThat(flyBaghdad).containsEntry("established", "2014").containsEntry("organization_type", "Passenger air transport");

        Entity aircraft = byKb(x, "ofac-sdn-47169");
        assertThat(aircraft.type()).isEqualTo(EntityType.AIRCRAFT);
        assertThat(designationOf(x, aircraft).attributes().get("aircraft")).contains("Aircraft Tail Number YI-BAF");
        assertThat(designationOf(x, byKb(x, "ofac-sdn-26446")).attributes()).containsOnlyKeys("program");
    }

    @Test
    void linkedToBecomesAssociatedWithTheRowOfThatName() throws IOException {
        Extraction x = importer.read(SharedData.require("examples/ofac-sdn-iraq-sample.csv")).extractions().get(0);
        Entity adnan = byKb(x, "ofac-sdn-28690");
        Entity kh = byKb(x, "ofac-sdn-11462");
        Claim link = x.claims().stream().filter(c -> c.type() == ClaimType.ASSOCIATED_WITH && c.subject().equals(adnan.id()))
                .findFirst().orElseThrow();
        assertThat(link.object()).isEqualTo(kh.id());
        assertThat(link.attributes()).containsEntry("relation", "linked to");
        assertThat(link.attributedTo()).containsExactly(x.entities().get(0).id());
        assertThat(link.evidence()).isEqualTo(designationOf(x, adnan).evidence());

        // A name no row carries (the IRGC-QF is not in the sample) becomes one ORGANIZATION entity.
        assertThat(x.entities().stream().filter(e -> e.name().equals("ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE")))
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
                    assertThat(e.kbId()).isNull();
                });
        // "Linked To: SABURINEZHAD, Hasan." resolves to the row, despite the period that ends the remarks.
        Entity mada = byKb(x, "ofac-sdn-28684");
        assertThat(x.claims().stream().filter(c -> c.type() == ClaimType.ASSOCIATED_WITH && c.subject().equals(mada.id())))
                .singleElement().satisfies(c -> assertThat(c.object()).isEqualTo(byKb(x, "ofac-sdn-28683").id()));
        assertThat(x.claims().stream().filter(c -> c.type() == ClaimType.ASSOCIATED_WITH)).hasSize(25); // 25 "Linked To:"
    }

    @Test
    void theWholeListImportsEveryRowFast() throws IOException {
        Path file = SharedData.require("reference/ofac-sdn-2024-05-03.csv");
        importer.read(file); // warm up
        // CPU time of this thread, not wall time: the build machine is shared and wall time swings 3x under load.
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ImportResult result = importer.read(file);
        long wallMs = (System.nanoTime() - t0) / 1_000_000;
        long ms = (mx.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
        Extraction x = result.extractions().get(0);

        assertThat(result.problems()).isEmpty();
        assertThat(result.recordsRead()).isEqualTo(14_965);
        assertThat(result.recordsImported()).isEqualTo(14_965);
        assertThat(x.document().metadata().published()).isEqualTo("2024-05-03");
        assertThat(x.document().text()).endsWith("\r\n\u001A"); // decoded as is: CRLF and the Ctrl-Z end byte

        Map<EntityType, Long> byType = x.entities().stream().filter(e -> e.kbId() != null && e.kbId().startsWith("ofac-sdn-"))
                .collect(Collectors.groupingBy(Entity::type, TreeMap::new, Collectors.counting()));
        assertThat(byType).containsExactly(Map.entry(EntityType.PERSON, 6854L), Map.entry(EntityType.ORGANIZATION, 6884L),
                Map.entry(EntityType.VESSEL, 851L), Map.entry(EntityType.AIRCRAFT, 376L));
        Map<ClaimType, Long> claims = x.claims().stream()
                .collect(Collectors.groupingBy(Claim::type, TreeMap::new, Collectors.counting()));
        assertThat(claims.get(ClaimType.DESIGNATED)).isEqualTo(14_965L);
        assertThat(claims.get(ClaimType.ASSOCIATED_WITH)).isEqualTo(6_375L);
        long aliases = x.entities().stream().mapToLong(e -> e.aliases().size()).sum();
        long unmatched = x.entities().stream().filter(e -> e.kbId() == null).count();
        Map<String, Long> keys = x.claims().stream().filter(c -> c.type() == ClaimType.DESIGNATED)
                .flatMap(c -> c.attributes().keySet().stream())
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        System.out.printf("SDN full list: %d rows, entities %s (+%d Linked To names without a row), claims %s, %d aliases, %d ms CPU (%d ms wall)%n"
                + "  designation attributes: %s%n", result.recordsRead(), byType, unmatched, claims, aliases, ms, wallMs, keys);
        assertThat(unmatched).isEqualTo(4); // Linked To names the 2024-05-03 list has no row for
        assertThat(ms).isLessThan(2_000);
        // Two rows are named MINISTRY OF STATE SECURITY; each link goes to the one of its own program / neighbourhood.
        assertThat(linkedTo(x, "ofac-sdn-20130")).isEqualTo("ofac-sdn-20129");
        assertThat(linkedTo(x, "ofac-sdn-25436")).isEqualTo("ofac-sdn-25437");
        String text = x.document().text();
        assertThat(x.claims()).allSatisfy(c ->
                assertThat(c.evidence().span().of(text)).isEqualTo(c.evidence().quote()));
    }

    @Test
    void malformedRowsAreReportedWithTheirLinesAndTheRestImported() throws IOException {
        Path file = Path.of("src/test/resources/imports/sdn-malformed.csv");
        ImportResult result = importer.read(file);

        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "expected 12 columns, found 10"),
                org.assertj.core.groups.Tuple.tuple(4L, "unbalanced quotes"),
                org.assertj.core.groups.Tuple.tuple(6L, "ent_num 'X17' is not a number"),
                org.assertj.core.groups.Tuple.tuple(7L, "empty SDN_Name (ent_num 9003)"),
                org.assertj.core.groups.Tuple.tuple(8L, "duplicate ent_num 9001 (first on line 1)"),
                org.assertj.core.groups.Tuple.tuple(13L, "stray quote: text after the closing quote of column 2"));
        assertThat(result.problems().get(0).toString()).isEqualTo(file + ":3: expected 12 columns, found 10");
        assertThat(result.recordsRead()).isEqualTo(12);
        assertThat(result.recordsImported()).isEqualTo(6);
        Extraction x = result.extractions().get(0);
        assertThat(x.entities()).extracting(Entity::kbId).containsExactly("us-ofac", "ofac-sdn-9001", "ofac-sdn-9002",
                "ofac-sdn-9005", "ofac-sdn-9006", "ofac-sdn-9007", "ofac-sdn-9008");
        // The multi-line quoted field (lines 10-11, after a blank line 9) is one row and its evidence spans both lines.
        Claim multi = designationOf(x, byKb(x, "ofac-sdn-9006"));
        assertThat(multi.evidence().quote()).contains("\n").endsWith("continues here.\"");
        assertThat(multi.attributes().get("remarks")).contains("continues here");
        // After line 12's row, a row on line 14 with Windows-1252 text: decoded, not mangled.
        assertThat(byKb(x, "ofac-sdn-9008").name()).isEqualTo("CAFÉ ‘TEST’ CO.");
    }

    @Test
    void windows1252FilesAreDecoded(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sdn-2020-01-31.csv");
        String row = "1,\"MU\u00d1OZ, Jos\u00e9\",\"individual\",\"SDNTK\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'PEPE \u2019EL\u2019'.\"\r\n";
        Files.write(file, row.getBytes("windows-1252"));
        Extraction x = importer.read(file).extractions().get(0);
        assertThat(x.document().text()).isEqualTo(row);
        assertThat(x.document().metadata().published()).isEqualTo("2020-01-31");
        assertThat(byKb(x, "ofac-sdn-1").aliases()).containsExactly("Jos\u00e9 MU\u00d1OZ", "PEPE \u2019EL\u2019");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isNotEqualTo(row); // really not UTF-8
    }

    private static String linkedTo(Extraction x, String kbId) {
        String id = byKb(x, kbId).id();
        return x.claims().stream().filter(c -> c.type() == ClaimType.ASSOCIATED_WITH && c.subject().equals(id))
                .map(c -> x.entity(c.object()).kbId()).findFirst().orElseThrow();
    }

    static Entity byKb(Extraction x, String kbId) {
        return x.entities().stream().filter(e -> kbId.equals(e.kbId())).findFirst().orElseThrow(() -> new AssertionError(kbId));
    }

    static Claim designationOf(Extraction x, Entity e) {
        return x.claims().stream().filter(c -> c.type() == ClaimType.DESIGNATED && c.object().equals(e.id()))
                .findFirst().orElseThrow();
    }
}
