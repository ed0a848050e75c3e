package claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import claimcheck.cli.Main;
import claimcheck.facts.FactsFile;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Summary;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery under facts/examples: every article finds what its {@code <name>.expected.yaml} says, no more and no
 * less, and docs/examples.md quotes what {@code verify} prints for it. A new example needs its three files and a
 * section in the page, no Java.
 */
class ExamplesTest {
    static final Path EXAMPLES = Path.of("facts/examples");
    static final Path PAGE = Path.of("docs/examples.md");
    static final String EXPECTED = ".expected.yaml";

    /** One finding as an example expects it: {@code message} is a fragment of the message; {@code at} is line:column. */
    record ExpectedFinding(String rule, String severity, String at, String message) {
        boolean matches(Finding f) {
            return rule.equals(f.ruleId()) && severity.equals(f.severity().label())
                    && (at == null || at.equals(where(f))) && f.message().contains(message);
        }

        @Override public String toString() { return severity + " " + rule + " " + at + " …" + message + "…"; }
    }

    record CheckCounts(int total, int passed, int failed) {}

    /** What an example's facts file must produce: the gate ({@code passed} or {@code failed}), checks and findings. */
    record Expected(String gate, CheckCounts checks, List<ExpectedFinding> findings) {}

    static Verification verification;

    @BeforeAll
    static void compileRules() {
        verification = Verification.create(Settings.of(List.of(Path.of("rules"))).withRuleCache(null).withJobs(1));
    }

    static String where(Finding f) {
        Evidence at = f.firstLocated();
        return at == null ? "-" : at.span().line() + ":" + at.span().column();
    }

    /** The examples' names: every {@code <name>.expected.yaml}, each beside its {@code <name>.yaml} and {@code <name>.txt}. */
    static List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(EXPECTED))
                    .map(n -> n.substring(0, n.length() - EXPECTED.length())).sorted().toList();
        }
    }

    static Expected expected(String name) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        return yaml.readValue(EXAMPLES.resolve(name + EXPECTED).toFile(), Expected.class);
    }

    @Test
    void theGalleryHasSixExamplesAndEachHasItsThreeFiles() throws IOException {
        List<String> names = names();
        assertTrue(names.size() >= 6, names.toString());
        for (String name : names) {
            assertTrue(Files.isRegularFile(EXAMPLES.resolve(name + ".yaml")), name + ".yaml is missing");
            assertTrue(Files.isRegularFile(EXAMPLES.resolve(name + ".txt")), name + ".txt is missing");
        }
    }

    /** A folder search takes the facts files and leaves the expectations, which have no article block, alone. */
    @Test
    void aFolderSearchFindsTheFactsFilesAndNotTheExpectations() throws IOException {
        List<String> found = verification.loadAll(List.of(EXAMPLES)).stream()
                .map(f -> f.article().id()).sorted().toList();
        assertEquals(names(), found);
    }

    @TestFactory
    Stream<DynamicTest> eachExampleFindsWhatItsExpectationsSay() throws IOException {
        return names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            Expected want = expected(name);
            FactsFile file = verification.load(EXAMPLES.resolve(name + ".yaml"));
            ArticleReport report = verification.verify(file);
            Summary s = report.summary();

            List<String> problems = new ArrayList<>();
            String gate = s.gatePassed() ? "passed" : "failed";
            if (!gate.equals(want.gate())) problems.add("gate " + gate + ", expected " + want.gate());
            CheckCounts checks = new CheckCounts(s.checks(), s.passed(), s.failed());
            if (want.checks() != null && !want.checks().equals(checks)) problems.add("checks " + checks + ", expected " + want.checks());

            List<Finding> unmatched = new ArrayList<>(report.findings());
            for (ExpectedFinding e : want.findings()) {
                Finding hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
                if (hit == null) problems.add("missing: " + e);
                else unmatched.remove(hit);
            }
            for (Finding f : unmatched)
                problems.add("extra: " + f.severity().label() + " " + f.ruleId() + " " + where(f) + " " + f.message());
            if (!problems.isEmpty()) fail(name + ":\n  " + String.join("\n  ", problems));
        }));
    }

    /**
     * docs/examples.md shows, for each example, the command and what it printed: the page must quote every example,
     * and each quoted output must be what verify prints now (the reports folder written as {@code reports/}).
     */
    @TestFactory
    Stream<DynamicTest> theExamplesPageQuotesWhatVerifyPrints(@TempDir Path out) throws IOException {
        String page = Files.readString(PAGE);
        Matcher m = Pattern.compile("```\\n\\$ bin/claimcheck verify facts/examples/([\\w-]+)\\.yaml\\n(.*?)```", Pattern.DOTALL).matcher(page);
        List<String> quoted = new ArrayList<>();
        List<DynamicTest> tests = new ArrayList<>();
        while (m.find()) {
            String name = m.group(1), shown = m.group(2);
            quoted.add(name);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                StringWriter printed = new StringWriter(), err = new StringWriter();
                Main.run(new String[] {"verify", EXAMPLES.resolve(name + ".yaml").toString(), "--out", out.toString(), "--no-cache"},
                        new PrintWriter(printed, true), new PrintWriter(err, true));
                assertEquals("", err.toString(), name + " printed on standard error");
                assertEquals(shown, printed.toString().replace(out.toString(), "reports"),
                        "docs/examples.md no longer shows what verify prints for " + name);
            }));
        }
        assertEquals(names(), quoted.stream().sorted().toList(), "docs/examples.md must show every example once");
        return tests.stream();
    }
}
