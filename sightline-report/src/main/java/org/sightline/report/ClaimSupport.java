package org.sightline.report;

import java.util.ArrayList;
import java.util.List;
import org.sightline.analysis.corroboration.LineageCorroboration;
import org.sightline.analysis.corroboration.MinHashNearDuplicates;
import org.sightline.analysis.corroboration.Origins;
import org.sightline.analysis.corroboration.SupportingStatement;
import org.sightline.store.EntityRef;
import org.sightline.store.Store;
import org.sightline.store.StoredClaim;
import org.sightline.store.StoredDocument;

/** Groups stored claims into independent origins: same original speaker, same document, or a republished story. */
public final class ClaimSupport {
    /** Estimated Jaccard similarity of 5-word shingles from which two documents are one story republished. */
    public static final double REPUBLICATION = 0.5;

    private final LineageCorroboration corroboration;

    public ClaimSupport(Store store) {
        this.corroboration = new LineageCorroboration(new MinHashNearDuplicates(
                id -> store.document(id).map(StoredDocument::text).orElse(null), REPUBLICATION));
    }

    public Origins origins(List<StoredClaim> claims) {
        List<SupportingStatement> statements = new ArrayList<>();
        for (StoredClaim c : claims) {
            statements.add(new SupportingStatement(c.id(), c.evidence().documentId(),
                    c.attributedTo().stream().map(EntityRef::id).toList()));
        }
        return corroboration.origins(statements);
    }
}
