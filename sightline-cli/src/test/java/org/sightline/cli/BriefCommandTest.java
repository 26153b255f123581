package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.RequiresSharedData;

/** The briefing on the seed: a page a person can forward, every footnote resolving to the seed's own words. */
@RequiresSharedData("examples/seed-article.txt")
class BriefCommandTest {
    private static Path seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void findSeed() {
        seed = CliRun.seedOrSkip();
    }

    private String ingestSeed() {
        String db = dir.resolve("s.db").toString();
        CliRun ingest = CliRun.of("--db", db, "ingest", seed.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        return db;
    }

    /** Whitespace-normalised, so that a quote spanning a line break still matches. */
    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    @Test
    void htmlBriefOnTheSeedHasChartsFootnotesThatResolveAndQuotesFromTheSeed() throws Exception {
        String db = ingestSeed();
        Path html = dir.resolve("brief.html");
        CliRun run = CliRun.of("--db", db, "brief", "--funder", "United States", "-o", html.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).matches("(?s)wrote .*brief\\.html \\(1 recipient, \\d+ footnotes\\)\\s*");
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");

        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(doc.title()).isEqualTo("Exposure of United States funding to adversary-aligned groups");
        assertThat(doc.selectFirst("h1").text()).isEqualTo(doc.title());
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("link, img, iframe")).isEmpty();

        Element units = doc.getElementById("chart-units");
        Element years = doc.getElementById("chart-years");
        assertThat(units).isNotNull();
        assertThat(years).isNotNull();
        assertThat(units.tagName()).isEqualTo("svg");
        assertThat(units.attr("aria-label")).isEqualTo("Exposure by unit");
        assertThat(units.select("title").first().text()).isEqualTo("Exposure by unit");
        // one bar per exposed unit: the ministry itself and its two infiltrated units
        assertThat(units.select("rect.bar")).hasSize(3);
        assertThat(units.text()).contains("Iraqi Federal Police", "Emergency Response Division", "1 independent source");
        // the seed has no publication date: one "undated" column
        assertThat(years.select("rect.bar")).hasSize(1);
        assertThat(years.text()).contains("undated");

        var markers = doc.select("a[href^=#fn-]");
        assertThat(markers).isNotEmpty();
        for (Element a : markers) {
            Element target = doc.getElementById(a.attr("href").substring(1));
            assertThat(target).as(a.attr("href")).isNotNull();
            // and the footnote links back to a marker
            assertThat(target.select("a.back").eachAttr("href")).contains("#" + a.parent().id());
        }
        String seedText = flat(Files.readString(seed));
        var footnotes = doc.select("ol.footnotes > li");
        assertThat(footnotes).isNotEmpty();
        for (Element fn : footnotes) {
            String quote = fn.selectFirst("blockquote").text();
            assertThat(quote).startsWith("\u201c").endsWith("\u201d");
            assertThat(seedText).contains(flat(quote.substring(1, quote.length() - 1)));
            // no url on a local file: the title links to the appendix entry
            String href = fn.selectFirst(".source a").attr("href");
            assertThat(href).startsWith("#doc-");
            assertThat(doc.getElementById(href.substring(1))).isNotNull();
        }

        String summary = doc.getElementById("summary").text();
        assertThat(summary).contains("Money at stake", "unknown: no source states an amount");
        for (String unit : new String[] {"Iraqi Federal Police", "Emergency Response Division"}) {
            Element finding = doc.select("ol.findings > li").stream().filter(li -> li.text().startsWith(unit)).findFirst()
                    .orElseThrow(() -> new AssertionError("no finding on " + unit));
            assertThat(finding.text()).contains("Iran infiltrates it", "alleged by DoD Office of Inspector General",
                    "1 independent source");
            assertThat(doc.getElementById("paths").text()).contains("Unit: " + unit);
        }
        assertThat(doc.getElementById("paths").text())
                .contains("according to DoD Office of Inspector General \u2190 Washington Free Beacon \u2190 iranbriefing",
                        "Why it counts: Iran is itself a listed sponsor.");
        assertThat(doc.getElementById("documents").text()).contains("iranbriefing", "seed-article.txt");
    }

