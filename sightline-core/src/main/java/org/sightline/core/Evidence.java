package org.sightline.core;

import java.util.Objects;

/**
 * The words that support a claim: the exact quote at {@code span} in the document text, and
 * the sentence it sits in. Construction checks that the quote is what the text says there.
 */
public record Evidence(String documentId, Span span, String quote, Span sentence) {
    public Evidence {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        if (quote.length() != span.length()) {
            throw new IllegalArgumentException("quote length does not match span " + span);
        }
        sentence = sentence == null ? span : sentence;
    }

    /** Evidence cut from the document text itself, so the quote always matches its offsets. */
    public static Evidence from(Document doc, Span span, Span sentence) {
        return new Evidence(doc.id(), span, span.of(doc.text()), sentence);
    }
}
