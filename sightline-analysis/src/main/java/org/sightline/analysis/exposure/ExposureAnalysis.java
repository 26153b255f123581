package org.sightline.analysis.exposure;

import org.sightline.analysis.graph.ClaimGraph;

/**
 * "Which recipients of a funder's money are tied to adversary-aligned groups, through which
 * chain?" One implementation per way of answering it: {@link BreadthFirstExposure}.
 * Implementations are thread-safe; the graph is never changed.
 */
public interface ExposureAnalysis {
    ExposureResult exposure(ClaimGraph g, ExposureQuery q);
}
