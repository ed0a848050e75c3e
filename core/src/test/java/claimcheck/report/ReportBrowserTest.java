package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import claimcheck.findings.ArticleReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * report.html in a real browser: Debian's headless Chromium, driven through its own chromedriver
 * (both named explicitly, so Selenium never looks for or downloads a browser). Skipped, saying how
 * to install them, where they are missing; on CI (CI=true), where .ci/run installs them, it fails instead.
 */
class ReportBrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium"), CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path OUT = Path.of("target/browser-test"), SCREENSHOTS = Path.of("target/screenshots");
    static ChromeDriver driver;
    /** Selenium warns that it has no DevTools binding for this Chromium; the test uses none. Kept referenced so the level holds. */
    static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");
    static { CDP_LOG.setLevel(Level.SEVERE); }
    static Path sample, hostile;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER + "); install it with: "
                    + "apt-get update && apt-get install -y chromium chromium-driver (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) fail(message + " (CI must run the browser test)");
            Assumptions.abort(message);
        }
        sample = write(Scenarios.check(Scenarios.SAMPLE));
        hostile = write(Scenarios.check(Scenarios.HOSTILE));

        Path profile = Files.createTempDirectory("claimcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1600");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) driver.quit();
    }

    private static Path write(ArticleReport r) throws IOException {
        ReportWriter w = new ReportWriter(OUT, List.of(new HtmlRenderer()), Scenarios.options());
        return w.write(r.article().id(), w.render(r)).get(0).toAbsolutePath();
    }

    @BeforeEach
    void drainLogs() {
        driver.manage().logs().get(LogType.BROWSER);
        driver.manage().logs().get(LogType.PERFORMANCE);
    }

    private static Object js(String script, Object... args) { return ((JavascriptExecutor) driver).executeScript(script, args); }

    private static void open(Path page) {
        driver.get(page.toUri().toString());
        assertEquals("true", driver.findElement(By.tagName("body")).getDomAttribute("data-ready"),
                "the page's own script ran: its hash matches the Content-Security-Policy");
    }

    private static WebElement mark(String text) {
        for (WebElement m : driver.findElements(By.cssSelector("mark.q"))) if (m.getText().equals(text)) return m;
        throw new AssertionError("no highlight reading \"" + text + "\"");
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(Files.size(SCREENSHOTS.resolve(name)) > 10_000, "a screenshot with something on it");
    }

    @Test
    void highlightsAndFindingsRender() throws IOException {
        open(sample);
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        List<WebElement> anchors = driver.findElements(By.cssSelector("#article span.anchor"));
        assertEquals(r.provenance().stream().filter(p -> p.found()).count(), anchors.size());
        List<WebElement> marks = driver.findElements(By.cssSelector("mark.q"));
        assertFalse(marks.isEmpty());
        for (WebElement m : marks) assertTrue(m.isDisplayed(), m.getText());
        WebElement trump = mark("former President Donald Trump");
        assertTrue(trump.getDomAttribute("class").contains("tone-error"));
        assertEquals("rgba(253, 226, 226, 1)", trump.getCssValue("background-color"), "coloured as an error");
        assertTrue(mark("a similar operation in February").getDomAttribute("class").contains("tone-warning"));
        List<WebElement> findings = driver.findElements(By.cssSelector("#findings li.finding"));
        assertEquals(r.findings().size(), findings.size());
        for (WebElement f : findings) assertTrue(f.isDisplayed());
        assertEquals(1, driver.findElements(By.cssSelector(".charts svg rect.bar.derived")).size() / 2, "the derived count, alone and stacked");
        assertTrue(driver.findElement(By.id("verdict")).getText().contains("Gate failed"));
        js("window.scrollTo(0, 0)");
        screenshot("report.png");
        assertNoConsoleErrors();
        assertNoRequests();
    }

    @Test
    void clickingAHighlightRevealsItsFindings() {
        open(sample);
        mark("former President Donald Trump").click();
        WebElement role = driver.findElement(By.id("f1"));
        assertTrue(role.isDisplayed());
        assertTrue(role.getText().contains("core/role-status"), role.getText());
        assertTrue(role.getDomAttribute("class").contains("selected"));
        for (WebElement other : driver.findElements(By.cssSelector("#findings li.finding:not(#f1)"))) assertFalse(other.isDisplayed(), other.getText());
        assertEquals("1 finding on this passage.", driver.findElement(By.id("selection")).getText());

        // A passage quoted by a fact with two findings on it shows both.
        mark("a similar operation in February").click();
        List<String> shown = new ArrayList<>();
        for (WebElement f : driver.findElements(By.cssSelector("#findings li.finding"))) if (f.isDisplayed()) shown.add(f.findElement(By.cssSelector("code.rule")).getText());
        assertEquals(List.of("extradition/assurance-attached", "core/total-sum"), shown);

        driver.findElement(By.id("show-all")).click();
        for (WebElement f : driver.findElements(By.cssSelector("#findings li.finding"))) assertTrue(f.isDisplayed());
        assertNoConsoleErrors();
    }

    @Test
    void clickingAFindingScrollsToItsPassage() {
        open(sample);
        WebElement target = mark("a similar operation in February");
        js("window.scrollTo(0, document.body.scrollHeight)");
        assertFalse(inViewport(target), "the passage starts out of view");
        driver.findElement(By.cssSelector("#f3 a.goto")).click();
        assertTrue(inViewport(target), "the passage is scrolled into view");
        assertTrue(target.getDomAttribute("class").contains("active"));
        assertEquals(target, driver.switchTo().activeElement());
        assertNoConsoleErrors();
    }

    @Test
    void severityFiltersHideFindings() {
        open(sample);
        driver.findElement(By.cssSelector("input[data-severity=warning]")).click();
        for (WebElement f : driver.findElements(By.cssSelector("#findings li.finding")))
            assertEquals(!"warning".equals(f.getDomAttribute("data-severity")), f.isDisplayed(), f.getText());
        driver.findElement(By.cssSelector("input[data-severity=warning]")).click();
        assertEquals(6, driver.findElements(By.cssSelector("#findings li.finding")).stream().filter(WebElement::isDisplayed).count());
    }

    @Test
    void hostileStringsRunNoScript() throws IOException {
        open(hostile);
        // Click every passage and every finding link, and hover the one that carries an onmouseover.
        for (WebElement m : driver.findElements(By.cssSelector("mark.q"))) m.click();
        for (WebElement a : driver.findElements(By.cssSelector("a.goto"))) {
            WebElement showAll = driver.findElement(By.id("show-all"));
            if (showAll.isDisplayed()) showAll.click();
            a.click();
        }
        new org.openqa.selenium.interactions.Actions(driver).moveToElement(mark("former President <b onmouseover=\"window.__pwned=3\">Ana</b>")).perform();
        assertEquals(null, js("return window.__pwned === undefined ? null : String(window.__pwned)"), "no injected script ran");
        assertEquals(1L, js("return document.scripts.length"), "only the page's own script");
        assertEquals(0L, js("return document.images.length + document.querySelectorAll('b, iframe, object, embed, a[href^=javascript]').length"));
        assertEquals(0L, js("return Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length"),
                "no element carries an event handler");
        assertTrue(driver.findElement(By.tagName("h1")).getText().startsWith("Hostile <script>window.__pwned=6</script> \"><img src=x onerror=\"window.__pwned=7\">"),
                "the title reads as written");
        assertTrue(driver.findElement(By.id("article")).getText().contains("<script>window.__pwned=1</script>"));
        screenshot("report-hostile.png");
        assertNoConsoleErrors();
        assertNoRequests();
    }

    private static boolean inViewport(WebElement e) {
        return (Boolean) js("const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", e);
    }

    /** The browser console shows no error: no script error, no blocked resource, no policy violation. */
    private static void assertNoConsoleErrors() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER))
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) errors.add(e.getLevel() + " " + e.getMessage());
        assertEquals(List.of(), errors);
    }

    /** Nothing but the page itself was requested: no script, style, image, font, fetch or prefetch. */
    private static void assertNoRequests() throws IOException {
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"));
        ObjectMapper json = new ObjectMapper();
        List<String> requests = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = json.readTree(e.getMessage()).path("message");
            if (m.path("method").asText().equals("Network.requestWillBeSent")) requests.add(m.at("/params/request/url").asText());
        }
        requests.removeIf(u -> u.equals(sample.toUri().toString()) || u.equals(hostile.toUri().toString()));
        assertEquals(List.of(), requests);
    }
}
