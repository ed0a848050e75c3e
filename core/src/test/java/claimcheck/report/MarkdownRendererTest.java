package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.findings.ArticleReport;
import claimcheck.findings.Suppression;
import org.junit.jupiter.api.Test;

/** findings.md through the template: Markdown and HTML in the facts stay text, and tables keep their columns. */
class MarkdownRendererTest {
    @Test
    void hostileStringsAreEscaped() {
        String md = Scenarios.render(new MarkdownRenderer(), Scenarios.check(Scenarios.HOSTILE));
        assertFalse(md.contains("<script"), md);
        assertFalse(md.contains("<img"), md);
        assertFalse(md.contains("<b "), md);
        assertTrue(md.startsWith("# claimcheck: Hostile &lt;script&gt;window.\\_\\_pwned=6&lt;/script&gt;"), md);
        // Every table row has exactly its columns: a | in a value is escaped.
        for (String line : md.split("\n")) {
            if (!line.startsWith("| ")) continue;
            int cells = line.replace("\\|", "").split("\\|", -1).length - 2;
            assertTrue(cells == 4 || cells == 3, cells + " cells: " + line);
        }
        assertTrue(md.contains("\\[link\\](javascript:window.\\_\\_pwned=15)"), "no link is formed: " + md.lines().findFirst().orElse(""));
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(javascript").matcher(md).find(), "no unescaped ](: no link is formed");
    }

    @Test
    void suppressedFindingsAreMarkedWithTheirJustification() {
        ArticleReport r = Scenarios.suppress(Scenarios.check(Scenarios.SAMPLE), f -> f.ruleId().equals("core/role-status"),
                new Suppression(Suppression.Kind.ACCEPTED, "style guide, section 4", null));
        String md = Scenarios.render(new MarkdownRenderer(), r);
        assertTrue(md.contains("**Gate passed** (fail on error): 0 errors, 3 warnings, 2 info (1 suppressed)"), md);
        assertTrue(md.contains("| error (suppressed) | `core/role-status` | 1:240 | "), md);
        assertTrue(md.contains(" — suppressed, accepted: style guide, section 4 |"), md);
    }

    @Test
    void noFindings() {
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        ArticleReport clean = new ArticleReport(r.tool(), r.source(), r.article(), r.articleText(), r.facts(), r.provenance(),
                java.util.List.of(), r.checks(), java.util.List.of(), claimcheck.findings.Summary.of(r.facts().size(), r.checks(),
                java.util.List.of(), r.summary().failOn()), r.factPositions());
        String md = Scenarios.render(new MarkdownRenderer(), clean);
        assertTrue(md.contains("## Findings\n\nNo findings.\n\n## Facts file\n\nProblems of the facts file"), md);
        assertTrue(md.contains("Quotes: 23 of 23 found.\n\n<details>"), md);
        assertEquals(1, md.split("<details>", -1).length - 1);
    }
}
