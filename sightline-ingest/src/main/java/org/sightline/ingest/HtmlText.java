package org.sightline.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The readable text of an HTML element: each paragraph, heading, list item or other block its
 * own paragraph (blank line between), whitespace collapsed as a browser does, {@code <pre>}
 * kept as it is, {@code <br>} a line break.
 */
final class HtmlText implements NodeVisitor {
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
            "h6", "header", "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "tfoot", "thead", "ul");
    private static final Set<String> ROWS = Set.of("tr");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder out = new StringBuilder();
    private int preDepth;
    private int pendingNewlines; // 2 = paragraph break, 1 = line break
    private boolean pendingSpace;

    private HtmlText() {
    }

    static String of(Element root) {
        HtmlText text = new HtmlText();
        NodeTraversor.traverse(text, root);
        return text.out.toString();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (preDepth > 0) {
                append(text.getWholeText());
            } else {
                appendCollapsed(text.getWholeText());
            }
        } else if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("pre")) {
                preDepth++;
            }
            boundary(tag);
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element) {
            String tag = element.normalName();
            if (tag.equals("pre")) {
                preDepth--;
            }
            if (!tag.equals("br")) {
                boundary(tag);
            }
        }
    }

    private void boundary(String tag) {
        if (BLOCKS.contains(tag)) {
            pendingNewlines = 2;
        } else if (tag.equals("br") || ROWS.contains(tag)) {
            pendingNewlines = Math.max(pendingNewlines, 1);
        } else if (CELLS.contains(tag)) {
            pendingSpace = true;
        }
    }

    private void appendCollapsed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                pendingSpace = true; // a no-break space is not collapsed: it is meant
            } else {
                flushPending();
                out.append(c);
            }
        }
    }

    private void append(String s) {
        if (!s.isEmpty()) {
            flushPending();
            out.append(s);
        }
    }

    private void flushPending() {
        if (out.length() > 0) {
            if (pendingNewlines > 0) {
                out.append("\n\n", 0, pendingNewlines);
            } else if (pendingSpace) {
                out.append(' ');
            }
        }
        pendingNewlines = 0;
        pendingSpace = false;
    }
}
