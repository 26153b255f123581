package org.sightline.analysis.corroboration;

import java.util.List;

/** How many independent sources support a relation, and which statements trace back to each. */
public interface Corroboration {
    Origins origins(List<SupportingStatement> statements);
}
