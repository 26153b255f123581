package org.sightline.analysis.corroboration;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Near-duplicate documents by MinHash over word shingles: two documents whose estimated Jaccard
 * similarity of 5-word shingles is at least the threshold are one story. A republication that
 * changes the outlet line and the first sentence stays far above 0.5; two articles on one event
 * written separately share few 5-word runs. Signatures are computed once per document.
 */
public final class MinHashNearDuplicates implements NearDuplicates {
    private static final int SHINGLE = 5;
    private static final int HASHES = 128;
    /** Fixed seeds: signatures must not depend on the run. */
    private static final long[] SEEDS = new long[HASHES];

    static {
        long x = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            x = mix(x + 0x9E3779B97F4A7C15L);
            SEEDS[i] = x;
        }
    }

    private final Function<String, String> textOf;
    private final double threshold;
    private final Map<String, long[]> signatures = new ConcurrentHashMap<>();

    /**
     * @param textOf    a document's text by id (null when unknown: never a duplicate)
     * @param threshold estimated Jaccard similarity from which two documents are one story
     */
    public MinHashNearDuplicates(Function<String, String> textOf, double threshold) {
        this.textOf = textOf;
        this.threshold = threshold;
    }

    @Override
    public boolean near(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        return similarity(a, b) >= threshold;
    }

    /** Estimated Jaccard similarity of the two documents' shingle sets (0 when either is unknown). */
    public double similarity(String a, String b) {
        long[] sa = signature(a);
        long[] sb = signature(b);
        if (sa == null || sb == null) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < HASHES; i++) {
            if (sa[i] == sb[i]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    private long[] signature(String documentId) {
        long[] known = signatures.get(documentId);
        if (known != null) {
            return known;
        }
        String text = textOf.apply(documentId);
        if (text == null) {
            return null;
        }
        long[] sig = of(text);
        signatures.put(documentId, sig);
        return sig;
    }

    static long[] of(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        long[] sig = new long[HASHES];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        // A text shorter than one shingle is one shingle of all its words.
        int shingles = Math.max(1, words.size() - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long h = 0x84222325CBF29CE4L;
            for (int k = i; k < Math.min(words.size(), i + SHINGLE); k++) {
                h = mix(h ^ words.get(k).hashCode());
            }
            for (int j = 0; j < HASHES; j++) {
                long v = mix(h ^ SEEDS[j]);
                if (v < sig[j]) {
                    sig[j] = v;
                }
            }
        }
        return sig;
    }

    /** A 64-bit finaliser (the SplitMix64 constants): cheap, well mixed. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
