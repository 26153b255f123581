package org.sightline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.Claim;
import org.sightline.core.ClaimType;
import org.sightline.core.Document;
import org.sightline.core.EntityType;
import org.sightline.core.Evidence;
import org.sightline.core.Extraction;
import org.sightline.core.Span;
import org.sightline.core.Stance;

/**
 * What every {@link Store} must do. An implementation's test extends this and says how to open
 * a store: {@link #openStore} must give an empty store for a new directory and the same stored
 * data again when called with the same directory after {@link Store#close()} (with the name key
 * given: a store opened with another key than before reclusters its entities).
 */
public abstract class StoreContract {
    @TempDir
    protected Path dir;

    protected Store store;

    /** Opens the store for {@code dir} comparing names with {@code nameKey}. */
    protected abstract Store openStore(Path dir, org.sightline.core.NameKey nameKey);

    protected Store openStore(Path dir) {
        return openStore(dir, org.sightline.core.NameKey.exact());
    }

    @BeforeEach
    void openFreshStore() {
        store = openStore(dir);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void streamsEveryClaimWithItsEvidenceAndChainAsClaimsReadsThem() {
        store.save(Articles.qudsFunding());
        store.save(Articles.badrInfiltration());
        java.util.List<StoredClaim> listed = new java.util.ArrayList<>(store.claims(ClaimQuery.ALL));
        listed.sort(java.util.Comparator.comparingLong(StoredClaim::id));
        java.util.List<StoredClaim> streamed = new java.util.ArrayList<>();
        store.forEachClaimWithEvidence(false, streamed::add);
        assertThat(streamed).isEqualTo(listed);

        StoredClaim rejected = listed.get(0);
        store.reject(rejected.id(), "analyst", "misread");
        java.util.List<Long> without = new java.util.ArrayList<>();
        store.forEachClaimWithEvidence(false, c -> without.add(c.id()));
        assertThat(without).doesNotContain(rejected.id()).hasSize(listed.size() - 1);
        java.util.List<StoredClaim> with = new java.util.ArrayList<>();
        store.forEachClaimWithEvidence(true, with::add);
        assertThat(with).hasSize(listed.size());
        assertThat(with.get(0).rejectedBy()).isNotNull();
        assertThat(with.get(0).attributedTo()).isEqualTo(rejected.attributedTo());

        // the origins of the same claims, without their text
        java.util.List<ClaimOrigin> origins = new java.util.ArrayList<>();
        store.forEachClaimOrigin(true, origins::add);
        assertThat(origins).extracting(ClaimOrigin::claimId).containsExactlyElementsOf(with.stream().map(StoredClaim::id).toList());
        assertThat(origins.get(0).speakerId()).isEqualTo(rejected.attributedTo().get(0).id());
        assertThat(origins.get(0).rejected()).isTrue();
        assertThat(origins.get(1).rejected()).isFalse();
        assertThat(origins.get(1).documentId()).isEqualTo(with.get(1).evidence().documentId());
        java.util.List<ClaimOrigin> unrejected = new java.util.ArrayList<>();
        store.forEachClaimOrigin(false, unrejected::add);
        assertThat(unrejected).hasSize(listed.size() - 1);
    }

    @Test
    void readsBackDocumentMetadataAndText() {
        Extraction x = Articles.badrInfiltration();

        SaveResult result = store.save(x);

        assertThat(result).isEqualTo(new SaveResult(x.document().id(), true, 5, 2));
        assertThat(store.containsDocument(x.document().id())).isTrue();
        assertThat(store.containsDocument("sha256:nothing")).isFalse();
        StoredDocument doc = store.document(x.document().id()).orElseThrow();
        assertThat(doc.id()).startsWith("sha256:").isEqualTo(x.document().id());
        assertThat(doc.metadata()).isEqualTo(x.document().metadata());
        assertThat(doc.text()).isEqualTo(x.document().text());
        assertThat(doc.ingestedAt()).isNotNull();
        assertThat(store.document("sha256:nothing")).isEmpty();
    }

    @Test
    void listsDocumentsInIngestOrderWithoutText() {
        store.save(Articles.qudsFunding());
        store.save(Articles.badrInfiltration());
        store.save(Articles.badrTown());

        assertThat(store.documents()).extracting(d -> d.metadata().title())
                .containsExactly("Treasury on Quds Force money", "Badr and the police", "Badr");
        assertThat(store.documents()).allSatisfy(d -> assertThat(d.text()).isNull());
    }

    @Test
    void searchFindsDocumentsHoldingEveryWordOfTheQuery() {
        store.save(Articles.qudsFunding());
        store.save(Articles.badrInfiltration());
        store.save(Articles.badrTown());

        assertThat(store.searchDocuments("badr", 10)).extracting(h -> h.metadata().title())
                .containsExactlyInAnyOrder("Treasury on Quds Force money", "Badr and the police", "Badr");
        assertThat(store.searchDocuments("Federal police", 10)).extracting(DocumentHit::id)
                .containsExactly(Articles.badrInfiltration().document().id());
        assertThat(store.searchDocuments("federal town", 10)).isEmpty();
        assertThat(store.searchDocuments("badr", 2)).hasSize(2);
    }

    @Test
    void searchMatchesTitlesAndShowsTheMatchedWordsInItsSnippet() {
        store.save(Articles.qudsFunding());

        List<DocumentHit> hits = store.searchDocuments("QUDS money", 10);

        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).metadata().source()).isEqualTo("U.S. Department of the Treasury");
        assertThat(hits.get(0).snippet()).contains("«Quds»").doesNotContain("<");
        assertThat(store.searchDocuments("Treasury on Quds Force money", 10)).hasSize(1);
    }

    @Test
    void searchReadsQuerySyntaxAsPlainWords() {
        store.save(Articles.badrInfiltration());
        String id = Articles.badrInfiltration().document().id();

        assertThat(store.searchDocuments("\"Hadi\" (al-Amiri): leads^ {*}", 10)).extracting(DocumentHit::id).containsExactly(id);
        assertThat(store.searchDocuments("al-Amiri*", 10)).extracting(DocumentHit::id).containsExactly(id);
        assertThat(store.searchDocuments("' OR 1=1 --", 10)).isEmpty();
        assertThat(store.searchDocuments("Hadi OR Ahram", 10)).as("OR is a word, not an operator").isEmpty();
        assertThat(store.searchDocuments("  ;:!? ", 10)).isEmpty();
        assertThat(store.searchDocuments("", 10)).isEmpty();
    }

    @Test
    void searchIgnoresCaseAndDiacriticsAndSplitsWordsAtPunctuation() {
        Extraction x = new ExtractionBuilder("Qāsim Sulaymānī met the ÉMIR in Baṣra; the U.S. embassy said so.",
                new org.sightline.core.DocumentMetadata("Visit to Baṣra", "AP", null, null, null, "text/plain")).build();
        store.save(x);

        assertThat(store.searchDocuments("qasim SULAYMANI", 10)).extracting(DocumentHit::id).containsExactly(x.document().id());
        assertThat(store.searchDocuments("Sulaymānī émir", 10)).extracting(DocumentHit::id).containsExactly(x.document().id());
        assertThat(store.searchDocuments("basra", 10)).hasSize(1);
        assertThat(store.searchDocuments("U.S. embassy", 10)).as("U.S. is the words u and s").hasSize(1);
        assertThat(store.searchDocuments("qasi", 10)).as("whole words only").isEmpty();
    }

    @Test
    void readsBackEntitiesWithAliasesAndMentionCounts() {
        store.save(Articles.badrInfiltration());

        StoredEntity badr = only(store.findEntities("Badr Corps"));
        assertThat(badr.name()).isEqualTo("Badr Corps");
        assertThat(badr.type()).isEqualTo(EntityType.ARMED_GROUP);
        assertThat(badr.aliases()).containsExactly("Badr Organization");
        assertThat(badr.mentions()).isEqualTo(2);
        assertThat(badr.kbId()).isNull();
        assertThat(store.entity(badr.id())).contains(badr);
        assertThat(store.entity(badr.id() + 1000)).isEmpty();
        assertThat(store.entities(null)).extracting(StoredEntity::name).containsExactly(
                "Badr Corps", "Federal Police", "Hadi al-Amiri", "iranbriefing", "U.S. Department of the Treasury");
        assertThat(store.entities(EntityType.PERSON)).extracting(StoredEntity::name).containsExactly("Hadi al-Amiri");
        assertThat(store.entities(EntityType.PLACE)).isEmpty();
    }

    @Test
    void readsBackClaimsWithExactEvidence() {
        Extraction x = Articles.badrInfiltration();
        store.save(x);
        String text = x.document().text();

        List<StoredClaim> claims = store.claims(ClaimQuery.ALL);

        assertThat(claims).hasSize(2);
        for (StoredClaim claim : claims) {
            Evidence evidence = claim.evidence();
            assertThat(evidence.documentId()).isEqualTo(x.document().id());
            assertThat(evidence.quote()).isEqualTo(evidence.span().of(text));
            assertThat(evidence.sentence().contains(evidence.span())).isTrue();
            assertThat(claim.documentTitle()).isEqualTo("Badr and the police");
            assertThat(claim.documentSource()).isEqualTo("iranbriefing");
        }
        StoredClaim infiltrates = claims.get(0);
        Claim original = x.claims().get(0);
        assertThat(infiltrates.type()).isEqualTo(ClaimType.INFILTRATES);
        assertThat(infiltrates.subject().name()).isEqualTo("Badr Corps");
        assertThat(infiltrates.object()).isEqualTo(only(store.findEntities("Federal Police")).ref());
        assertThat(infiltrates.stance()).isEqualTo(Stance.ALLEGED);
        assertThat(infiltrates.time()).isEqualTo("2014");
        assertThat(infiltrates.confidence()).isEqualTo(0.9);
        assertThat(infiltrates.attributes()).isEmpty();
        assertThat(infiltrates.evidence()).isEqualTo(original.evidence());
        assertThat(infiltrates.evidence().quote()).isEqualTo("Badr Corps infiltrated the Federal Police");

        StoredClaim leads = claims.get(1);
        assertThat(leads.type()).isEqualTo(ClaimType.LEADS);
        assertThat(leads.stance()).isEqualTo(Stance.REPORTED);
        assertThat(leads.time()).isNull();
        assertThat(leads.attributes()).isEqualTo(Map.of("role", "secretary-general"));
        assertThat(leads.evidence()).isEqualTo(x.claims().get(1).evidence());
    }

    @Test
    void keepsTheAttributionChainInOrder() {
        store.save(Articles.badrInfiltration());

        StoredClaim leads = only(store.claims(new ClaimQuery(null, ClaimType.LEADS, null, 0)));

        assertThat(leads.attributedTo()).extracting(EntityRef::name)
                .containsExactly("U.S. Department of the Treasury", "iranbriefing");
        assertThat(leads.attributedTo()).extracting(EntityRef::type)
                .containsExactly(EntityType.GOVERNMENT_BODY, EntityType.ORGANIZATION);
    }

    @Test
    void savingTheSameDocumentAgainChangesNothing() {
        Extraction x = Articles.badrInfiltration();
        store.save(x);
        StoreStats before = store.stats();
        List<StoredEntity> entitiesBefore = store.entities(null);

        SaveResult again = store.save(x);

        assertThat(again).isEqualTo(new SaveResult(x.document().id(), false, 0, 0));
        assertThat(store.stats()).isEqualTo(before);
        assertThat(store.entities(null)).isEqualTo(entitiesBefore);
        assertThat(store.documents()).hasSize(1);
    }

    @Test
    void readsBackEachDocumentsOwnNamesOfAnEntity() {
        Extraction first = Articles.badrInfiltration();
        Extraction second = Articles.qudsFunding();
        store.save(first);
        store.save(second);
        StoredEntity badr = only(store.entities(EntityType.ARMED_GROUP));

        List<DocumentEntity> seen = store.documentEntities(List.of(badr.id(), 999_999L));

        assertThat(seen).extracting(DocumentEntity::documentId).containsExactly(first.document().id(), second.document().id());
        assertThat(seen).allSatisfy(d -> {
            assertThat(d.entityId()).isEqualTo(badr.id());
            assertThat(d.type()).isEqualTo(EntityType.ARMED_GROUP);
        });
        assertThat(seen.get(0).name()).isEqualTo("Badr Corps");
        assertThat(seen.get(0).aliases()).contains("Badr Organization");
        assertThat(seen.get(0).mentions() + seen.get(1).mentions()).isEqualTo(badr.mentions());
        assertThat(store.documentEntities(List.of())).isEmpty();
    }

    @Test
    void mergesAnEntityNamedByNameInOneDocumentAndByAliasInAnother() {
        store.save(Articles.badrInfiltration());
        store.save(Articles.qudsFunding());

        List<StoredEntity> armedGroups = store.entities(EntityType.ARMED_GROUP);
        assertThat(armedGroups).hasSize(1);
        StoredEntity badr = armedGroups.get(0);
        assertThat(badr.name()).isEqualTo("Badr Corps");
        assertThat(badr.aliases()).containsExactlyInAnyOrder("Badr Organization", "Badr Brigades", "Badr");
        assertThat(badr.mentions()).isEqualTo(4);
        assertThat(store.claims(ClaimQuery.about(badr.id())))
                .extracting(StoredClaim::type)
                .containsExactly(ClaimType.INFILTRATES, ClaimType.LEADS, ClaimType.FUNDS);
    }

    @Test
    void setsAMissingKbIdFromALaterDocumentAndNeverJoinsTwoKbIdsByName() {
        store.save(Articles.badrInfiltration());
        store.save(Articles.qudsFunding());

        StoredEntity treasury = only(store.entities(EntityType.GOVERNMENT_BODY));
        assertThat(treasury.name()).isEqualTo("U.S. Department of the Treasury");
        assertThat(treasury.kbId()).isEqualTo("kb:us-treasury");

        store.save(new ExtractionBuilder("Treasury published a list.", null)
                .entityWithKb("e1", "Treasury", EntityType.GOVERNMENT_BODY, "kb:other")
                .build());

        assertThat(store.entities(EntityType.GOVERNMENT_BODY)).extracting(StoredEntity::kbId)
                .containsExactlyInAnyOrder("kb:us-treasury", "kb:other");
    }

    @Test
    void keepsEntitiesOfDifferentTypesApartEvenWithTheSameName() {
        store.save(Articles.badrInfiltration());
        store.save(Articles.qudsFunding());
        store.save(Articles.badrTown());

        List<StoredEntity> badrs = store.findEntities("Badr");

        assertThat(badrs).extracting(StoredEntity::type)
                .containsExactlyInAnyOrder(EntityType.ARMED_GROUP, EntityType.PLACE);
        assertThat(badrs).extracting(StoredEntity::id).doesNotHaveDuplicates();
    }

    @Test
    void aFailedSaveLeavesNothingOfItsDocumentAndKeepsEarlierOnes() {
        Extraction earlier = Articles.badrInfiltration();
        store.save(earlier);
        StoreStats before = store.stats();
        List<StoredEntity> entitiesBefore = store.entities(null);
        Extraction broken = Articles.brokenAttribution();

        assertThatThrownBy(() -> store.save(broken))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(broken.document().id());

        assertThat(store.containsDocument(broken.document().id())).isFalse();
        assertThat(store.stats()).isEqualTo(before);
        assertThat(store.entities(null)).isEqualTo(entitiesBefore);
        assertThat(store.findEntities("Kata'ib Hezbollah")).isEmpty();
        assertThat(store.document(earlier.document().id())).isPresent();
        assertThat(store.claims(ClaimQuery.ALL)).hasSize(2);

        // The store is still usable, and the same document saves once it is fixed.
        assertThat(store.save(Articles.qudsFunding()).stored()).isTrue();
    }

    @Test
    void refusesEvidenceWhoseQuoteIsNotTheTextAtItsOffsets() {
        Document doc = Document.of("Badr Corps infiltrated the Federal Police.", null);
        Evidence forged = new Evidence(doc.id(), new Span(0, 10), "Quds Force", null);
        Extraction x = new Extraction(doc,
                List.of(new org.sightline.core.Entity("e1", "Quds Force", EntityType.SECURITY_UNIT, null, null),
                        new org.sightline.core.Entity("e2", "Federal Police", EntityType.SECURITY_UNIT, null, null)),
                List.of(),
                List.of(new Claim("c1", ClaimType.INFILTRATES, "e1", "e2", Stance.ASSERTED, List.of("e2"),
                        null, 0.5, null, forged)));

        assertThatThrownBy(() -> store.save(x)).isInstanceOf(StoreException.class).hasMessageContaining(doc.id());
        assertThat(store.stats().documents()).isZero();
        assertThat(store.stats().entities()).isZero();
    }

    @Test
    void findsEntitiesByNameKeyAliasAndSubstring() {
        store.save(Articles.badrInfiltration());

        assertThat(only(store.findEntities("the badr corps")).name()).isEqualTo("Badr Corps");
        assertThat(only(store.findEntities("BADR ORGANIZATION")).name()).isEqualTo("Badr Corps");
        assertThat(only(store.findEntities("Treasury")).name()).isEqualTo("U.S. Department of the Treasury");
        assertThat(only(store.findEntities("badr")).name()).isEqualTo("Badr Corps");
        assertThat(only(store.findEntities("amiri")).name()).isEqualTo("Hadi al-Amiri");
        assertThat(store.findEntities("Quds Force")).isEmpty();
        assertThat(store.findEntities("   ")).isEmpty();
    }

    @Test
    void exactMatchesWinOverSubstringMatches() {
        store.save(Articles.badrInfiltration());
        store.save(Articles.badrTown());

        // "Badr" is the town's name exactly; "Badr Corps" only contains it.
        assertThat(only(store.findEntities("badr")).type()).isEqualTo(EntityType.PLACE);
    }

    @Test
    void filtersClaimsByEntityTypeAndDocument() {
        Extraction a = Articles.badrInfiltration();
        Extraction b = Articles.qudsFunding();
        store.save(a);
        store.save(b);
        store.save(Articles.badrTown());
        long police = only(store.findEntities("Federal Police")).id();
        long quds = only(store.findEntities("Quds Force")).id();

        assertThat(store.claims(ClaimQuery.about(police))).extracting(StoredClaim::type)
                .containsExactly(ClaimType.INFILTRATES);
        assertThat(store.claims(ClaimQuery.about(quds))).extracting(StoredClaim::type)
                .containsExactly(ClaimType.FUNDS);
        StoredClaim funds = only(store.claims(new ClaimQuery(null, ClaimType.FUNDS, null, 0)));
        assertThat(funds.attributes())
                .isEqualTo(Map.of("amount", "20000000", "currency", "USD", "period", "year"));
        assertThat(funds.documentSource()).isEqualTo("U.S. Department of the Treasury");
        assertThat(store.claims(new ClaimQuery(null, null, b.document().id(), 0))).hasSize(1);
        assertThat(store.claims(new ClaimQuery(null, ClaimType.LEADS, b.document().id(), 0))).isEmpty();
        assertThat(store.claims(ClaimQuery.ALL)).extracting(StoredClaim::type).containsExactly(
                ClaimType.INFILTRATES, ClaimType.LEADS, ClaimType.FUNDS, ClaimType.PART_OF);
        assertThat(store.claims(new ClaimQuery(null, null, null, 2))).extracting(StoredClaim::type)
                .containsExactly(ClaimType.INFILTRATES, ClaimType.LEADS);
        assertThat(store.claims(new ClaimQuery(police, ClaimType.FUNDS, null, 0))).isEmpty();
    }

    @Test
    void keepsEverythingAcrossCloseAndReopen() {
        Extraction x = Articles.badrInfiltration();
        store.save(x);
        store.save(Articles.qudsFunding());
        StoreStats stats = store.stats();
        List<StoredEntity> entities = store.entities(null);
        List<StoredClaim> claims = store.claims(ClaimQuery.ALL);
        store.close();

        store = openStore(dir);

        assertThat(store.stats()).isEqualTo(stats);
        assertThat(store.entities(null)).isEqualTo(entities);
        assertThat(store.claims(ClaimQuery.ALL)).isEqualTo(claims);
        assertThat(store.document(x.document().id()).orElseThrow().text()).isEqualTo(x.document().text());
        assertThat(store.save(x).stored()).isFalse();
    }

    @Test
    void countsDocumentsEntitiesAndClaims() {
        assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, Map.of()));

        store.save(Articles.badrInfiltration());
        store.save(Articles.qudsFunding());
        store.save(Articles.badrTown());

        // 5 + Quds Force (Badr and Treasury merge) + Badr town, Beheira, Ahram Online.
        assertThat(store.stats()).isEqualTo(new StoreStats(3, 9, 4, Map.of(
                ClaimType.INFILTRATES, 1, ClaimType.LEADS, 1, ClaimType.FUNDS, 1, ClaimType.PART_OF, 1)));
    }

    @Test
    void streamsAllClaimsNotRejectedInIdOrder() {
        store.save(Articles.badrInfiltration());
        store.save(Articles.qudsFunding());
        List<StoredClaim> claims = store.claims(ClaimQuery.ALL);
        List<StoredClaimRow> rows = new java.util.ArrayList<>();

        store.forEachClaim(rows::add);

        assertThat(rows).extracting(StoredClaimRow::id)
                .containsExactlyElementsOf(claims.stream().map(StoredClaim::id).sorted().toList());
        for (StoredClaim c : claims) {
            StoredClaimRow row = rows.stream().filter(r -> r.id() == c.id()).findFirst().orElseThrow();
            assertThat(row).isEqualTo(new StoredClaimRow(c.id(), c.type(), c.subject().id(), c.subject().type(),
                    c.object().id(), c.object().type(), c.stance(), c.evidence().documentId(), c.time(),
                    c.attributes()));
        }
        StoredClaimRow funds = rows.stream().filter(r -> r.type() == ClaimType.FUNDS).findFirst().orElseThrow();
        assertThat(funds.attributes()).containsEntry("amount", "20000000").containsEntry("currency", "USD");
        assertThat(funds.subjectType()).isEqualTo(EntityType.SECURITY_UNIT);
        assertThat(funds.objectType()).isEqualTo(EntityType.ARMED_GROUP);

        store.reject(funds.id(), "analyst1", "misread");
        List<Long> left = new java.util.ArrayList<>();
        store.forEachClaim(r -> left.add(r.id()));
        assertThat(left).hasSize(2).doesNotContain(funds.id());
    }

    private static <T> T only(List<T> items) {
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void readsOneClaimById() {
        store.save(Articles.badrInfiltration());
        StoredClaim first = store.claims(ClaimQuery.ALL).get(0);
        assertThat(store.claim(first.id())).contains(first);
        assertThat(store.claim(first.id() + 1000)).isEmpty();
    }

    @Test
    void theVersionGrowsWithClaimsAndItsEpochMovesOnlyWhenClaimsMayHaveChanged() {
        StoreVersion empty = store.version();
        assertThat(empty.maxClaimId()).isZero();
        store.save(Articles.badrInfiltration());
        StoreVersion one = store.version();
        assertThat(one.maxClaimId()).isPositive();
        store.save(Articles.qudsFunding());
        StoreVersion two = store.version();
        assertThat(two.maxClaimId()).isGreaterThan(one.maxClaimId());
        assertThat(two.epoch()).isEqualTo(one.epoch());
        List<Long> after = new java.util.ArrayList<>();
        store.forEachClaimAfter(one.maxClaimId(), row -> after.add(row.id()));
        assertThat(after).hasSize(1).allSatisfy(id -> assertThat(id).isGreaterThan(one.maxClaimId()));

        store.reject(after.get(0), "analyst", "test");
        assertThat(store.version().epoch()).isNotEqualTo(two.epoch());
        List<Long> none = new java.util.ArrayList<>();
        store.forEachClaimAfter(one.maxClaimId(), row -> none.add(row.id()));
        assertThat(none).isEmpty();
    }

    @Test
    void openingWithAnotherNameKeyReclustersTheEntitiesOnce() {
        store.save(new ExtractionBuilder("Kataib Hezbollah fired. Kata'ib Hizballah denied it, AP said.",
                new org.sightline.core.DocumentMetadata("t", "AP", null, null, null, "text/plain"))
                .entity("e1", "Kataib Hezbollah", org.sightline.core.EntityType.ARMED_GROUP)
                .entity("e2", "Kata'ib Hizballah", org.sightline.core.EntityType.ARMED_GROUP)
                .entity("e3", "AP", org.sightline.core.EntityType.ORGANIZATION)
                .claim("c1", org.sightline.core.ClaimType.ASSOCIATED_WITH, "e1", "e2", org.sightline.core.Stance.ASSERTED,
                        "Kataib Hezbollah fired", java.util.List.of("e3"), null, 0.5, java.util.Map.of())
                .build());
        assertThat(store.entities(org.sightline.core.EntityType.ARMED_GROUP)).hasSize(2);
        store.close();
        // A key that ignores vowels and apostrophes: a stand-in for sightline-resolve's transliteration key.
        org.sightline.core.NameKey consonants = new org.sightline.core.NameKey() {
            @Override
            public String key(String name) {
                return org.sightline.core.Names.key(name).replaceAll("[aeiou']", "");
            }

            @Override
            public String id() {
                return "consonants-test";
            }
        };
        store = openStore(dir, consonants);
        assertThat(store.entities(org.sightline.core.EntityType.ARMED_GROUP)).hasSize(1);
        assertThat(store.findEntities("Ktb Hzbllh")).hasSize(1);
        StoredClaim loop = store.claims(ClaimQuery.ALL).get(0);
        assertThat(loop.subject().id()).isEqualTo(loop.object().id());
        store.close();
        store = openStore(dir);
        assertThat(store.entities(org.sightline.core.EntityType.ARMED_GROUP)).hasSize(2);
        assertThat(store.claims(ClaimQuery.ALL)).hasSize(1);
    }
}
