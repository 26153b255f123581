package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sightline.core.testing.RequiresSharedData;

/** The seed article as a web page and as a PDF report reads as it does as plain text. */
@RequiresSharedData("examples/seed-article.txt")
class FormatsEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String seed;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSeed() throws Exception {
        seed = Files.readString(CliRun.seedOrSkip()).strip();
    }

    @Test
    void aWebPageGivesTheClaimsTheOutletAndTheDate() throws Exception {
        StringBuilder page = new StringBuilder("<!doctype html><html><head><title>Militias exploit US money</title>"
                + "<meta property=\"og:site_name\" content=\"iranbriefing\">"
                + "<meta property=\"article:published_time\" content=\"2021-07-01T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article>");
        for (String para : paragraphsWithoutSourceLine()) {
            page.append("<p>").append(para.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        page.append("</article><footer>Subscribe</footer><script>var tracking = 1;</script></body></html>");
        Path html = Files.writeString(dir.resolve("seed.html"), page);

        JsonNode x = extract(html);
        assertThat(x.path("document").path("source").asText()).isEqualTo("iranbriefing");
        assertThat(x.path("document").path("published").asText()).isEqualTo("2021-07-01");
        assertThat(claims(x)).contains("FUNDS United States -> Iraqi Ministry of Interior",
                "INFILTRATES Iran -> Iraqi Federal Police", "MEMBER_OF Badr Organization -> Iranian Shia Islamic Party");
        assertThat(CliRun.of("text", html.toString()).out()).doesNotContain("tracking").doesNotContain("Subscribe");
    }

    @Test
    void aPdfWithWrappedLinesKeepsNamesThatRunAcrossTheWrap() throws Exception {
        Path pdf = dir.resolve("seed.pdf");
        writeWrappedPdf(paragraphsWithoutSourceLine(), pdf);

        JsonNode x = extract(pdf);
        assertThat(claims(x)).contains("PART_OF Emergency Response Division -> Iraqi Ministry of Interior",
                "INFILTRATES Iran -> Iraqi Federal Police", "MEMBER_OF Badr Organization -> Iranian Shia Islamic Party",
                "LEADS Joe Wilson -> Republican Study Committee's national security task force");
    }

    private static List<String> paragraphsWithoutSourceLine() {
        List<String> paras = new ArrayList<>(List.of(seed.split("\n\n")));
        paras.remove(paras.size() - 1);
        return paras;
    }

    private static JsonNode extract(Path file) throws Exception {
        CliRun run = CliRun.of("extract", file.toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<String> claims(JsonNode x) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : x.path("claims")) {
            out.add(c.path("type").asText() + " " + name(x, c.path("subject").asText()) + " -> " + name(x, c.path("object").asText()));
        }
        return out;
    }

    private static String name(JsonNode x, String id) {
        for (JsonNode e : x.path("entities")) {
            if (e.path("id").asText().equals(id)) {
                return e.path("name").asText();
            }
        }
        return id;
    }

    /** A one-page report whose paragraphs wrap at about 100 characters, as PDF text does. */
    private static void writeWrappedPdf(List<String> paragraphs, Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                cs.setLeading(11);
                cs.newLineAtOffset(40, 750);
                for (String para : paragraphs) {
                    // the standard fonts have no curly quotes
                    String ascii = para.replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"');
                    StringBuilder line = new StringBuilder();
                    for (String w : ascii.split(" ")) {
                        if (line.length() + w.length() > 100) {
                            cs.showText(line.toString().trim());
                            cs.newLine();
                            line.setLength(0);
                        }
                        line.append(w).append(' ');
                    }
                    cs.showText(line.toString().trim());
                    cs.newLine();
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(file.toFile());
        }
    }
}
