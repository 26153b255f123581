package org.sightline.cli;

import java.util.List;
import org.jsoup.nodes.Entities;

/**
 * A briefing as Markdown: the same content as {@link HtmlBrief}, charts as tables, footnotes as
 * {@code [^n]}. Text from the store is escaped so that a Markdown renderer shows it as text: HTML
 * special characters become entities (jsoup) and Markdown punctuation is backslash-escaped.
 */
final class MarkdownBrief {
    private MarkdownBrief() {
    }

    /** Text from the store, inert in Markdown: no HTML, no links, no emphasis, no table breaks, one line. */
    static String md(String s) {
        if (s == null) {
            return "";
        }
        String html = Entities.escape(s.replaceAll("\\s+", " "));
        StringBuilder b = new StringBuilder(html.length() + 8);
        for (int i = 0; i < html.length(); i++) {
            char c = html.charAt(i);
            if ("\\`*_[]|~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    static String render(BriefModel m) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(md(m.title())).append("\n\n");
        b.append("*Generated ").append(m.generated()).append(" from a store of ").append(m.documents()).append(" document(s) and ")
                .append(m.claims()).append(" claim(s).");
        if (m.since() != null) {
            b.append(" Funding that may hold since ").append(md(m.since())).append('.');
        }
        b.append("*\n\n");
        b.append("> ").append(md(m.rule())).append("\n\n");

        b.append("## Summary\n\n");
        b.append("- **Exposed recipients:** ").append(m.recipientCount()).append('\n');
        b.append("- **Exposed units:** ").append(m.unitCount()).append('\n');
        b.append("- **Money at stake:** ").append(md(m.money())).append("\n\n");
        if (m.findings().isEmpty()) {
            b.append("No recipient of money from ").append(md(BriefModel.withArticle(m.funder())))
                    .append(" is tied to an adversary-aligned group in the stored claims.\n\n");
        } else {
            b.append("### Strongest findings\n\n");
            int i = 1;
            for (BriefModel.Line line : m.findings()) {
                b.append(i++).append(". ").append(parts(line.parts())).append('\n');
            }
            b.append('\n');
        }

        if (!m.unitBars().isEmpty()) {
            b.append("## Charts\n\n");
            b.append("**Exposure by unit** (claims tying an adversary-aligned group to each unit)\n\n");
            b.append("| Unit | Claims | Independent sources | |\n|---|---:|---|---|\n");
            for (BriefModel.Bar bar : m.unitBars()) {
                b.append("| ").append(md(bar.label())).append(" | ").append(bar.value()).append(" | ").append(md(bar.note()))
                        .append(" | ").append("\u2588".repeat(Math.min(bar.value(), 40))).append(" |\n");
            }
            b.append("\n**Sources over time** (claims on the exposure paths by publication year of their document)\n\n");
            b.append("| Year | Claims | |\n|---|---:|---|\n");
            for (BriefModel.Bar bar : m.yearBars()) {
                b.append("| ").append(md(bar.label())).append(" | ").append(bar.value()).append(" | ")
                        .append("\u2588".repeat(Math.min(bar.value(), 40))).append(" |\n");
            }
            b.append('\n');
        }

        if (!m.recipients().isEmpty()) {
            b.append("## Paths\n\n");
            for (BriefModel.RecipientPaths rec : m.recipients()) {
                b.append("### Recipient: ").append(md(rec.recipient())).append("\n\n");
                b.append("Money on this funding: ").append(md(rec.money())).append("\n\n");
                rec.funding().forEach(st -> step(b, st, ""));
                for (BriefModel.UnitPath u : rec.units()) {
                    b.append("\n#### Unit: ").append(md(u.unit())).append("\n\n");
                    List<String> route = u.route();
                    StringBuilder r = new StringBuilder();
                    for (int i = 0; i < route.size(); i++) {
                        if (i > 0) {
                            r.append(i == route.size() - 1 ? " \u2190 " : " \u2192 ");
                        }
                        r.append(md(route.get(i)));
                    }
                    b.append("*").append(r).append("*\n\n");
                    u.chain().forEach(st -> step(b, st, ""));
                    for (BriefModel.Tie t : u.ties()) {
                        step(b, t.step(), "");
                        for (BriefModel.Why why : t.why()) {
                            b.append("  - *Why it counts:* ").append(md(why.sentence())).append('\n');
                            why.steps().forEach(st -> step(b, st, "    "));
                        }
                    }
                }
                b.append('\n');
            }
        }

        if (!m.footnotes().isEmpty()) {
            b.append("## Evidence\n\n");
            for (BriefModel.Footnote f : m.footnotes()) {
                b.append("[^").append(f.number()).append("]: \u201c").append(md(f.quote())).append("\u201d \u2014 ")
                        .append(md(f.stance())).append(", according to ").append(md(f.accordingTo())).append(". ");
                String title = md(f.documentTitle() != null ? f.documentTitle() : "untitled document");
                if (f.url() != null) {
                    b.append('[').append(title).append("](<").append(f.url().replace("<", "%3C").replace(">", "%3E"))
                            .append(">)");
                } else {
                    b.append('[').append(title).append("](#").append(f.docAnchor()).append(')');
                }
                b.append(", ").append(f.outlet() != null ? md(f.outlet()) + ", " : "")
                        .append(f.published() != null ? md(f.published()) : "undated").append(".\n");
            }
            b.append('\n');
        }

        if (!m.appendix().isEmpty()) {
            b.append("## Documents cited\n\n");
            b.append("| | Title | Source | Published | Document id | Path or address |\n|---|---|---|---|---|---|\n");
            for (BriefModel.Doc d : m.appendix()) {
                b.append("| <a id=\"").append(d.anchor()).append("\"></a>").append(d.anchor().substring(4)).append(" | ")
                        .append(md(d.title() != null ? d.title() : "untitled")).append(" | ")
                        .append(md(d.source() != null ? d.source() : "unknown")).append(" | ")
                        .append(d.published() != null ? md(d.published()) : "undated").append(" | ")
                        .append(md(d.id())).append(" | ")
                        .append(md(d.url() != null ? d.url() : d.path())).append(" |\n");
            }
        }
        return b.toString();
    }

    private static void step(StringBuilder b, BriefModel.Step st, String indent) {
        b.append(indent).append("- **").append(md(st.subject())).append("** *").append(md(st.relation())).append("* **")
                .append(md(st.object())).append("**");
        if (st.flag() != null) {
            b.append(" (").append(st.flag().toUpperCase()).append(')');
        }
        b.append(" \u2014 ").append(BriefModel.claimsWord(st.claims())).append(", ")
                .append(BriefModel.sources(st.independentSources())).append('\n');
        for (BriefModel.Statement s : st.statements()) {
            b.append(indent).append("  - ").append(md(s.stance())).append(", according to ").append(md(s.accordingTo()))
                    .append(" [^").append(s.note()).append("]\n");
        }
    }

    private static String parts(List<BriefModel.Part> parts) {
        StringBuilder b = new StringBuilder();
        for (BriefModel.Part p : parts) {
            if (p instanceof BriefModel.Text t) {
                b.append(md(t.text()));
            } else if (p instanceof BriefModel.Note n) {
                b.append("[^").append(n.number()).append(']');
            }
        }
        return b.toString();
    }
}
