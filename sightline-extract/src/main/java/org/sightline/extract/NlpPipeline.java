package org.sightline.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;

/**
 * The CoreNLP stages Sightline uses, configured by {@code nlp.properties} (overridable, so a
 * benchmark or a later issue can swap stages). Thread-safe: CoreNLP annotators may be shared.
 */
public final class NlpPipeline {
    private final StanfordCoreNLP pipeline;
    private final StanfordCoreNLP tokenizer;
    private final Properties properties;

    private NlpPipeline(Properties props) {
        this.properties = props;
        this.pipeline = new StanfordCoreNLP(props);
        Properties tok = new Properties();
        props.stringPropertyNames().stream().filter(k -> k.startsWith("tokenize."))
                .forEach(k -> tok.setProperty(k, props.getProperty(k)));
        tok.setProperty("annotators", "tokenize");
        this.tokenizer = new StanfordCoreNLP(tok);
    }

    /** The default pipeline, with {@code overrides} on top of {@code nlp.properties}. */
    public static NlpPipeline load(Properties overrides) {
        Properties props = defaults();
        if (overrides != null) {
            overrides.stringPropertyNames().forEach(k -> props.setProperty(k, overrides.getProperty(k)));
        }
        return new NlpPipeline(props);
    }

    public static Properties defaults() {
        Properties props = new Properties();
        try (InputStream in = NlpPipeline.class.getResourceAsStream("/nlp.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read nlp.properties", e);
        }
        return props;
    }

    public Annotation annotate(String text) {
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        return doc;
    }

    /** Tokens of a short phrase, split exactly as document text is split (for gazetteer aliases). */
    public List<CoreLabel> tokenize(String phrase) {
        Annotation doc = new Annotation(phrase);
        tokenizer.annotate(doc);
        return doc.get(CoreAnnotations.TokensAnnotation.class);
    }

    public Properties properties() {
        return (Properties) properties.clone();
    }
}
