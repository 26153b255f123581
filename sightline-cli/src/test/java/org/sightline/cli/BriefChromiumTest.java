package org.sightline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The briefing in a real browser: headless Chromium renders the seed's brief.html to a screenshot
 * (kept at target/brief-seed.png for a person to look at) and dumps its DOM. Skipped when no
 * Chromium is installed ($CHROMIUM, else chromium or chromium-browser on the PATH).
 */
class BriefChromiumTest {
    @TempDir
    Path dir;

    static Path chromium() {
        String env = System.getenv("CHROMIUM");
        if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
            return Path.of(env);
        }
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                if (!dirName.isEmpty() && Files.isExecutable(Path.of(dirName, name))) {
                    return Path.of(dirName, name);
                }
            }
        }
        return null;
    }

    /** Runs Chromium headless on a page with these extra arguments; returns what it printed on standard output. */
    private String run(Path chromium, Path page, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(List.of(args));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(dir, "chromium", ".out");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile())
                .redirectError(dir.resolve("chromium-" + System.nanoTime() + ".err").toFile()).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 60 s: " + cmd);
        }
        assertThat(p.exitValue()).as("chromium exit code").isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void theSeedBriefRendersInHeadlessChromiumWithChartsAndFootnotes() throws Exception {
        Path chromium = chromium();
        assumeTrue(chromium != null, "no chromium on this machine (set $CHROMIUM or install the chromium package)");

        String db = dir.resolve("s.db").toString();
        assertThat(CliRun.of("--db", db, "ingest", CliRun.seedOrSkip().toString()).exit()).isZero();
        Path html = dir.resolve("brief.html");
        CliRun brief = CliRun.of("--db", db, "brief", "--funder", "United States", "-o", html.toString());
        assertThat(brief.exit()).as(brief.err()).isZero();

        // The DOM as the browser built it: SVG bars and footnote anchors survived the HTML parser.
        Document dom = Jsoup.parse(run(chromium, html, "--dump-dom"));
        assertThat(dom.select("svg#chart-units rect.bar")).hasSize(3);
        assertThat(dom.select("svg#chart-years rect.bar")).isNotEmpty();
        assertThat(dom.select("a[href^=#fn-]")).isNotEmpty();
        for (var a : dom.select("a[href^=#fn-]")) {
            assertThat(dom.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
        }
        assertThat(dom.select("script")).isEmpty();

        // The picture: kept under target/ for a person to look at.
        Path png = Path.of("target", "brief-seed.png").toAbsolutePath();
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        run(chromium, html, "--screenshot=" + png, "--window-size=1200,2400");
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).as("a PNG at " + png).isNotNull();
        assertThat(image.getWidth()).isEqualTo(1200);
        assertThat(image.getHeight()).isEqualTo(2400);

        Set<Integer> colours = new HashSet<>();
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (luminance(rgb) < 128) {
                    dark++;
                }
            }
        }
        assertThat(colours.size()).as("distinct colours").isGreaterThan(20);
        assertThat(dark).as("dark (text) pixels").isGreaterThan(1000);

        // The chart region: the bars are the chart's blue, somewhere in the upper half of the page.
        long barPixels = 0;
        for (int y = 0; y < image.getHeight() / 2; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == Integer.parseInt(SvgCharts.BAR.substring(1), 16)) {
                    barPixels++;
                }
            }
        }
        assertThat(barPixels).as("pixels in the bar colour " + SvgCharts.BAR).isGreaterThan(2000);
    }

    private static int luminance(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return (r * 299 + g * 587 + b * 114) / 1000;
    }
}
