package org.sightline.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * The dependency graph of one sentence, and the document token its node 1 stands for (a dateline
 * such as "WASHINGTON —" before the sentence proper is left out of the parse).
 */
record ParsedSentence(SemanticGraph graph, int firstToken) {
    /** The document token index of a node. */
    int token(IndexedWord node) {
        return firstToken + node.index() - 1;
    }
}
