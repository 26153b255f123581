package org.sightline.resolve.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.ORGANIZATION;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.resolve.names.Names.MATCHER;
import static org.sightline.resolve.names.Names.same;

import org.junit.jupiter.api.Test;

/** normalise.yaml: case, diacritics, apostrophes, hyphens, punctuation and whitespace. */
class NormalisationTest {
    @Test
    void caseIsFolded() {
        MatchResult r = same("KATAIB HIZBALLAH", "Kataib Hizballah", ARMED_GROUP, "same: kataib, hizballah");
        assertThat(r.score()).isEqualTo(1.0);
    }

    @Test
    void diacriticsAreDropped() {
        same("Ḥusayn al-Ṭikrītī", "Husayn al-Tikriti", PERSON, "same: ḥusayn, al-ṭikrītī");
        same("Société Générale S.A.", "Societe Generale SA", ORGANIZATION, "same: société, générale");
    }

    @Test
    void everyApostropheKindStandsForAynOrHamzaAndIsDropped() {
        for (String ayn : new String[] {"'", "’", "‘", "ʿ", "ʾ", "`", "´"}) {
            same("Ja" + ayn + "far " + ayn + "Ali", "Jafar Ali", PERSON, "same: ja'far");
        }
        same("Kata'ib Hizballah", "Kataib Hizballah", ARMED_GROUP, "same: kata'ib, hizballah");
    }

    @Test
    void hyphensAndDashesSplitWords() {
        same("Abu-Mahdi al-Muhandis", "Abu Mahdi al Muhandis", PERSON, "abu mahdi: kunya matched");
        same("Jean–Marie Le Pen", "Jean Marie Le Pen", PERSON, "same: jean, marie");
    }

    @Test
    void punctuationAndWhitespaceDoNotCount() {
        same("  Badr   Organization. ", "Badr Organization", ORGANIZATION, "same: badr, organization");
        same("A.B.C. Company", "ABC Co.", ORGANIZATION, "same: abc");
    }

    @Test
    void clusterKeyIsEqualForPlainSpellingVariants() {
        String key = MATCHER.clusterKey("Kata'ib Hezbollah", null);
        assertThat(MATCHER.clusterKey("Kataib Hizballah", null)).isEqualTo(key);
        assertThat(MATCHER.clusterKey("KATAIB HIZBALLAH", null)).isEqualTo(key);
        assertThat(MATCHER.clusterKey("Kata’ib Hizbullah", ARMED_GROUP)).isEqualTo(key);
        assertThat(MATCHER.clusterKey("Asa'ib Ahl al-Haq", null)).isNotEqualTo(key);
    }

    @Test
    void formsAreReusableAndKeepTheOriginal() {
        NameForm form = MATCHER.analyse("AL-MUHANDIS, Abu Mahdi", PERSON);
        assertThat(form.original()).isEqualTo("AL-MUHANDIS, Abu Mahdi");
        assertThat(form.type()).isEqualTo(PERSON);
        NameForm other = MATCHER.analyse("Abu Mahdi al-Mohandes", PERSON);
        assertThat(MATCHER.match(form, other)).isEqualTo(MATCHER.match(form, other));
        assertThat(MATCHER.match("", "Abu Mahdi", PERSON).match()).isFalse();
    }
}
