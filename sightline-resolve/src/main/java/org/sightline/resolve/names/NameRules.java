package org.sightline.resolve.names;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Everything loaded from {@code names/*.yaml}: the matcher's knowledge, as data. Immutable after loading. */
final class NameRules {
    final TextCleaner cleaner;
    final LetterFolding letters;
    final EditDistance edit;
    final WordVariants variants;
    /** digit -> letter inside persons' names (normalise.yaml) */
    final Map<String, String> leet;

    // structure.yaml
    final Set<String> articles;
    final Set<String> articleVowels;
    final List<String> sunConsonants;
    final int minAttachedRest;
    final Set<String> kunya;
    final Set<String> patronymic;
    final Set<String> abdWords;
    final Pattern abdGlued;
    final Set<String> allahForms;
    final List<String> nisbaEndings;
    final Set<String> titles;
    final Set<String> surnameParticles;

    // organisations.yaml
    /** legal-form phrase (words joined by spaces) -> family */
    final Map<String, String> legalForms = new HashMap<>();
    /** the same phrases by phonetic key of each word: "Limitid", "Joynt Stock Compani" are still legal forms */
    final Map<String, String> legalFormsPhonetic = new HashMap<>();
    /** every legal-form phrase as phonetic words, for the typo-tolerant lookup */
    final List<LegalPhrase> legalPhrases = new ArrayList<>();

    record LegalPhrase(String[] words, String family) {
    }
    final int longestLegalForm;
    final Set<String> compatibleLegal = new HashSet<>();
    final Set<String> neutralLegal;
    final Set<String> genericWords;
    final Set<String> stopWords;
    final Map<String, String> abbreviations;
    final Map<String, Long> numberWords = new HashMap<>();
    final boolean romanNumerals;
    final Set<String> vesselPrefixes;

    final Scoring scoring;

    private NameRules() {
        RuleFile scripts = RuleFile.load("scripts.yaml");
        RuleFile normalise = RuleFile.load("normalise.yaml");
        cleaner = new TextCleaner(normalise, scripts);
        leet = normalise.stringMap("leet");
        letters = new LetterFolding(RuleFile.load("letters.yaml"));
        edit = new EditDistance(letters);
        variants = new WordVariants(RuleFile.load("variants.yaml"), letters, cleaner);

        RuleFile structure = RuleFile.load("structure.yaml");
        JsonNode article = structure.node("article");
        articles = new HashSet<>(RuleFile.strings(article.path("always")));
        articleVowels = new HashSet<>(RuleFile.strings(article.path("assimilatedVowels")));
        sunConsonants = RuleFile.strings(article.path("sunConsonants"));
        sunConsonants.sort((x, y) -> y.length() - x.length());
        minAttachedRest = article.path("minAttachedRest").asInt();
        kunya = new HashSet<>(structure.strings("kunya"));
        patronymic = new HashSet<>(structure.strings("patronymic"));
        JsonNode abd = structure.node("abd");
        abdWords = new HashSet<>(RuleFile.strings(abd.path("words")));
        abdGlued = Pattern.compile(abd.path("gluedPattern").asText());
        allahForms = new HashSet<>(RuleFile.strings(abd.path("allahForms")));
        nisbaEndings = structure.strings("nisbaEndings");
        titles = new HashSet<>(structure.strings("titles"));
        surnameParticles = new HashSet<>(structure.strings("surnameParticles"));

        RuleFile orgs = RuleFile.load("organisations.yaml");
        int longest = 1;
        Iterator<Map.Entry<String, JsonNode>> it = orgs.node("legalForms").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> family = it.next();
            for (String phrase : RuleFile.strings(family.getValue())) {
                String key = cleaner.fold(phrase).replaceAll("\\s+", " ");
                legalForms.put(key, family.getKey());
                legalFormsPhonetic.put(phoneticPhrase(key), family.getKey());
                legalPhrases.add(new LegalPhrase(phoneticPhrase(key).split(" "), family.getKey()));
                longest = Math.max(longest, key.split(" ").length);
            }
        }
        longestLegalForm = longest;
        for (JsonNode group : orgs.node("compatibleLegalForms")) {
            List<String> g = RuleFile.strings(group);
            for (String x : g) {
                for (String y : g) {
                    compatibleLegal.add(x + "|" + y);
                }
            }
        }
        neutralLegal = new HashSet<>(orgs.strings("neutralLegalForms"));
        genericWords = new HashSet<>(orgs.strings("genericWords"));
        stopWords = new HashSet<>(orgs.strings("stopWords"));
        abbreviations = orgs.stringMap("abbreviations");
        orgs.node("numberWords").fields().forEachRemaining(e -> numberWords.put(e.getKey(), e.getValue().asLong()));
        romanNumerals = orgs.node("romanNumerals").asBoolean();
        vesselPrefixes = new HashSet<>(orgs.strings("vesselPrefixes"));

        scoring = new Scoring(RuleFile.load("scoring.yaml"));
    }

    static NameRules load() {
        return new NameRules();
    }

    String phoneticPhrase(String phrase) {
        StringBuilder b = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(letters.phonetic(w));
        }
        return b.toString();
    }

    boolean legalCompatible(String a, String b) {
        return a.equals(b) || neutralLegal.contains(a) || neutralLegal.contains(b) || compatibleLegal.contains(a + "|" + b);
    }

    /** The article an assimilated form stands for, if {@code word} is one before {@code next} ("ash" before "shams"). */
    boolean isAssimilatedArticle(String word, String next) {
        if (word.length() < 2 || next.isEmpty() || !articleVowels.contains(word.substring(0, 1))) {
            return false;
        }
        String consonant = word.substring(1);
        return sunConsonants.contains(consonant) && next.startsWith(consonant);
    }

    /** Weights and caps (scoring.yaml). */
    static final class Scoring {
        final double threshold;
        final double plausible;
        final double exact;
        final double variantTable;
        final double phonetic;
        final double scriptSkeleton;
        final double initial;
        final double attachedArticle;
        final double joined;
        final double acronym;
        final double differentFamilies;
        final double pairMinimum;
        final int shortTokenLength;
        /** editBudget as parallel arrays, by ascending minimum length */
        final int[] budgetLength;
        final double[] budget;
        final double abdDropped;
        final Map<TokenKind, Double> weights = new HashMap<>();
        final double parenthetical;
        final double extraPartShare;
        final double singlePartCap;
        final double orderPenalty;
        final double conflictFactor;
        final double conflictCap;
        final double numbersDiffer;
        final double legalFormsDiffer;
        final double typeMismatch;
        final double patronymicReversal;
        final double imoDiffers;

        Scoring(RuleFile f) {
            threshold = f.number("threshold");
            plausible = f.number("plausible");
            exact = f.number("token", "exact");
            variantTable = f.number("token", "variantTable");
            phonetic = f.number("token", "phonetic");
            scriptSkeleton = f.number("token", "scriptSkeleton");
            initial = f.number("token", "initial");
            attachedArticle = f.number("token", "attachedArticle");
            joined = f.number("token", "joined");
            acronym = f.number("token", "acronym");
            differentFamilies = f.number("token", "differentFamilies");
            pairMinimum = f.number("token", "pairMinimum");
            shortTokenLength = (int) f.number("token", "shortTokenLength");
            JsonNode budgets = f.node("token").path("editBudget");
            budgetLength = new int[budgets.size()];
            budget = new double[budgets.size()];
            for (int i = 0; i < budgets.size(); i++) {
                budgetLength[i] = budgets.get(i).path("minLength").asInt();
                budget[i] = budgets.get(i).path("budget").asDouble();
            }
            abdDropped = f.number("token", "abdDropped");
            for (String[] kw : List.of(new String[]{"NAME", "name"}, new String[]{"KUNYA", "kunya"},
                    new String[]{"ABD", "name"}, new String[]{"NISBA", "nisba"}, new String[]{"INITIAL", "initial"},
                    new String[]{"TITLE", "title"}, new String[]{"PARTICLE", "particle"},
                    new String[]{"GENERIC", "generic"}, new String[]{"LEGAL", "legalForm"},
                    new String[]{"NUMBER", "number"})) {
                weights.put(TokenKind.valueOf(kw[0]), f.number("weight", kw[1]));
            }
            weights.put(TokenKind.STOP, 0.0);
            parenthetical = f.number("weight", "parenthetical");
            extraPartShare = f.number("person", "extraPartShare");
            singlePartCap = f.number("person", "singlePartCap");
            orderPenalty = f.number("organisation", "orderPenalty");
            conflictFactor = f.number("conflict", "factor");
            conflictCap = f.number("conflict", "cap");
            numbersDiffer = f.number("caps", "numbersDiffer");
            legalFormsDiffer = f.number("caps", "legalFormsDiffer");
            typeMismatch = f.number("caps", "typeMismatch");
            patronymicReversal = f.number("caps", "patronymicReversal");
            imoDiffers = f.number("caps", "imoDiffers");
        }

        /** The edit cost allowed between two words whose longer one has this many letters. */
        double budgetFor(int length) {
            double b = budget[0];
            for (int i = 0; i < budgetLength.length; i++) {
                if (length >= budgetLength[i]) {
                    b = budget[i];
                }
            }
            return b;
        }

        double weight(TokenKind kind) {
            return weights.get(kind);
        }
    }

    static List<String> words(String phrase) {
        return new ArrayList<>(Arrays.asList(phrase.split(" ")));
    }
}
