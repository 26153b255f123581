package org.sightline.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's neural dependency parser, run only on the sentences that need it (a claim and a
 * speech verb the token rules could not attribute): parsing every sentence would cost about
 * three times the rest of extraction (docs/BENCHMARKS.md). The model loads on first use.
 */
final class DependencyStage {
    private final Properties properties;
    private volatile DependencyParseAnnotator parser;

    DependencyStage(Properties nlpProperties) {
        this.properties = new Properties();
        nlpProperties.stringPropertyNames().stream().filter(k -> k.startsWith("depparse."))
                .forEach(k -> properties.setProperty(k, nlpProperties.getProperty(k)));
    }

    /** The enhanced++ dependency graph of sentence {@code s}, parsing it if it has none yet. */
    SemanticGraph graph(DocTokens doc, int s) {
        CoreMap sentence = doc.sentenceMaps.get(s);
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) {
            Annotation one = new Annotation(doc.text);
            one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
            parser().annotate(one);
            g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        }
        return g;
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
