package org.sightline.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The mentions of one document, with the token marks ({@code mtype}) that rules match on, and the
 * answer to "which entities does this group of tokens name?".
 */
final class Mentions {
    private final DocTokens doc;
    private final List<MentionCandidate> all = new ArrayList<>();
    private MentionCandidate[] outermostAt;

    Mentions(DocTokens doc) {
        this.doc = doc;
    }

    String surface(MentionCandidate m) {
        return doc.surface(m.begin, m.end);
    }

    org.sightline.core.Span span(MentionCandidate m) {
        return doc.charSpan(m.begin, m.end);
    }

    void add(MentionCandidate m) {
        all.add(m);
    }

    List<MentionCandidate> all() {
        return all;
    }

    boolean covered(int token) {
        return outermostAt[token] != null;
    }

    MentionCandidate outermostAt(int token) {
        return outermostAt[token];
    }

    /** Recomputes the outermost mention of every token and writes its type as the token's mtype. */
    void mark() {
        outermostAt = new MentionCandidate[doc.tokens.size()];
        for (MentionCandidate m : all) {
            for (int t = m.begin; t < m.end; t++) {
                MentionCandidate cur = outermostAt[t];
                if (cur == null || m.length() > cur.length()) {
                    outermostAt[t] = m;
                }
            }
        }
        for (int t = 0; t < outermostAt.length; t++) {
            CoreLabel tok = doc.tokens.get(t);
            tok.set(MentionTypeAnnotation.class, outermostAt[t] == null ? null : outermostAt[t].type.name());
        }
    }

    boolean isOutermost(MentionCandidate m) {
        return all.stream().noneMatch(o -> o.strictlyContains(m));
    }

    /**
     * The entities a rule group names: the outermost mentions inside [begin, end), less
     * possessors ("Iran's" before "Supreme Leader Ali Khamenei"); if none lies inside, the
     * smallest mention that contains the group ("militia" inside "Iran-backed militia groups").
     */
    List<MentionCandidate> resolve(int begin, int end) {
        List<MentionCandidate> inside = new ArrayList<>();
        for (MentionCandidate m : all) {
            if (m.begin >= begin && m.end <= end) {
                inside.add(m);
            }
        }
        List<MentionCandidate> top = new ArrayList<>();
        for (MentionCandidate m : inside) {
            if (inside.stream().noneMatch(o -> o.strictlyContains(m)) && !isPossessor(m, inside)) {
                top.add(m);
            }
        }
        if (!top.isEmpty()) {
            top.sort(Comparator.comparingInt(m -> m.begin));
            return top;
        }
        return all.stream().filter(m -> m.begin <= begin && end <= m.end)
                .min(Comparator.comparingInt(MentionCandidate::length)).map(List::of).orElse(List.of());
    }

    private boolean isPossessor(MentionCandidate m, List<MentionCandidate> group) {
        if (m.end >= doc.tokens.size() || !DocTokens.key(doc.word(m.end)).equals("'s")) {
            return false;
        }
        return group.stream().anyMatch(o -> o != m && o.begin > m.end && o.begin <= m.end + 5);
    }
}
