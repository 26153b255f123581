package org.sightline.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A briefing as one self-contained HTML page: memo-like print CSS, inline SVG charts, numbered
 * footnotes that link both ways. Built as a jsoup DOM: every name, quote and title from the store
 * is set as text or attribute value, which jsoup escapes; nothing from the store is parsed as HTML.
 */
final class HtmlBrief {
    static final String CSS = """
            :root { --ink: #222; --muted: #666; --rule: #d8d4cc; --accent: #3d5a78; --paper: #fff; --band: #f6f4ef; }
            html { background: var(--paper); }
            body { font-family: "DejaVu Serif", Georgia, "Times New Roman", serif; color: var(--ink); line-height: 1.5;
                   max-width: 46rem; margin: 2.5rem auto 4rem; padding: 0 1.5rem; font-size: 16px; }
            header { border-bottom: 2px solid var(--ink); padding-bottom: .8rem; margin-bottom: 1.5rem; }
            .kicker { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .75rem; letter-spacing: .12em;
                      text-transform: uppercase; color: var(--muted); margin: 0 0 .3rem; }
            h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 .6rem; font-weight: 700; }
            h2 { font-size: 1.2rem; margin: 2.2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--rule); }
            h3 { font-size: 1.05rem; margin: 1.6rem 0 .4rem; }
            h4 { font-size: .95rem; margin: 1rem 0 .3rem; color: var(--muted); font-weight: 600; }
            .meta { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .82rem; color: var(--muted); margin: .15rem 0; }
            .rule { font-size: .92rem; color: var(--muted); font-style: italic; }
            dl.figures { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1.2rem; margin: .8rem 0 1.2rem;
                         padding: .8rem 1rem; background: var(--band); border-left: 3px solid var(--accent); }
            dl.figures dt { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .82rem; color: var(--muted); }
            dl.figures dd { margin: 0; font-weight: 600; }
            ol.findings li { margin: .35rem 0; }
            figure { margin: 1.2rem 0 1.6rem; break-inside: avoid; }
            figcaption { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .8rem; color: var(--muted); margin-top: .3rem; }
            svg.chart { max-width: 100%; height: auto; display: block; }
            .route { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .88rem; background: var(--band);
                     padding: .45rem .7rem; border-radius: 3px; }
            .route .arrow { color: var(--accent); padding: 0 .3rem; }
            ul.steps { list-style: none; padding-left: 0; margin: .4rem 0; }
            ul.steps > li { margin: .55rem 0; padding-left: .9rem; border-left: 2px solid var(--rule); }
            .rel { font-style: italic; }
            .count { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .8rem; color: var(--muted); }
            .flag { font-family: "DejaVu Sans", Arial, sans-serif; font-size: .72rem; text-transform: uppercase;
                    color: #8a2a1f; border: 1px solid #c9a29c; border-radius: 2px; padding: 0 .25rem; margin-left: .3rem; }
            ul.statements { margin: .15rem 0 0; padding-left: 1.1rem; font-size: .92rem; }
            .why { margin: .3rem 0 0 .9rem; font-size: .94rem; }
            sup.fn a { text-decoration: none; color: var(--accent); font-family: "DejaVu Sans", Arial, sans-serif;
                       font-size: .72rem; padding: 0 .05rem; }
            ol.footnotes { font-size: .88rem; padding-left: 1.6rem; }
            ol.footnotes li { margin: .5rem 0; }
            ol.footnotes li:target, sup.fn:target { background: #fdf3d0; }
            blockquote { margin: .1rem 0; font-style: italic; }
            .source { color: var(--muted); }
            a.back { text-decoration: none; color: var(--accent); font-family: "DejaVu Sans", Arial, sans-serif; }
            table.docs { border-collapse: collapse; font-size: .82rem; width: 100%; }
            table.docs th, table.docs td { text-align: left; vertical-align: top; padding: .3rem .4rem;
                                           border-bottom: 1px solid var(--rule); word-break: break-word; }
            table.docs th { font-family: "DejaVu Sans", Arial, sans-serif; font-weight: 600; color: var(--muted); }
            code { font-size: .78rem; }
            footer { margin-top: 2.5rem; font-size: .78rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .6rem; }
            a { color: var(--accent); }
            @media print {
              body { margin: 0 auto; font-size: 11pt; max-width: none; }
              a { color: inherit; }
              h2, h3 { break-after: avoid; }
              ul.steps > li, ol.footnotes li, figure { break-inside: avoid; }
            }
            """;

    private final BriefModel m;
    /** Ids of the markers that point at each footnote, for the back links. */
    private final Map<Integer, List<String>> refs = new LinkedHashMap<>();

