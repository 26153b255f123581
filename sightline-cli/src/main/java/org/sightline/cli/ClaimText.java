package org.sightline.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

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
}