    @Test
    void markdownBriefHasTheSameContentWithFootnotesAndTables() throws Exception {
        String db = ingestSeed();
        Path md = dir.resolve("brief.md");
        CliRun run = CliRun.of("--db", db, "brief", "--funder", "United States", "-o", md.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        String text = Files.readString(md);
        assertThat(text).startsWith("# Exposure of United States funding to adversary-aligned groups\n");
        assertThat(text).contains("[^1]", "\n[^1]: \u201c", "| Unit | Claims |", "| undated |",
                "Iraqi Federal Police (under the Iraqi Ministry of Interior, which the United States funds): Iran infiltrates it",
                "alleged by DoD Office of Inspector General");
        // every marker has its definition
        var used = java.util.regex.Pattern.compile("\\[\\^(\\d+)\\](?!:)").matcher(text).results().map(m -> m.group(1)).toList();
        assertThat(used).isNotEmpty();
        for (String n : used) {
            assertThat(text).contains("\n[^" + n + "]: ");
        }
    }

    @Test
    void anUnknownExtensionIsAUsageError() {
        String db = ingestSeed();
        CliRun run = CliRun.of("--db", db, "brief", "--funder", "United States", "-o", dir.resolve("brief.pdf").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains(".html, .htm or .md");
        assertThat(dir.resolve("brief.pdf")).doesNotExist();
        assertThat(CliRun.of("--db", db, "brief", "--funder", "Atlantis", "-o", dir.resolve("b.html").toString()).exit())
                .isEqualTo(2);
    }

    @Test
    void hostileDocumentTextRendersInertEndToEnd() throws Exception {
        Path article = dir.resolve("hostile.txt");
        Files.writeString(article, """
                Funding "><img src=x onerror=alert(2)> for Baghdad

                The Pentagon's inspector-general has told US Congress that "officers sympathetic to Iranian or militia interests" are concentrated in the Iraqi Federal Police <script>alert(4)</script>.

                The Iraqi Federal Police falls under the purview of the Iraqi Ministry of Interior, which has continued to receive US funding ("<script>alert(1)</script>"><img src=x onerror=alert(3)>).
                """);
        String db = dir.resolve("x.db").toString();
        CliRun ingest = CliRun.of("--db", db, "ingest", article.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        Path html = dir.resolve("x.html");
        CliRun run = CliRun.of("--db", db, "brief", "--funder", "United States", "-o", html.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("(1 recipient,");
        String raw = Files.readString(html);
        assertInert(raw);
        // the hostile title is still there, as text, in the footnotes and the appendix
        assertThat(Jsoup.parse(raw).getElementById("documents").text()).contains("\"><img src=x onerror=alert(2)>");

        Path md = dir.resolve("x.md");
        assertThat(CliRun.of("--db", db, "brief", "--funder", "United States", "-o", md.toString()).exit()).isZero();
        assertThat(Files.readString(md)).doesNotContain("<script").doesNotContain("<img").contains("&lt;img src=x");
    }

    /** The extractor quotes short spans; a quote, names and an address that are all hostile, straight to the renderers. */
    @Test
    void hostileQuotesNamesAndAddressesRenderInert() {
        String evil = "The United States funds the Ministry of Interior (\"<script>alert(1)</script>\"><img src=x onerror=alert(2)>).";
        BriefModel.Step step = new BriefModel.Step("<b onmouseover=alert(5)>Group</b>", "infiltrates", "Unit</li><script>x()</script>",
                1, 1, null, java.util.List.of(new BriefModel.Statement("alleged", "<svg onload=alert(6)>", 1)));
        BriefModel model = new BriefModel("<script>f()</script>", "Exposure of <script>f()</script> funding", "2024-01-01", 1, 1,
                "rule <iframe src=x>", null, 1, 1, "unknown",
                java.util.List.of(new BriefModel.Line(java.util.List.of(new BriefModel.Text(evil + " "), new BriefModel.Note(1)))),
                java.util.List.of(new BriefModel.RecipientPaths("R\"><img src=x onerror=alert(7)>", "unknown", java.util.List.of(step),
                        java.util.List.of(new BriefModel.UnitPath("U<script>", java.util.List.of("A", "B<img onerror=x>"),
                                java.util.List.of(), java.util.List.of(new BriefModel.Tie("G", step, java.util.List.of())))))),
                java.util.List.of(new BriefModel.Footnote(1, 1, evil, "alleged", "<script>a()</script>", "T\"><img src=x onerror=alert(8)>",
                        "O<script>", "2024", null, "doc-1")),
                java.util.List.of(new BriefModel.Doc("doc-1", "id\"><script>", "T<script>", "S<img onerror=y>", null, null,
                        "/p/<script>.txt")),
                java.util.List.of(new BriefModel.Bar("<script>bar()</script>", 2, "1 <img onerror=z>")),
                java.util.List.of(new BriefModel.Bar("undated", 1, "<script>")));
        String html = HtmlBrief.render(model);
        assertInert(html);
        Document doc = Jsoup.parse(html);
        assertThat(doc.getElementById("fn-1").selectFirst("blockquote").text()).isEqualTo("\u201c" + evil + "\u201d");
        assertThat(doc.getElementById("chart-units").select("rect.bar")).hasSize(1);
        String md = MarkdownBrief.render(model);
        assertThat(md).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg").doesNotContain("<iframe")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    private static void assertInert(String html) {
        Document doc = Jsoup.parse(html);
        assertThat(doc.select("script, img, iframe, object, embed")).isEmpty();
        assertThat(doc.select("[onerror]")).isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase(java.util.Locale.ROOT).startsWith("on")).map(a -> a.getKey()))
                .isEmpty();
        assertThat(doc.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#") || h.startsWith("http"));
        assertThat(html).doesNotContain("<script>").doesNotContain("<img");
    }
}
