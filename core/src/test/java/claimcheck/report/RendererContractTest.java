package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.Golden;
import claimcheck.baseline.Baseline;
import claimcheck.engine.Gate;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every report format keeps (after PMD's AbstractRendererTest): the same small articles,
 * checked by the shipped rules, rendered through {@link Renderer} by every format {@link Renderers}
 * knows, and compared with golden files under {@code golden/contract/<scenario>/<fileName>}. A new
 * format gets the contract by being registered, and fails until its golden files are written
 * ({@code -Dgolden.update=true}) and reviewed.
 */
class RendererContractTest {
    static final Path SCENARIOS = Path.of("core/src/test/resources/scenarios/contract");
    static final String GOLDEN = "contract";

    /** The scenarios, each a folder of SCENARIOS with facts.yaml, article.txt and, when it needs one, baseline.yaml. */
    static final List<String> NAMES = List.of("clean", "every-severity", "suppressed", "quote-not-found", "no-facts");

    /** The scenario's report, judged with its baseline.yaml when it has one; expiry is judged on the review date. */
    static ArticleReport report(String scenario) {
        Path dir = SCENARIOS.resolve(scenario);
        Path baseline = dir.resolve("baseline.yaml");
        Gate gate = Files.exists(baseline)
                ? new Gate(FailOn.ERROR, Baseline.read(baseline, baseline.toString()), Scenarios.REVIEW_DATE)
                : Gate.of(FailOn.ERROR);
        return Scenarios.check(dir.resolve("facts.yaml"), gate);
    }

    static Renderer renderer(String format) { return Renderers.of(List.of(format)).get(0); }

    static Stream<Arguments> everyScenarioInEveryFormat() {
        List<Arguments> out = new ArrayList<>();
        for (String scenario : NAMES) for (String format : Renderers.names()) out.add(Arguments.of(scenario, format));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyScenarioInEveryFormat")
    void matchesTheGoldenFile(String scenario, String format) throws IOException {
        Renderer r = renderer(format);
        Golden.check(GOLDEN + "/" + scenario + "/" + r.fileName(), Scenarios.render(r, report(scenario)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyScenarioInEveryFormat")
    void renderingTwiceGivesTheSameBytes(String scenario, String format) {
        Renderer r = renderer(format);
        ArticleReport report = report(scenario);
        String first = Scenarios.render(r, report);
        assertEquals(first, Scenarios.render(r, report), "the same report rendered twice");
        assertEquals(first, Scenarios.render(r, report(scenario)), "the same article checked and rendered again");
    }

    /** Each scenario still shows what it is for: a rule change that empties one would otherwise pass unnoticed. */
    @Test
    void eachScenarioShowsWhatItIsFor() {
        ArticleReport clean = report("clean");
        assertEquals(List.of(), clean.findings());
        assertFalse(clean.checks().isEmpty());
        assertTrue(clean.checks().stream().allMatch(c -> c.status() == Check.Status.PASS), clean.checks().toString());
        assertTrue(clean.summary().gatePassed());

        ArticleReport severities = report("every-severity");
        for (Severity s : Severity.values()) assertEquals(1, severities.summary().count(s), s + " in " + severities.findings());
        Finding info = only(severities, Severity.INFO);
        assertEquals("core/total-sum", info.ruleId());
        assertEquals(1, info.derived().size());
        assertEquals("inquiries-autumn", info.derived().get(0).factId());
        assertEquals("core/role-status", only(severities, Severity.ERROR).ruleId());
        assertEquals("extradition/assurance-attached", only(severities, Severity.WARNING).ruleId());
        assertFalse(severities.summary().gatePassed());

        ArticleReport suppressed = report("suppressed");
        assertEquals(2, suppressed.findings().size(), suppressed.findings().toString());
        assertTrue(suppressed.findings().stream().noneMatch(Finding::active), suppressed.findings().toString());
        Set<Suppression.Kind> kinds = new TreeSet<>();
        for (Finding f : suppressed.findings()) kinds.add(f.suppression().kind());
        assertEquals(Set.of(Suppression.Kind.BASELINE, Suppression.Kind.ACCEPTED), kinds);
        assertEquals(2, suppressed.summary().suppressed());
        assertTrue(suppressed.summary().gatePassed());

        ArticleReport missing = report("quote-not-found");
        Finding notFound = only(missing, Severity.ERROR);
        assertEquals("facts/quote-found", notFound.ruleId());
        assertNull(notFound.firstLocated(), "the quote is not in the text: " + notFound);
        assertEquals(1, missing.findings().size());

        ArticleReport empty = report("no-facts");
        assertEquals(List.of(), empty.facts());
        assertEquals(List.of(), empty.checks());
        assertEquals(List.of(), empty.findings());
        assertNotNull(empty.articleText());
    }

    /** Golden files no format writes any more, or of a scenario that is gone, would be kept and never compared. */
    @Test
    void everyGoldenFileIsCompared() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (String scenario : NAMES) for (String format : Renderers.names()) expected.add(scenario + "/" + renderer(format).fileName());
        Path root = Golden.ROOT.resolve(GOLDEN);
        Set<String> present = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile).forEach(f -> present.add(root.relativize(f).toString().replace('\\', '/')));
            }
        }
        Set<String> stale = new TreeSet<>(present);
        stale.removeAll(expected);
        assertEquals(Set.of(), stale, "golden files under " + root + " that no format of a scenario writes (delete them)");
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(SCENARIOS)) {
            dirs.filter(Files::isDirectory).forEach(d -> folders.add(d.getFileName().toString()));
        }
        assertEquals(new TreeSet<>(NAMES), folders, "scenario folders under " + SCENARIOS + " (list a new one in NAMES)");
    }

    private static Finding only(ArticleReport r, Severity s) {
        List<Finding> found = r.findings().stream().filter(f -> f.severity() == s).toList();
        assertEquals(1, found.size(), s + " findings: " + found);
        return found.get(0);
    }
}
