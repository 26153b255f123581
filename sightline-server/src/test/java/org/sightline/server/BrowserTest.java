package org.sightline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sightline.core.testing.SharedData;
import org.sightline.store.StoredEntity;

/**
 * The web app in a real headless Chromium (Debian's chromium and chromium-driver), driven by
 * Selenium: sign in, upload the seed article, Badr's entity page, its graph (an edge clicked and
 * its quote read), the exposure dashboard. Screenshots in target/screenshots/ for a person to
 * look at. Skipped, saying why, when Chromium or its driver is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;
    TestServer t;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: needs Debian's chromium and chromium-driver (" + CHROMIUM + ", " + DRIVER + "); .ci/run installs them");
        t = new TestServer(dir, true);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1400,1000");
        // The browser's console, to find what the CSP refused.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (t != null) {
            t.close();
        }
    }

    @Test
    void anAnalystUploadsTheSeedAndFollowsBadrFromTheGraphToTheExposure() throws IOException {
        Path seed = SharedData.require("examples/seed-article.txt");
        browser.get(t.base + "/");
        assertThat(browser.getCurrentUrl()).contains("/login");
        shot("01-login");
        browser.findElement(By.id("name")).sendKeys("admin");
        browser.findElement(By.id("password")).sendKeys(TestServer.ADMIN_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.titleIs("Sightline"));

        browser.get(t.base + "/upload");
        browser.findElement(By.id("file")).sendKeys(seed.toString());
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        WebElement uploaded = new WebDriverWait(browser, Duration.ofMinutes(4)).until(ExpectedConditions.presenceOfElementLocated(By.id("uploaded")));
        assertThat(browser.findElement(By.cssSelector("p.ok")).getText()).containsPattern("with \\d+ claims");
        shot("02-uploaded");
        uploaded.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.text mark")));
        shot("03-document");
        // Every claim's evidence link has a target of its own, and the text from there reads the claim's quote.
        @SuppressWarnings("unchecked")
        List<String> broken = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "var bad = [], seen = {}; var norm = function (s) { return s.replace(/\\s+/g, ' ').trim(); };"
                + "document.querySelectorAll('li.claim').forEach(function (li) {"
                + "  var a = li.querySelector('a[href*=\"#ev-\"]'); var id = a.getAttribute('href').split('#')[1];"
                + "  var target = document.getElementById(id); if (!target || seen[id]) { bad.push(id); return; } seen[id] = 1;"
                + "  var r = document.createRange(); r.setStartBefore(target); r.setEndAfter(document.querySelector('article.text').lastChild);"
                + "  if (norm(r.toString()).indexOf(norm(li.querySelector('blockquote').textContent)) !== 0) { bad.push(id); } });"
                + "return bad;");
        assertThat(broken).as("evidence links without their quote").isEmpty();
        WebElement firstMark = browser.findElement(By.cssSelector("article.text mark[data-claims]"));
        firstMark.click();
        assertThat(browser.findElements(By.cssSelector("li.claim.picked"))).isNotEmpty();

        browser.get(t.base + "/");
        browser.findElement(By.id("q")).sendKeys("Badr");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results ul.entities li a")));
        shot("04-search");

        StoredEntity badr = t.store.findEntities("Badr Organization").get(0);
        browser.get(t.base + "/entities/" + badr.id());
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Badr");
        assertThat(browser.findElements(By.cssSelector("li.claim blockquote"))).isNotEmpty();
        shot("05-entity");

        browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER);
        browser.findElement(By.linkText("Graph of its ties")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("graph"), "data-ready", "yes"));
        // Nothing refused by the CSP, nothing missing (the favicon), and edge labels drawn above the nodes.
        List<String> console = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage).toList();
        assertThat(console).as("console of the graph page").noneMatch(m -> m.contains("Content Security Policy") || m.contains("404"));
        @SuppressWarnings("unchecked")
        List<Number> z = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var cy = window.sightlineGraph; return [cy.edges()[0].pstyle('z-index').value, cy.nodes()[0].pstyle('z-index').value];");
        assertThat(z.get(0).doubleValue()).isGreaterThan(z.get(1).doubleValue());
        @SuppressWarnings("unchecked")
        List<Number> mid = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var e = window.sightlineGraph.edges()[0]; var p = e.renderedMidpoint(); return [p.x, p.y];");
        WebElement graph = browser.findElement(By.id("graph"));
        int dx = (int) Math.round(mid.get(0).doubleValue() - graph.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(mid.get(1).doubleValue() - graph.getSize().getHeight() / 2.0);
        new Actions(browser).moveToElement(graph, dx, dy).click().perform();
        WebElement quote = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#edge-claims blockquote")));
        assertThat(quote.getText()).isNotBlank();
        shot("06-graph-edge");

        browser.get(t.base + "/exposure?funder=United+States");
        wait.until(ExpectedConditions.attributeToBe(By.id("exposure-chart"), "data-ready", "yes"));
        assertThat(browser.findElement(By.cssSelector(".summary .big")).getText()).contains("exposed recipient");
        assertThat(browser.findElements(By.cssSelector("section.recipient"))).isNotEmpty();
        // Each step says how firm it is and on whose word, folded or not.
        for (WebElement summary : browser.findElements(By.cssSelector("details.hop summary"))) {
            assertThat(summary.findElements(By.cssSelector(".account .badge"))).as(summary.getText()).isNotEmpty();
        }
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("according to");
        // Opened as a reader would, without landing on one of the summary's entity links.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('details.hop').open = true;");
        assertThat(browser.findElement(By.cssSelector("details.hop[open] ul.quotes li .badge")).isDisplayed()).isTrue();
        shot("07-exposure");

        browser.get(t.base + "/admin");
        shot("08-admin");
    }

    private void shot(String name) throws IOException {
        Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
