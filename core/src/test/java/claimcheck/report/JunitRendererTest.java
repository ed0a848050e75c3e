package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.FailOn;
import claimcheck.findings.Suppression;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.surefire.log.api.NullConsoleLogger;
import org.apache.maven.plugins.surefire.report.ReportTestCase;
import org.apache.maven.plugins.surefire.report.ReportTestSuite;
import org.apache.maven.plugins.surefire.report.TestSuiteXmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** junit.xml read back by Maven Surefire's own report parser, as CI test reporters read it. */
class JunitRendererTest {
    @TempDir Path dir;

    /** What Surefire's parser read: it files testcases under one suite per class name, here per rule. */
    record Parsed(String suiteName, int tests, int failures, int errors, int skipped, List<ReportTestCase> testcases) {
        int count(java.util.function.Predicate<ReportTestCase> p) { return (int) testcases.stream().filter(p).count(); }
    }

    Parsed parse(ArticleReport r) throws Exception {
        Path file = dir.resolve("junit-" + System.nanoTime() + ".xml");
        Files.writeString(file, Scenarios.render(new JunitRenderer(), r));
        org.w3c.dom.Element suite = attributesMatchElements(file);
        TestSuiteXmlParser parser = new TestSuiteXmlParser(new NullConsoleLogger());
        List<ReportTestSuite> suites = parser.parse(file.toString());
        assertTrue(parser.isValid(), "the parser accepts the file");
        List<ReportTestCase> cases = new java.util.ArrayList<>();
        int tests = 0, failures = 0, errors = 0, skipped = 0;
        for (ReportTestSuite s : suites) {
            cases.addAll(s.getTestCases());
            tests += s.getNumberOfTests();
            failures += s.getNumberOfFailures();
            errors += s.getNumberOfErrors();
            skipped += s.getNumberOfSkipped();
        }
        // Surefire's counts, read from the file, agree with the suite's own attributes.
        assertEquals(Integer.parseInt(suite.getAttribute("tests")), tests);
        assertEquals(Integer.parseInt(suite.getAttribute("failures")), failures);
        assertEquals(Integer.parseInt(suite.getAttribute("errors")), errors);
        assertEquals(Integer.parseInt(suite.getAttribute("skipped")), skipped);
        return new Parsed(suite.getAttribute("name"), tests, failures, errors, skipped, cases);
    }

    @Test
    void oneTestcasePerCheckAndAFailureForEachFailedCheckAtOrAboveTheGate() throws Exception {
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        Parsed suite = parse(r);
        assertEquals("mx-us-transfers-2026-01", suite.suiteName());
        assertEquals(r.checks().size(), suite.tests());
        assertEquals(r.checks().size(), suite.testcases().size());
        assertEquals(1, suite.failures(), "only the error fails at --fail-on error");
        assertEquals(0, suite.errors());
        assertEquals(0, suite.skipped());
        assertCountsMatchTestcases(suite);

        ReportTestCase failed = suite.testcases().stream().filter(ReportTestCase::hasFailure).findFirst().orElseThrow();
        assertEquals("core/role-status", failed.getFullClassName());
        assertEquals("role-trump, term-trump", failed.getName());
        assertEquals("error", failed.getFailureType());
        assertTrue(failed.getFailureMessage().startsWith("\"former President Donald Trump\" calls Donald Trump"), failed.getFailureMessage());
        assertTrue(failed.getFailureDetail().contains("role-trump at 1:240: \"former President Donald Trump\""), failed.getFailureDetail());
        assertTrue(failed.getFailureDetail().contains("term-trump at 5:281: \"Trump's second administration\""), failed.getFailureDetail());

        // Each check is a testcase named by its rule and facts.
        List<String> expected = new java.util.ArrayList<>(), actual = new java.util.ArrayList<>();
        for (Check c : r.checks()) expected.add(c.ruleId() + " " + String.join(", ", c.facts()));
        for (ReportTestCase t : suite.testcases()) actual.add(t.getFullClassName() + " " + t.getName().replaceFirst(" #[0-9]+$", ""));
        java.util.Collections.sort(expected);
        java.util.Collections.sort(actual);
        assertEquals(expected, actual);
    }

    @Test
    void theGateDecidesWhichFailedChecksFail() throws Exception {
        assertEquals(4, parse(Scenarios.check(Scenarios.SAMPLE, FailOn.WARNING)).failures());
        Parsed none = parse(Scenarios.check(Scenarios.SAMPLE, FailOn.NONE));
        assertEquals(0, none.failures());
        assertCountsMatchTestcases(none);
    }

    @Test
    void aSuppressedFailureIsSkippedWithItsJustification() throws Exception {
        ArticleReport r = Scenarios.suppress(Scenarios.check(Scenarios.SAMPLE), f -> f.ruleId().equals("core/role-status"),
                new Suppression(Suppression.Kind.BASELINE, "known since the January review", null));
        Parsed suite = parse(r);
        assertEquals(0, suite.failures());
        assertEquals(1, suite.skipped());
        assertCountsMatchTestcases(suite);
        String xml = Scenarios.render(new JunitRenderer(), r);
        assertTrue(xml.contains("<skipped message=\"suppressed (baseline): known since the January review; error: "), xml);
    }

    @Test
    void hostileStringsStayWellFormed() throws Exception {
        ArticleReport r = Scenarios.check(Scenarios.HOSTILE);
        Parsed suite = parse(r);
        assertEquals(r.checks().size(), suite.tests());
        assertEquals(3, suite.failures());
        assertCountsMatchTestcases(suite);
        assertTrue(suite.testcases().stream().anyMatch(t -> t.hasFailure() && t.getFailureMessage().contains("<b onmouseover=")),
                "markup in a message is text, read back as written");
    }

    /** The testsuite's tests, failures, errors and skipped attributes count its elements. */
    private static org.w3c.dom.Element attributesMatchElements(Path file) throws Exception {
        org.w3c.dom.Element suites = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals("testsuites", suites.getTagName(), "one testsuites per article");
        org.w3c.dom.NodeList children = suites.getElementsByTagName("testsuite");
        assertEquals(2, children.getLength(), "the article's suite and the facts file's");
        assertEquals(suites.getAttribute("name") + " facts file", ((org.w3c.dom.Element) children.item(1)).getAttribute("name"));
        for (org.w3c.dom.Element suite : List.of(suites, (org.w3c.dom.Element) children.item(0), (org.w3c.dom.Element) children.item(1))) {
            assertEquals(suite.getElementsByTagName("testcase").getLength(), Integer.parseInt(suite.getAttribute("tests")));
            assertEquals(suite.getElementsByTagName("failure").getLength(), Integer.parseInt(suite.getAttribute("failures")));
            assertEquals(suite.getElementsByTagName("error").getLength(), Integer.parseInt(suite.getAttribute("errors")));
            assertEquals(suite.getElementsByTagName("skipped").getLength(), Integer.parseInt(suite.getAttribute("skipped")));
        }
        // The facts file's suite holds its checks and nothing else.
        org.w3c.dom.NodeList factsCases = ((org.w3c.dom.Element) children.item(1)).getElementsByTagName("testcase");
        for (int i = 0; i < factsCases.getLength(); i++)
            assertTrue(((org.w3c.dom.Element) factsCases.item(i)).getAttribute("classname").startsWith("facts/"));
        return suites;
    }

    private static void assertCountsMatchTestcases(Parsed suite) {
        assertEquals(suite.count(ReportTestCase::hasFailure), suite.failures());
        assertEquals(suite.count(ReportTestCase::hasSkipped), suite.skipped());
        assertEquals(suite.testcases().size(), suite.tests());
    }
}
