package org.sightline.resolve.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.sightline.core.EntityType;

/**
 * Screening of names against a list: an inverted index over blocking keys ({@link BlockingKeys})
 * picks a bounded set of candidate names by summed rarity of shared keys, then the matcher scores
 * each fully. Immutable after {@link Builder#build()}; {@link #search} is thread-safe (scratch
 * arrays per thread).
 */
public final class NameIndex<T> {
    /** How many names are scored fully per query, at most. */
    private static final int CANDIDATES = 24;
    /** Names whose blocking score is below this share of the best one's are not scored. */
    private static final float BLOCKING_RATIO = 0.4f;

    private final NameMatcher matcher;
    private final NameForm[] forms;
    private final String[] names;
    private final EntityType[] types;
    private final int[] payloadOf;
    private final List<T> payloads;
    private final Map<String, Posting> postings;
    private final ThreadLocal<Scratch> scratch;

    private NameIndex(NameMatcher matcher, NameForm[] forms, String[] names, EntityType[] types, int[] payloadOf,
                      List<T> payloads, Map<String, Posting> postings) {
        this.matcher = matcher;
        this.forms = forms;
        this.names = names;
        this.types = types;
        this.payloadOf = payloadOf;
        this.payloads = payloads;
        this.postings = postings;
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(forms.length));
    }

    public static <T> Builder<T> builder(NameMatcher matcher) {
        return new Builder<>(matcher);
    }

    /** Collects names; one payload may have many names (a.k.a.s). */
    public static final class Builder<T> {
        private final NameMatcher matcher;
        private final List<String> names = new ArrayList<>();
        private final List<EntityType> types = new ArrayList<>();
        private final List<T> payloads = new ArrayList<>();

        private Builder(NameMatcher matcher) {
            this.matcher = matcher;
        }

        public Builder<T> add(String name, EntityType type, T payload) {
            if (name != null && !name.isBlank()) {
                names.add(name);
                types.add(type);
                payloads.add(payload);
            }
            return this;
        }

        public NameIndex<T> build() {
            int n = names.size();
            NameForm[] forms = new NameForm[n];
            // analysis is the costly part of building and the matcher is thread-safe
            IntStream.range(0, n).parallel().forEach(i -> forms[i] = matcher.analyse(names.get(i), types.get(i)));
            Map<T, Integer> payloadIds = new HashMap<>();
            List<T> distinct = new ArrayList<>();
            int[] payloadOf = new int[n];
            for (int i = 0; i < n; i++) {
                T p = payloads.get(i);
                Integer id = payloadIds.get(p);
                if (id == null) {
                    id = distinct.size();
                    payloadIds.put(p, id);
                    distinct.add(p);
                }
                payloadOf[i] = id;
            }
            Map<String, IntList> lists = new HashMap<>();
            for (int i = 0; i < n; i++) {
                for (BlockingKeys.TokenKeys tk : BlockingKeys.of(forms[i])) {
                    for (String key : tk.keys()) {
                        IntList list = lists.computeIfAbsent(key, k -> new IntList());
                        if (list.size == 0 || list.last() != i) {
                            list.add(i);
                        }
                    }
                }
            }
            Map<String, Posting> postings = new HashMap<>(lists.size() * 2);
            for (Map.Entry<String, IntList> e : lists.entrySet()) {
                int[] ids = e.getValue().toArray();
                float idf = (float) (Math.log(1.0 + (double) n / ids.length) * BlockingKeys.factor(e.getKey()));
                postings.put(e.getKey(), new Posting(ids, idf));
            }
            return new NameIndex<>(matcher, forms, names.toArray(new String[0]), types.toArray(new EntityType[0]),
                    payloadOf, List.copyOf(distinct), postings);
        }
    }

    /** Number of names indexed. */
    public int size() {
        return forms.length;
    }

    /**
     * The best-scoring name of each payload for this query, best first, at most {@code limit}, only
     * candidates scoring at least the plausible floor (scoring.yaml); each with its explanation.
     */
    public List<Candidate<T>> search(String query, EntityType typeOrNull, int limit) {
        if (query == null || query.isBlank() || limit <= 0 || forms.length == 0) {
            return List.of();
        }
        NameForm q = matcher.analyse(query, typeOrNull);
        Scratch s = scratch.get();
        int[] candidates = block(q, s);
        double plausible = matcher.rules().scoring.plausible;
        // the best name of each payload
        Map<Integer, Integer> bestName = new HashMap<>();
        Map<Integer, Double> bestScore = new HashMap<>();
        for (int id : candidates) {
            if (!NameScorer.compatible(typeOrNull, types[id])) {
                continue;
            }
            double score = matcher.score(q, forms[id]);
            if (score < plausible) {
                continue;
            }
            int payload = payloadOf[id];
            Double before = bestScore.get(payload);
            if (before == null || score > before) {
                bestScore.put(payload, score);
                bestName.put(payload, id);
            }
        }
        List<Integer> order = new ArrayList<>(bestScore.keySet());
        order.sort((x, y) -> Double.compare(bestScore.get(y), bestScore.get(x)));
        List<Candidate<T>> out = new ArrayList<>();
        for (int payload : order.subList(0, Math.min(limit, order.size()))) {
            int id = bestName.get(payload);
            NameForm found = forms[id];
            double score = bestScore.get(payload);
            MatchResult r = new MatchResult(score, score >= matcher.threshold(),
                    new LazyExplanation(() -> matcher.match(q, found).explanation()));
            out.add(new Candidate<>(payloads.get(payload), names[id], types[id], r));
        }
        return out;
    }

    /** The names sharing the rarest keys with the query, at most CANDIDATES of them. */
    private int[] block(NameForm q, Scratch s) {
        s.reset();
        for (BlockingKeys.TokenKeys tk : BlockingKeys.of(q)) {
            s.beginToken();
            for (String key : tk.keys()) {
                Posting posting = postings.get(key);
                if (posting == null) {
                    continue;
                }
                float w = posting.idf();
                for (int id : posting.ids()) {
                    s.offer(id, w);
                }
            }
            s.endToken();
        }
        return s.top(CANDIDATES, BLOCKING_RATIO);
    }

    /** The names filed under one key, and the key's rarity weight. */
    private record Posting(int[] ids, float idf) {
    }

    /** Per-thread accumulators: a token contributes its best key to each name once. */
    private static final class Scratch {
        final float[] total;
        final float[] tokenBest;
        final int[] tokenStamp;
        final int[] touched;
        int touchedCount;
        final int[] tokenTouched;
        int tokenTouchedCount;
        int stamp;

        Scratch(int n) {
            total = new float[n];
            tokenBest = new float[n];
            tokenStamp = new int[n];
            touched = new int[n];
            tokenTouched = new int[n];
        }

        void reset() {
            for (int i = 0; i < touchedCount; i++) {
                total[touched[i]] = 0;
            }
            touchedCount = 0;
        }

        void beginToken() {
            stamp++;
            tokenTouchedCount = 0;
        }

        void offer(int id, float w) {
            if (tokenStamp[id] != stamp) {
                tokenStamp[id] = stamp;
                tokenBest[id] = w;
                tokenTouched[tokenTouchedCount++] = id;
            } else if (w > tokenBest[id]) {
                tokenBest[id] = w;
            }
        }

        void endToken() {
            for (int i = 0; i < tokenTouchedCount; i++) {
                int id = tokenTouched[i];
                if (total[id] == 0) {
                    touched[touchedCount++] = id;
                }
                total[id] += tokenBest[id];
            }
        }

        /** The k highest totals at or above {@code ratio} of the highest (insertion-sorted buffer; k is small). */
        int[] top(int k, float ratio) {
            int[] ids = new int[k];
            float[] vals = new float[k];
            int size = 0;
            for (int i = 0; i < touchedCount; i++) {
                int id = touched[i];
                float v = total[id];
                if (size == k && v <= vals[k - 1]) {
                    continue;
                }
                int pos = size < k ? size++ : k - 1;
                while (pos > 0 && vals[pos - 1] < v) {
                    vals[pos] = vals[pos - 1];
                    ids[pos] = ids[pos - 1];
                    pos--;
                }
                vals[pos] = v;
                ids[pos] = id;
            }
            int keep = size;
            while (keep > 1 && vals[keep - 1] < ratio * vals[0]) {
                keep--;
            }
            return Arrays.copyOf(ids, keep);
        }
    }

    /** A growable int array for posting lists while building. */
    private static final class IntList {
        int[] data = new int[4];
        int size;

        void add(int v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = v;
        }

        int last() {
            return data[size - 1];
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