    private HtmlBrief(BriefModel m) {
        this.m = m;
    }

    static String render(BriefModel m) {
        return new HtmlBrief(m).render();
    }

    private String render() {
        Document doc = Document.createShell("");
        doc.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base).indentAmount(1);
        doc.selectFirst("html").attr("lang", "en");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "sightline brief");
        head.appendElement("title").text(m.title());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(CSS));
        Element body = doc.body();

        Element header = body.appendElement("header");
        header.appendElement("p").addClass("kicker").text("Sightline briefing");
        header.appendElement("h1").text(m.title());
        header.appendElement("p").addClass("meta").text("Generated " + m.generated() + " from a store of "
                + plural(m.documents(), "document") + " and " + plural(m.claims(), "claim") + "."
                + (m.since() == null ? "" : " Funding that may hold since " + m.since() + "."));
        header.appendElement("p").addClass("rule").text(m.rule());

        summary(body.appendElement("section").attr("id", "summary"));
        charts(body.appendElement("section").attr("id", "charts"));
        paths(body.appendElement("section").attr("id", "paths"));
        footnotes(body.appendElement("section").attr("id", "evidence"));
        appendix(body.appendElement("section").attr("id", "documents"));
        body.appendElement("footer").text("Every statement above is a claim some source made, shown with the stance in which it "
                + "was made and the chain of attribution (original speaker first). Independent sources count origins after "
                + "collapsing republication and \u201caccording to\u201d chains. Produced by sightline brief.");
        return "<!DOCTYPE html>\n" + doc.html() + "\n";
    }

    private void summary(Element s) {
        s.appendElement("h2").text("Summary");
        Element dl = s.appendElement("dl").addClass("figures");
        dl.appendElement("dt").text("Exposed recipients");
        dl.appendElement("dd").text(String.valueOf(m.recipientCount()));
        dl.appendElement("dt").text("Exposed units");
        dl.appendElement("dd").text(String.valueOf(m.unitCount()));
        dl.appendElement("dt").text("Money at stake");
        dl.appendElement("dd").text(m.money());
        if (m.findings().isEmpty()) {
            s.appendElement("p").text("No recipient of money from " + BriefModel.withArticle(m.funder())
                    + " is tied to an adversary-aligned group in the stored claims.");
            return;
        }
        s.appendElement("h3").text("Strongest findings");
        Element ol = s.appendElement("ol").addClass("findings");
        for (BriefModel.Line line : m.findings()) {
            parts(ol.appendElement("li"), line.parts());
        }
    }

    private void charts(Element s) {
        if (m.unitBars().isEmpty()) {
            return;
        }
        s.appendElement("h2").text("Charts");
        Element f1 = s.appendElement("figure");
        f1.appendChild(SvgCharts.horizontal("chart-units", "Exposure by unit",
                "For each exposed unit, the number of claims that tie an adversary-aligned group to it, "
                        + "and how many independent sources those claims come from.", m.unitBars()));
        f1.appendElement("figcaption").text("Figure 1. Exposure by unit: claims tying an adversary-aligned group to each "
                + "unit; the label gives the number of independent sources.");
        Element f2 = s.appendElement("figure");
        f2.appendChild(SvgCharts.columns("chart-years", "Sources over time",
                "Claims on the exposure paths by the year their document was published; documents without a date are "
                        + "counted as undated.", m.yearBars()));
        f2.appendElement("figcaption").text("Figure 2. Sources over time: claims on the exposure paths by the publication "
                + "year of their document.");
    }

    private void paths(Element s) {
        if (m.recipients().isEmpty()) {
            return;
        }
        s.appendElement("h2").text("Paths");
        for (BriefModel.RecipientPaths rec : m.recipients()) {
            s.appendElement("h3").text("Recipient: " + rec.recipient());
            s.appendElement("p").addClass("meta").text("Money on this funding: " + rec.money());
            Element funding = s.appendElement("ul").addClass("steps");
            rec.funding().forEach(st -> step(funding.appendElement("li"), st));
            for (BriefModel.UnitPath u : rec.units()) {
                s.appendElement("h4").text("Unit: " + u.unit());
                Element route = s.appendElement("p").addClass("route");
                for (int i = 0; i < u.route().size(); i++) {
                    if (i > 0) {
                        route.appendElement("span").addClass("arrow").text(i == u.route().size() - 1 ? "\u2190" : "\u2192");
                    }
                    route.appendText(u.route().get(i));
                }
                Element steps = s.appendElement("ul").addClass("steps");
                u.chain().forEach(st -> step(steps.appendElement("li"), st));
                for (BriefModel.Tie t : u.ties()) {
                    Element li = steps.appendElement("li");
                    step(li, t.step());
                    for (BriefModel.Why why : t.why()) {
                        Element w = li.appendElement("div").addClass("why");
                        w.appendElement("strong").text("Why it counts: ");
                        w.appendText(why.sentence());
                        if (!why.steps().isEmpty()) {
                            Element ws = w.appendElement("ul").addClass("steps");
                            why.steps().forEach(st -> step(ws.appendElement("li"), st));
                        }
                    }
                }
            }
        }
    }

    private void step(Element li, BriefModel.Step st) {
        li.appendElement("strong").text(st.subject());
        li.appendText(" ");
        li.appendElement("span").addClass("rel").text(st.relation());
        li.appendText(" ");
        li.appendElement("strong").text(st.object());
        if (st.flag() != null) {
            li.appendElement("span").addClass("flag").text(st.flag());
        }
        li.appendText(" ");
        li.appendElement("span").addClass("count").text("(" + BriefModel.claimsWord(st.claims()) + ", "
                + BriefModel.sources(st.independentSources()) + ")");
        Element ul = li.appendElement("ul").addClass("statements");
        for (BriefModel.Statement stmt : st.statements()) {
            Element item = ul.appendElement("li");
            item.appendText(stmt.stance() + ", according to " + stmt.accordingTo() + " ");
            marker(item, stmt.note());
        }
    }

    private void parts(Element e, List<BriefModel.Part> parts) {
        for (BriefModel.Part p : parts) {
            if (p instanceof BriefModel.Text t) {
                e.appendText(t.text());
            } else if (p instanceof BriefModel.Note n) {
                marker(e, n.number());
            }
        }
    }

    private void marker(Element e, int n) {
        List<String> ids = refs.computeIfAbsent(n, k -> new ArrayList<>());
        String id = "fnref-" + n + "-" + (ids.size() + 1);
        ids.add(id);
        e.appendElement("sup").addClass("fn").attr("id", id)
                .appendElement("a").attr("href", "#fn-" + n).attr("aria-label", "footnote " + n).text("[" + n + "]");
    }

    private void footnotes(Element s) {
        if (m.footnotes().isEmpty()) {
            return;
        }
        s.appendElement("h2").text("Evidence");
        Element ol = s.appendElement("ol").addClass("footnotes");
        for (BriefModel.Footnote f : m.footnotes()) {
            Element li = ol.appendElement("li").attr("id", "fn-" + f.number()).attr("value", String.valueOf(f.number()));
            li.appendElement("blockquote").addClass("quote").text("\u201c" + f.quote() + "\u201d");
            Element src = li.appendElement("div").addClass("source");
            src.appendText(f.stance() + ", according to " + f.accordingTo() + ". ");
            Element title = f.url() != null
                    ? src.appendElement("a").attr("href", f.url()).attr("rel", "noopener noreferrer")
                    : src.appendElement("a").attr("href", "#" + f.docAnchor());
            title.text(f.documentTitle() != null ? f.documentTitle() : "untitled document");
            List<String> details = new ArrayList<>();
            if (f.outlet() != null) {
                details.add(f.outlet());
            }
            details.add(f.published() != null ? f.published() : "undated");
            src.appendText(", " + String.join(", ", details) + ". ");
            for (String ref : refs.getOrDefault(f.number(), List.of())) {
                src.appendElement("a").addClass("back").attr("href", "#" + ref)
                        .attr("aria-label", "back to the text").text("\u21a9");
                src.appendText(" ");
            }
        }
    }

    private void appendix(Element s) {
        if (m.appendix().isEmpty()) {
            return;
        }
        s.appendElement("h2").text("Documents cited");
        Element table = s.appendElement("table").addClass("docs");
        Element tr = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("Title", "Source", "Published", "Document id", "Path or address")) {
            tr.appendElement("th").text(h);
        }
        Element tbody = table.appendElement("tbody");
        for (BriefModel.Doc d : m.appendix()) {
            Element row = tbody.appendElement("tr").attr("id", d.anchor());
            row.appendElement("td").text(d.title() != null ? d.title() : "untitled");
            row.appendElement("td").text(d.source() != null ? d.source() : "unknown");
            row.appendElement("td").text(d.published() != null ? d.published() : "undated");
            row.appendElement("td").appendElement("code").text(d.id());
            Element where = row.appendElement("td");
            if (d.url() != null) {
                where.appendElement("a").attr("href", d.url()).attr("rel", "noopener noreferrer").text(d.url());
            } else {
                where.appendElement("code").text(d.path() != null ? d.path() : "");
            }
        }
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
