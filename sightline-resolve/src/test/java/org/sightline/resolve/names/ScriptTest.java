package org.sightline.resolve.names;

import static org.sightline.core.EntityType.PERSON;
import static org.sightline.core.EntityType.SECURITY_UNIT;
import static org.sightline.resolve.names.Names.different;
import static org.sightline.resolve.names.Names.same;

import org.junit.jupiter.api.Test;

/** scripts.yaml: Arabic and Persian script against Latin, on the consonant skeleton. */
class ScriptTest {
    @Test
    void arabicScriptMatchesLatin() {
        same("أبو مهدي المهندس", "Abu Mahdi al-Muhandis", PERSON, "arabic/persian script read as 'mhdy'",
                "kunya matched", "consonants m-h-n-d-s agree");
        same("قيس الخزعلي", "Qais al-Khazali", PERSON, "consonants");
        same("حسين", "Hussein", PERSON, "consonants h-s-n agree");
    }

    @Test
    void arabicScriptDifferentPersonDoesNotMatch() {
        different("قيس الخزعلي", "Laith al-Khazali", PERSON);
        different("أبو مهدي المهندس", "Abu Mahdi al-Basri", PERSON);
    }

    @Test
    void persianLetters() {
        same("پژمان چگینی", "Pezhman Chegini", PERSON, "read as 'pzhman'", "read as 'chgyny'");
        same("گلی کیانی", "Goli Kiani", PERSON, "read as 'gly'", "read as 'kyany'");
    }

    @Test
    void hamzaForms() {
        same("مؤمن", "Mumin", PERSON, "read as 'mwmn'");
        same("إبراهيم", "Ibrahim", PERSON, "consonants b-r-h-m agree");
    }

    @Test
    void taMarbuta() {
        same("فاطمة", "Fatima", PERSON, "read as 'fatma'");
    }

    @Test
    void tatweelIsIgnored() {
        same("فاطمـــة", "Fatima", PERSON, "read as 'fatma'");
    }

    @Test
    void arabicIndicDigitsAreNumbers() {
        same("فرقة ٨", "Firqa 8", SECURITY_UNIT, "numbers agree: 8");
        different("فرقة ٨", "Firqa 5", SECURITY_UNIT, "numbers differ: 8 vs 5");
        same("فرقة ۸", "Firqa 8", SECURITY_UNIT, "numbers agree: 8");
    }

    @Test
    void cyrillicAndArmenianAreTransliterated() {
        same("Владимир Путин", "Vladimir Putin", PERSON, "same");
        same("Բարակ Օբամա", "Barack Obama", PERSON, "բարակ ~ barack: transliteration variant (ck/k)");
    }
}
