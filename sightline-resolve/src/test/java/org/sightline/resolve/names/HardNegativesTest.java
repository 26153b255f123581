package org.sightline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.resolve.names.Names.MATCHER;
import static org.sightline.resolve.names.Names.different;

import org.junit.jupiter.api.Test;

/** Pairs that look alike and name different people or bodies. */
class HardNegativesTest {
    @Test
    void badrForcesIsNotConfidentlyBadrOrganization() {
        assertThat(MATCHER.match("Badr Forces", "Badr Organization", null).score()).isLessThan(0.6);
    }

    @Test
    void sameKunyaDifferentLaqab() {
        different("Abu Mahdi al-Muhandis", "Abu Mahdi al-Basri", PERSON, "different parts on both sides");
    }

    @Test
    void sameFamilyNameDifferentGivenName() {
        different("Qais al-Khazali", "Laith al-Khazali", PERSON, "'qais' vs 'laith'");
    }

    @Test
    void differentDivisionNumbers() {
        different("8th Division", "5th Division", SECURITY_UNIT, "numbers differ");
    }

    @Test
    void differentFatherDifferentPerson() {
        different("Abdullah Ahmed al-Hakim", "Abdullah Yahya al-Hakim", PERSON);
        different("Sergey Viktorovich Lavrov", "Sergey Ivanovich Lavrov", PERSON);
    }

    @Test
    void differentInitialIsADifferentPerson() {
        different("Hans O Friedrich", "Hans Joachim Friedrich", PERSON);
        different("A. Nazarbayev", "Nursultan Nazarbayev", PERSON);
    }
}
