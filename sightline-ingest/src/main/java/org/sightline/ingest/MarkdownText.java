package org.sightline.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.parser.Tag;

/**
 * Markdown to the plain text a sentence splitter reads well: the words stay, the markup goes
 * (emphasis markers, link targets, images, heading hashes, raw HTML tags), blocks are separated
 * by a blank line. The tree is rewritten first, then commonmark's text renderer writes it out.
 */
final class MarkdownText {
    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();
    private static final Pattern HTML_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9-]*)[^>]*>");
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    // Emphasis that markdown cannot parse, as HTML-to-markdown converters leave it, stays in the
    // rendered text as asterisks: "terrorism.** Safeguarding the Borders** As guardians" (a
    // run-in heading), "Yassin*(see above)", "charities,*e.g., *the". News text has almost no
    // real asterisks, so the leftovers go, leaving a space where words would otherwise touch.
    private static final Pattern STRAY_BOLD_HEADING = Pattern.compile("(?<=[.!?])\\*\\* ?([^*\\n]{1,150}?)\\*\\* +(?=\\p{Lu})");
    private static final Pattern STRAY_ASTERISKS = Pattern.compile("(?:[ \\t]*\\*+)+[ \\t]*");

    private MarkdownText() {
    }

    /** Plain text of a markdown body (no front matter), and its first heading as a title. */
    static Extracted toText(String markdown) {
        Node document = PARSER.parse(markdown);
        rewrite(document);
        String title = firstHeading(document);
        String text = removeStrayAsterisks(RENDERER.render(document));
        return new Extracted(text, title, null, null, null);
    }

    private static String removeStrayAsterisks(String text) {
        if (text.indexOf('*') < 0) {
            return text;
        }
        String split = STRAY_BOLD_HEADING.matcher(text).replaceAll("\n\n$1\n\n");
        return STRAY_ASTERISKS.matcher(split).replaceAll(m -> {
            char before = m.start() == 0 ? '\n' : split.charAt(m.start() - 1);
            char after = m.end() == split.length() ? '\n' : split.charAt(m.end());
            boolean edgeOfLine = before == '\n' || after == '\n';
            boolean closing = before == '(' || ".,;:!?)".indexOf(after) >= 0;
            return edgeOfLine || closing ? "" : " ";
        });
    }

    private static String firstHeading(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            String title = n instanceof Heading ? Titles.clean(RENDERER.render(n)) : null;
            if (title != null) {
                return title;
            }
        }
        return null;
    }

    /**
     * Collects first, then rewrites, because unlinking while visiting would lose siblings.
     * Children are rewritten before their parents, so a parent sees its final content.
     */
    private static void rewrite(Node document) {
        List<Node> nodes = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            protected void visitChildren(Node parent) {
                nodes.add(parent);
                super.visitChildren(parent);
            }

            @Override
            public void visit(Text text) {
                nodes.add(text);
            }
        });
        Collections.reverse(nodes);
        for (Node node : nodes) {
            if (node instanceof Link) {
                // the words of a link stay, its target goes; pages converted to markdown glue links to
                // the words around them ("OFAC[designated](url)the CBI"), which stay apart
                separateGluedWords(node);
                unwrap(node);
            } else if (node instanceof BlockQuote) {
                unwrap(node); // its paragraphs stay, without the marks the renderer would add, as in HTML
            } else if (node instanceof Image || node instanceof ThematicBreak) {
                node.unlink();
            } else if (node instanceof HtmlInline html) {
                replaceHtmlInline(html);
            } else if (node instanceof BulletList list) {
                unwrapList(list);
            } else if (node instanceof OrderedList list) {
                list.setTight(false); // one item, one paragraph: items are not run together
            } else if (node instanceof HtmlBlock html) {
                replaceHtmlBlock(html);
            } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
                separateGluedWords(node);
            } else if (node instanceof Paragraph paragraph) {
                splitRunInHeading(paragraph);
            }
        }
    }

    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    /**
     * Tags go, a {@code <br>} becomes a line break. Angle brackets around a word that is not an
     * HTML tag are text ("Passport No. 1310636262 <Germany>"), so they stay.
     */
    private static void replaceHtmlInline(HtmlInline html) {
        Matcher tag = HTML_TAG.matcher(html.getLiteral());
        if (tag.matches() && !Tag.isKnownTag(tag.group(1).toLowerCase(Locale.ROOT))) {
            html.insertBefore(new Text(html.getLiteral()));
        } else if (HTML_BREAK.matcher(html.getLiteral()).matches()) {
            html.insertBefore(new HardLineBreak());
        }
        html.unlink();
    }

    /** Bullets are markup: each item's blocks take the list's place, as paragraphs of their own. */
    private static void unwrapList(BulletList list) {
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node child = item.getFirstChild();
            while (child != null) {
                Node next = child.getNext();
                list.insertBefore(child);
                child = next;
            }
        }
        list.unlink();
    }

    private static void replaceHtmlBlock(HtmlBlock html) {
        String text = Jsoup.parseBodyFragment(html.getLiteral()).text().strip();
        if (!text.isEmpty()) {
            Paragraph paragraph = new Paragraph();
            paragraph.appendChild(new Text(text));
            html.insertBefore(paragraph);
        }
        html.unlink();
    }

    /**
     * Converted pages often lose the space beside emphasis ("the*Banking Committee*(the"), which
     * glues words together once the markers are gone. A letter or digit on both sides of an
     * emphasis boundary gets a space back.
     */
    private static void separateGluedWords(Node emphasis) {
        // the words inside (a link renders as "words" (url) on its own)
        StringBuilder words = new StringBuilder();
        for (Node c = emphasis.getFirstChild(); c != null; c = c.getNext()) {
            words.append(RENDERER.render(c));
        }
        String inner = words.toString();
        if (inner.isEmpty()) {
            return;
        }
        if (emphasis.getPrevious() instanceof Text before && endsWithWordChar(before.getLiteral())
                && isWordChar(inner.charAt(0))) {
            before.setLiteral(before.getLiteral() + " ");
        }
        if (emphasis.getNext() instanceof Text after && !after.getLiteral().isEmpty()
                && (isWordChar(after.getLiteral().charAt(0)) || after.getLiteral().charAt(0) == '(')
                && isWordChar(inner.charAt(inner.length() - 1))) {
            after.setLiteral(" " + after.getLiteral());
        }
    }

    /**
     * "**Treasury's Role** Events of the past decade ..." is a heading run into its paragraph;
     * as its own paragraph it does not merge with the first sentence. Bold that ends in
     * punctuation ("**Note:**") or is followed by a comma or lower case is left alone.
     */
    private static void splitRunInHeading(Paragraph paragraph) {
        if (!(paragraph.getFirstChild() instanceof StrongEmphasis strong)
                || !(strong.getNext() instanceof Text rest)) {
            return;
        }
        String heading = RENDERER.render(strong).strip();
        String literal = rest.getLiteral();
        if (heading.isEmpty() || heading.length() > 200 || !literal.matches("(?s)\\s+\\p{Lu}.*")
                || !Character.isLetterOrDigit(heading.charAt(heading.length() - 1))) {
            return;
        }
        Paragraph head = new Paragraph();
        Node child = strong.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            head.appendChild(child);
            child = next;
        }
        strong.unlink();
        rest.setLiteral(literal.stripLeading());
        paragraph.insertBefore(head);
    }

    private static boolean endsWithWordChar(String s) {
        return !s.isEmpty() && isWordChar(s.charAt(s.length() - 1));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
