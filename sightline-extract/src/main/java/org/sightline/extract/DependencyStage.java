package org.sightline.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.TypesafeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser (enhanced++ Universal Dependencies), run only on the
 * sentences that can hold a claim, once each; the model loads on first use. A dateline that opens
 * a release ("WASHINGTON — Today, OFAC designated ...") is not part of the sentence's syntax and
 * would become its subject, so the parse starts after it.
 */
final class DependencyStage {
    /** The parse of a sentence, kept on the sentence so that every stage shares it. */
    private static final class Parsed implements TypesafeMap.Key<ParsedSentence> {
    }

    private static final int DATELINE_MAX = 8;
    private final Properties properties;
    private volatile DependencyParseAnnotator parser;

    DependencyStage(Properties nlpProperties) {
        this.properties = new Properties();
        nlpProperties.stringPropertyNames().stream().filter(k -> k.startsWith("depparse."))
                .forEach(k -> properties.setProperty(k, nlpProperties.getProperty(k)));
    }

    /** The parse of sentence {@code s}, parsing it if it has none yet. */
    ParsedSentence parse(DocTokens doc, int s) {
        CoreMap sentence = doc.sentenceMaps.get(s);
        ParsedSentence parsed = sentence.get(Parsed.class);
        if (parsed != null) {
            return parsed;
        }
        int first = doc.sentBegin[s] + datelineLength(doc, s);
        List<CoreLabel> tokens = new ArrayList<>();
        for (int t = first; t < doc.sentEnd[s]; t++) {
            CoreLabel copy = new CoreLabel(doc.tokens.get(t));
            copy.setIndex(t - first + 1);
            copy.setSentIndex(0);
            tokens.add(copy);
        }
        CoreMap part = new ArrayCoreMap();
        part.set(CoreAnnotations.TokensAnnotation.class, tokens);
        part.set(CoreAnnotations.SentenceIndexAnnotation.class, 0);
        Annotation one = new Annotation(doc.text);
        one.set(CoreAnnotations.TokensAnnotation.class, tokens);
        one.set(CoreAnnotations.SentencesAnnotation.class, List.of(part));
        parser().annotate(one);
        SemanticGraph g = part.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        parsed = new ParsedSentence(g == null ? new SemanticGraph() : g, first);
        sentence.set(Parsed.class, parsed);
        return parsed;
    }

    /**
     * Tokens of a dateline at the start of sentence s: capitalised words, commas and numbers
     * ("WASHINGTON", "BAGHDAD, Iraq", "WASHINGTON, D.C., Jan. 5") ending in a dash, or 0.
     */
    static int datelineLength(DocTokens doc, int s) {
        int b = doc.sentBegin[s];
        boolean capitals = false;
        for (int t = b; t < Math.min(doc.sentEnd[s] - 1, b + DATELINE_MAX); t++) {
            String w = doc.word(t);
            if ((w.equals("—") || w.equals("--") || w.equals("–")) && t > b) {
                return capitals ? t - b + 1 : 0;
            }
            if (w.length() > 1 && w.equals(w.toUpperCase(java.util.Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                capitals = true;
            } else if (!(w.equals(",") || w.equals(".") || Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                return 0;
            }
        }
        return 0;
    }

    private DependencyParseAnnotator parser() {
        DependencyParseAnnotator p = parser;
        if (p == null) {
            synchronized (this) {
                if (parser == null) {
                    parser = new DependencyParseAnnotator(properties);
                }
                p = parser;
            }
        }
        return p;
    }
}
