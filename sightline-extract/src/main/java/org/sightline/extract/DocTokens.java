package org.sightline.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.sightline.core.Span;

/** An annotated document seen as one token list with sentence boundaries (token indices). */
final class DocTokens {
    final String text;
    final List<CoreLabel> tokens;
    final int[] sentBegin;
    final int[] sentEnd;
    final List<CoreMap> sentenceMaps;
    private final int[] sentenceOfToken;

    DocTokens(String text, Annotation annotation) {
        this.text = text;
        this.tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        this.sentenceMaps = sentences;
        sentBegin = new int[sentences.size()];
        sentEnd = new int[sentences.size()];
        sentenceOfToken = new int[tokens.size()];
        for (int s = 0; s < sentences.size(); s++) {
            sentBegin[s] = sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
            sentEnd[s] = sentences.get(s).get(CoreAnnotations.TokenEndAnnotation.class);
            for (int t = sentBegin[s]; t < sentEnd[s]; t++) {
                sentenceOfToken[t] = s;
            }
        }
    }

    private java.util.List<java.util.Set<String>> words;

    /** The comparison keys ({@link #key}) of the words of sentence s, for rule triggers. */
    synchronized java.util.Set<String> words(int s) {
        if (words == null) {
            words = new java.util.ArrayList<>();
            for (int i = 0; i < sentences(); i++) {
                java.util.Set<String> w = new java.util.HashSet<>();
                sentence(i).forEach(t -> w.add(key(t.word())));
                words.add(w);
            }
        }
        return words.get(s);
    }

    int sentences() {
        return sentBegin.length;
    }

    List<CoreLabel> sentence(int s) {
        return tokens.subList(sentBegin[s], sentEnd[s]);
    }

    int sentenceOf(int token) {
        return sentenceOfToken[token];
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    Span charSpan(int begin, int end) {
        return new Span(tokens.get(begin).beginPosition(), tokens.get(end - 1).endPosition());
    }

    /** The tokens that overlap characters [begin, end), or null when none does. */
    int[] tokenRange(int begin, int end) {
        int b = -1;
        int e = -1;
        for (int t = 0; t < tokens.size(); t++) {
            CoreLabel tok = tokens.get(t);
            if (tok.endPosition() > begin && tok.beginPosition() < end) {
                if (b < 0) {
                    b = t;
                }
                e = t + 1;
            } else if (tok.beginPosition() >= end) {
                break;
            }
        }
        return b < 0 ? null : new int[] {b, e};
    }

    Span sentenceSpan(int s) {
        return charSpan(sentBegin[s], sentEnd[s]);
    }

    /**
     * Tokens [begin, end) as a name or attribute value: line breaks and runs of spaces become one
     * space ("Iranian Shia\nIslamic Party" wrapped by a PDF). Evidence quotes use {@link #charSpan}
     * and stay exact.
     */
    String surface(int begin, int end) {
        return charSpan(begin, end).of(text).replaceAll("\\s+", " ");
    }

    /** Token comparison key: lower case with typographic quotes and dashes folded, so ’s equals 's and – equals -. */
    static String key(String word) {
        return word.replace('\u2019', '\'').replace('\u2018', '\'').replace("`", "'").replace('\u2013', '-')
                .replace('\u2014', '-').toLowerCase(java.util.Locale.ROOT);
    }
}
