package org.sightline.analysis.conflicts;

import java.util.List;
import org.sightline.analysis.graph.ClaimGraph;

/** Finds claims that contradict each other. */
public interface ConflictDetection {
    /** Conflicts that involve {@code node} (as either end of a relation), or all of them when {@code node} is -1. */
    List<Conflict> conflicts(ClaimGraph g, int node);
}
