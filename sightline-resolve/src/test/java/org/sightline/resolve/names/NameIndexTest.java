package org.sightline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sightline.core.EntityType;
import org.sightline.core.testing.RequiresSharedData;
import org.sightline.core.testing.SharedData;

/** NameIndex over a few hundred SDN names: the Iraq sample plus the head of the whole list. */
@RequiresSharedData({"examples/ofac-sdn-iraq-sample.csv", "reference/ofac-sdn-2024-05-03.csv"})
class NameIndexTest {
    // the primary name and type columns of the legacy SDN CSV, enough for a test
    private static final Pattern ROW = Pattern.compile("^(\\d+),\"([^\"]*)\",(?:\"([^\"]*)\"|-0- )");

    private static NameIndex<String> index;

    @BeforeAll
    static void build() throws IOException {
        Path sample = SharedData.require("examples/ofac-sdn-iraq-sample.csv");
        Path full = SharedData.require("reference/ofac-sdn-2024-05-03.csv");
        NameIndex.Builder<String> builder = NameIndex.builder(Names.MATCHER);
        List<String> lines = new ArrayList<>(Files.readAllLines(sample, StandardCharsets.UTF_8));
        try (Stream<String> head = Files.lines(full, StandardCharsets.UTF_8)) {
            head.limit(400).forEach(lines::add);
        }
        for (String line : lines) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                EntityType type = "individual".equals(m.group(3)) ? EntityType.PERSON : EntityType.ORGANIZATION;
                builder.add(m.group(2), type, m.group(1));
            }
        }
        index = builder.build();
    }

    @Test
    void findsAlMuhandisFirstForATransliterationVariant() {
        assertThat(index.size()).isGreaterThan(300);
        List<Candidate<String>> hits = index.search("Abu Mahdi al-Mohandes", EntityType.PERSON, 5);
        assertThat(hits).isNotEmpty();
        Candidate<String> top = hits.get(0);
        assertThat(top.matchedName()).isEqualTo("AL-MUHANDIS, Abu Mahdi");
        assertThat(top.payload()).isEqualTo("11461");
        assertThat(top.type()).isEqualTo(EntityType.PERSON);
        assertThat(top.result().match()).isTrue();
        assertThat(String.join("\n", top.result().explanation())).contains("kunya matched", "muhandis");
    }

    @Test
    void findsArabicScriptAndAcronyms() {
        assertThat(index.search("أبو مهدي المهندس", null, 3).get(0).payload()).isEqualTo("11461");
        assertThat(index.search("Kataib Hezbollah", EntityType.ARMED_GROUP, 3).get(0).matchedName())
                .isEqualTo("KATA'IB HIZBALLAH");
    }

    @Test
    void resultsAreBestFirstOnePerPayloadAndPlausible() {
        List<Candidate<String>> hits = index.search("Kata'ib", null, 10);
        for (int i = 1; i < hits.size(); i++) {
            assertThat(hits.get(i).result().score()).isLessThanOrEqualTo(hits.get(i - 1).result().score());
        }
        assertThat(hits.stream().map(Candidate::payload).distinct().count()).isEqualTo(hits.size());
        assertThat(index.search("Zzyzx Qwerty Plonk", null, 5)).isEmpty();
        assertThat(index.search("", null, 5)).isEmpty();
    }

    @Test
    void typeFilterDropsIncompatibleNames() {
        assertThat(index.search("AL-MUHANDIS, Abu Mahdi", EntityType.VESSEL, 5)).isEmpty();
    }

    @Test
    void searchIsThreadSafe() throws Exception {
        String[] queries = {"Abu Mahdi al-Mohandes", "Kataib Hizballah", "Qays al-Khazali", "Banco Nacional de Cuba"};
        List<String> expected = new ArrayList<>();
        for (String q : queries) {
            expected.add(String.valueOf(index.search(q, null, 3)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int r = 0; r < 50; r++) {
                        for (int i = 0; i < queries.length; i++) {
                            if (!String.valueOf(index.search(queries[i], null, 3)).equals(expected.get(i))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : runs) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
    }
}
