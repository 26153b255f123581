package org.sightline.server;

import java.util.List;
import org.sightline.server.access.VisibleStore;
import org.sightline.store.StoredClaim;

/** Claims as CSV (RFC 4180 quoting); cells that a spreadsheet would run as a formula are prefixed with a quote. */
final class Csv {
    private Csv() {
    }

    /**
     * One row per claim with the marking of the filing it is read from ({@code tlp}) and the highest
     * marking of the whole export ({@code export_tlp}, the same on every row: a CSV has no header
     * block to write it in that every reader keeps).
     */
    static String claims(List<StoredClaim> claims, VisibleStore vs) {
        String top = vs.highestMarking(claims).label();
        StringBuilder b = new StringBuilder("id,type,subject,object,stance,time,quote,document,document_title,source,tlp,export_tlp\r\n");
        for (StoredClaim c : claims) {
            row(b, String.valueOf(c.id()), c.type().name(), c.subject().name(), c.object().name(), c.stance().name(), c.time(),
                    c.evidence().quote(), c.evidence().documentId(), c.documentTitle(), c.documentSource(),
                    vs.marking(c.evidence().documentId()).label(), top);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            String v = cells[i] == null ? "" : cells[i];
            if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
                v = "'" + v;
            }
            b.append(i == 0 ? "" : ",").append('"').append(v.replace("\"", "\"\"")).append('"');
        }
        b.append("\r\n");
    }
}
