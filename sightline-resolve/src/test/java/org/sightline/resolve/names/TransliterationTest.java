package org.sightline.resolve.names;

import static org.sightline.core.EntityType.ARMED_GROUP;
import static org.sightline.core.EntityType.PERSON;
import static org.sightline.resolve.names.Names.different;
import static org.sightline.resolve.names.Names.same;

import org.junit.jupiter.api.Test;

/** variants.yaml (word families) and letters.yaml (letter folding). */
class TransliterationTest {
    // --- word variant families

    @Test
    void hizballah() {
        for (String v : new String[] {"Hezbollah", "Hizbullah", "Hizbollah", "Hezballah"}) {
            same("Kataib " + v, "Kataib Hizballah", ARMED_GROUP, "variant spellings of 'hizballah'");
        }
    }

    @Test
    void kataib() {
        same("Kataeb Hizballah", "Kata'ib Hizballah", ARMED_GROUP, "variant spellings of 'kataib'");
        for (String v : new String[] {"Kataib", "Kataeb", "Katayib"}) {
            same(v + " Hizballah", "Kata'ib Hizballah", ARMED_GROUP, "kataib");
        }
    }

    @Test
    void qais() {
        same("Qays al-Khazali", "Qais al-Khazali", PERSON, "variant spellings of 'qays'");
        same("Kais al-Khazali", "Qais al-Khazali", PERSON, "variant spellings of 'qays'");
    }

    @Test
    void husayn() {
        for (String v : new String[] {"Hussein", "Hussain", "Husein"}) {
            same("Saddam " + v, "Saddam Husayn", PERSON, "variant spellings of 'husayn'");
        }
        // Hasan is another name with the same consonants
        different("Saddam Hasan", "Saddam Husayn", PERSON);
    }

    @Test
    void muhandis() {
        same("Abu Mahdi al-Mohandes", "Abu Mahdi al-Muhandis", PERSON, "variant spellings of 'muhandis'");
        same("Abu Mahdi al-Mohandis", "Abu Mahdi al-Muhandis", PERSON, "'muhandis'");
    }

    @Test
    void muhammad() {
        for (String v : new String[] {"Mohammed", "Mohamed", "Mohammad", "Muhammed"}) {
            same(v + " Kawtharani", "Muhammad Kawtharani", PERSON, "variant spellings of 'muhammad'");
        }
        // Mahmud is another name
        different("Mahmud Kawtharani", "Muhammad Kawtharani", PERSON);
    }

    @Test
    void jafar() {
        same("Jamal Jaafar", "Jamal Ja'far", PERSON, "variant spellings of 'jafar'");
        same("Jamal Jafar", "Jamal Ja'far", PERSON, "same: jamal");
    }

    // --- letter folding

    @Test
    void qAndK() {
        same("Tariq Aziz", "Tarik Aziz", PERSON, "transliteration variant (q/k)");
    }

    @Test
    void ouUAndO() {
        same("Mansour Rashid", "Mansur Rashid", PERSON, "transliteration variant (ou/u)");
        same("Mansor Rashid", "Mansur Rashid", PERSON, "transliteration variant (o/u)");
    }

    @Test
    void eeAndI() {
        same("Kareem Salih", "Karim Salih", PERSON, "transliteration variant (ee/i)");
    }

    @Test
    void aiAyEi() {
        same("Zaid Hamid", "Zayd Hamid", PERSON, "transliteration variant (ai/ay)");
        same("Zeid Hamid", "Zayd Hamid", PERSON, "transliteration variant (ai/ay)");
    }

    @Test
    void jAndDj() {
        same("Hadjar Salem", "Hajar Salem", PERSON, "transliteration variant (dj/j)");
    }

    @Test
    void khAndH() {
        same("Khalaf Salem", "Halaf Salem", PERSON, "transliteration variant (kh/h)");
    }

    @Test
    void thAndT() {
        same("Thamir Salem", "Tamir Salem", PERSON, "transliteration variant (th/t)");
    }

    @Test
    void dhDAndZ() {
        same("Nadhim Salem", "Nadim Salem", PERSON, "transliteration variant (dh/d)");
        same("Nazim Salem", "Nadim Salem", PERSON, "spelling differs (z/d)");
    }

    @Test
    void doubledLetters() {
        same("Abbud Salem", "Abud Salem", PERSON, "transliteration variant (doubled letters)");
    }

    @Test
    void aAhEhEndings() {
        same("Fatimah Salem", "Fatima Salem", PERSON, "transliteration variant (-ah/-a)");
        same("Fatemeh Salem", "Fatima Salem", PERSON, "-ah/-a");
    }

    @Test
    void oneTypoInALongNameIsTolerated() {
        same("Vladimir Pulin", "Vladimir Putin", PERSON, "spelling differs (l/t)");
    }

    @Test
    void aDifferentNameIsNotATypo() {
        different("Pedro Sancho", "Pedro Sanchez", PERSON, "different parts on both sides");
        different("Mahir Mohamad", "Mahathir Mohamad", PERSON);
    }
}
