package org.sightline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.sightline.store.EntityRef;
import org.sightline.store.StoredClaim;

/** How a claim reads on a terminal: the edge, then who says it and how firmly, then the words. */
final class ClaimText {
    private ClaimText() {
    }

    static void print(PrintWriter out, String type, String subject, String object, String stance,
                      List<String> attributedTo, String time, Map<String, String> attributes, String quote,
                      String document) {
        StringBuilder head = new StringBuilder();
        head.append(subject).append("  --").append(type).append("-->  ").append(object);
        if (time != null) {
            head.append("  [").append(time).append(']');
        }
        if (!attributes.isEmpty()) {
            head.append("  ").append(attributes);
        }
        out.println(head);
        out.println("    " + stance.toLowerCase() + ", according to " + String.join(" \u2190 ", attributedTo));
        out.println("    \u201c" + quote.replaceAll("\\s+", " ") + "\u201d");
        if (document != null) {
            out.println("    " + document);
        }
    }

    /** "#12 Iran --INFILTRATES--> Iraqi Federal Police  alleged, according to A ← B ← C": a claim on one line. */
    static String head(StoredClaim c) {
        return "#" + c.id() + " " + c.subject().name() + " --" + c.type() + "--> " + c.object().name() + "  "
                + c.stance().name().toLowerCase() + ", according to " + chain(c);
    }

    /** "“quote” — document": the words and where they are. */
    static String quoted(StoredClaim c) {
        return "\u201c" + quote(c) + "\u201d \u2014 " + document(c);
    }

    /** Who says it, innermost first: "DoD Office of Inspector General ← Washington Free Beacon ← iranbriefing". */
    static String chain(StoredClaim c) {
        return String.join(" \u2190 ", c.attributedTo().stream().map(EntityRef::name).toList());
    }

    /** The quote on one line. */
    static String quote(StoredClaim c) {
        return c.evidence().quote().replaceAll("\\s+", " ").strip();
    }

    /** The document a quote is in: its title (shortened) and id, so a reader can open it. */
    static String document(StoredClaim c) {
        String id = c.evidence().documentId();
        String shortId = id.length() > 19 ? id.substring(0, 19) + "\u2026" : id;
        String title = c.documentTitle();
        if (title == null) {
            return shortId;
        }
        title = title.length() > 60 ? title.substring(0, 59) + "\u2026" : title;
        return title + " [" + shortId + "]";
    }
}
