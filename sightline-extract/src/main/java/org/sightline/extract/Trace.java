package org.sightline.extract;

import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;

/** What extraction saw and read in a sentence, for rule writers (-Dsightline.trace=true). */
final class Trace {
    private Trace() {
    }

    static synchronized void sentence(DocTokens doc, Mentions mentions, int s, SemanticGraph graph, List<Candidate> read) {
        StringBuilder sb = new StringBuilder("### ").append(s).append(": ");
        for (int t = doc.sentBegin[s]; t < doc.sentEnd[s]; t++) {
            MentionCandidate m = mentions.outermostAt(t);
            if (m != null && m.begin == t) {
                sb.append('[');
            }
            sb.append(doc.word(t));
            if (m != null && m.end == t + 1) {
                sb.append("]:").append(m.resolved().type).append(m.isReferring() ? "=" + m.resolved().name : "");
            }
            sb.append(' ');
        }
        sb.append('\n').append(graph.toString(SemanticGraph.OutputFormat.LIST).replaceAll("(?m)^(punct|det)\\(.*\\n", "")
                .replace('\n', ' ')).append('\n');
        for (Candidate c : read) {
            sb.append("  ").append(c.ruleId()).append(' ').append(c.type()).append(' ')
                    .append(c.subjects().isEmpty() ? "<issuer>" : c.subjects().get(0).resolved().name).append(" -> ")
                    .append(c.objects().isEmpty() ? "<" + c.homeObject() + ">" : c.objects().get(0).resolved().name).append(' ').append(c.attributes()).append('\n');
        }
        System.err.print(sb);
    }
}
