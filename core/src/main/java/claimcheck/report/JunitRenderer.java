package claimcheck.report;

import claimcheck.findings.ArticleReport;
import claimcheck.findings.Category;
import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import com.fasterxml.jackson.dataformat.xml.util.DefaultXmlPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * junit.xml for CI test reporters: one testsuite per article, one testcase per check (classname
 * the rule id, name the facts it checked). A failed check whose finding is at or above --fail-on
 * has a failure with the message and the quoted text; a suppressed one is skipped, with its
 * justification; one below --fail-on passes and says why in its system-out. Findings that are not
 * checks (notes, derived values) are listed in the suite's system-out.
 */
public final class JunitRenderer implements Renderer {
    /**
     * Made on first use: every run makes every renderer, most write no junit.xml, and the XML stack took
     * some 320 ms to start in a fresh JVM without a class-data archive (docs/performance.md).
     */
    private static final class Xml {
        static final ObjectWriter WRITER;
        static {
            XmlMapper mapper = new XmlMapper();
            mapper.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true);
            // Two-space indents; line ends are the platform's (golden tests normalise them).
            WRITER = mapper.writer(new DefaultXmlPrettyPrinter()).without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        }
    }

    @Override public String format() { return "junit"; }
    @Override public String fileName() { return "junit.xml"; }

    @Override
    public void render(ArticleReport r, ReportOptions options, Writer out) throws IOException {
        List<JunitReport.Property> props = List.of(
                new JunitReport.Property("article.title", xml(r.article().title())),
                new JunitReport.Property("article.published", r.article().published().toString()),
                new JunitReport.Property("facts", xml(ShownPath.of(r.source()))),
                new JunitReport.Property("failOn", r.summary().failOn().label()),
                new JunitReport.Property("gate", r.summary().gatePassed() ? "pass" : "fail"),
                new JunitReport.Property("tool", r.tool().name() + " " + r.tool().version()));
        // The facts file's checks are a suite of their own: a broken facts file is not a failure of the article.
        JunitReport.TestSuite article = suite(r, r.article().id(), Category.ARTICLE, props);
        JunitReport.TestSuite factsFile = suite(r, r.article().id() + " facts file", Category.FACTS_FILE, props);
        JunitReport.TestSuites suites = new JunitReport.TestSuites(r.article().id(), article.tests() + factsFile.tests(),
                article.failures() + factsFile.failures(), 0, article.skipped() + factsFile.skipped(), "0", List.of(article, factsFile));
        Xml.WRITER.writeValue(out, suites);
        out.write('\n');
    }

    private static JunitReport.TestSuite suite(ArticleReport r, String name, Category category, List<JunitReport.Property> props) {
        List<JunitReport.TestCase> cases = new ArrayList<>();
        Map<String, Integer> names = new HashMap<>();
        int failures = 0, skipped = 0;
        Map<Check, Finding> findingOf = r.findingsOfChecks();
        for (Check c : r.checks()) {
            if (c.category() != category) continue;
            String caseName = c.facts().isEmpty() ? "(no facts)" : String.join(", ", c.facts());
            int n = names.merge(c.ruleId() + "\n" + caseName, 1, Integer::sum);
            if (n > 1) caseName += " #" + n;
            Finding f = findingOf.get(c);
            JunitReport.Failure failure = null;
            JunitReport.Skipped skip = null;
            String systemOut = null;
            if (c.status() == Check.Status.PASS) {
                systemOut = xml(c.message());
            } else if (f == null) {
                // A failed check always records its finding; without one, report the failure rather than hide it.
                failure = new JunitReport.Failure(xml(c.message()), "failed", xml(c.message()));
                failures++;
            } else if (!f.active()) {
                skip = new JunitReport.Skipped(xml("suppressed (" + f.suppression().kind().label() + "): " + f.suppression().justification() + f.suppression().until()
                        + "; " + f.severity().label() + ": " + f.message()));
                skipped++;
            } else if (r.summary().failOn().fails(f.severity())) {
                failure = new JunitReport.Failure(xml(f.message()), f.severity().label(), xml(details(f)));
                failures++;
            } else {
                systemOut = xml("failed at " + f.severity().label() + ", below --fail-on " + r.summary().failOn().label() + ": " + details(f));
            }
            cases.add(new JunitReport.TestCase(c.ruleId(), xml(caseName), "0", failure, skip, systemOut));
        }

        return new JunitReport.TestSuite(name, cases.size(), failures, 0, skipped, "0", props, cases, xml(findingsList(r, category)));
    }

    /** The message, then each quoted passage with where it is. */
    private static String details(Finding f) {
        StringBuilder b = new StringBuilder(f.message());
        for (Evidence e : f.evidence()) {
            b.append("\n  ").append(e.factId()).append(e.span() == null ? " (not found in the article)" : " at " + e.span().line() + ":" + e.span().column())
                    .append(": \"").append(e.quote()).append('"');
        }
        return b.toString();
    }

    /** Every finding, checks or not: what the testcases cannot show (notes, derived values, suppressions). */
    private static String findingsList(ArticleReport r, Category category) {
        StringBuilder b = new StringBuilder();
        b.append(r.summary().gatePassed() ? "gate passed" : "gate failed").append(" (fail on ").append(r.summary().failOn().label()).append("): ")
                .append(MarkdownRenderer.counts(r.summary())).append('\n');
        for (Finding f : r.findings()) {
            if (f.category() != category) continue;
            Evidence at = f.firstLocated();
            b.append(f.severity().label()).append(f.active() ? "" : " (suppressed, " + f.suppression().reason() + ")")
                    .append(' ').append(f.ruleId()).append(' ').append(at == null ? "-" : at.span().line() + ":" + at.span().column())
                    .append(' ').append(f.message()).append('\n');
        }
        return b.toString();
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they become U+FFFD. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            b.appendCodePoint(ok ? cp : 0xFFFD);
        }
        return b.toString();
    }
}
