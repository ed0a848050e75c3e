package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.findings.ArticleReport;
import claimcheck.reference.CorroborationMatrix;
import claimcheck.reference.CorroborationMatrix.Cell;
import claimcheck.reference.CorroborationMatrix.Row;
import claimcheck.reference.CorroborationMatrix.Source;
import claimcheck.reference.CorroborationMatrix.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The claim × source table of report.html and findings.md: shown only with corroboration, escaped, with header cells. */
class CorroborationTableTest {
    private static final String HOSTILE = "<script>alert(1)</script> @octocat | #12";

    private static ArticleReport corroborated() {
        CorroborationMatrix m = new CorroborationMatrix(
                List.of(new Source("outlet-a", HOSTILE), new Source("outlet-b", "B")),
                List.of(new Row("total-since-2025-01-20", "total", "the total " + HOSTILE,
                        List.of(new Cell(Verdict.DISAGREES, "95 (not 92) " + HOSTILE), new Cell(Verdict.NOT_REPORTED, null))),
                        new Row("role-trump", "role", null, List.of(new Cell(Verdict.AGREES, null), new Cell(Verdict.AGREES, null)))));
        return Scenarios.check(Scenarios.SAMPLE).withCorroboration(m);
    }

    @Test
    void htmlHasAnAccessibleEscapedTable() {
        String html = Scenarios.render(new HtmlRenderer(), corroborated());
        String table = html.substring(html.indexOf("<section class=\"corroboration\""), html.indexOf("</section>", html.indexOf("<section class=\"corroboration\"")));
        assertFalse(table.contains("<script>"), table);
        assertTrue(table.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), table);
        assertTrue(table.contains("<caption>"), table);
        assertTrue(table.contains("<th scope=\"col\">Claim</th><th scope=\"col\"><code>outlet-a</code>"), table);
        assertTrue(table.contains("<tr><th scope=\"row\"><code>role-trump</code> (role)</th><td class=\"corroboration-agrees\">agrees</td>"), table);
        assertTrue(table.contains("<td class=\"corroboration-disagrees\">disagrees: 95 (not 92) &lt;script&gt;"), table);
        assertTrue(table.contains("<td class=\"corroboration-not-reported\">not reported</td>"), table);
        // Rows and columns in the model's order: the same bytes every time.
        assertEquals(html, Scenarios.render(new HtmlRenderer(), corroborated()));
        assertTrue(table.indexOf("total-since-2025-01-20") < table.indexOf("role-trump"));
    }

    @Test
    void markdownHasTheSameTableEscaped() {
        String md = Scenarios.render(new MarkdownRenderer(), corroborated());
        assertTrue(md.contains("| Claim | `outlet-a` | `outlet-b` |\n|---|---|---|\n"), md);
        assertTrue(md.contains("| `role-trump` (role) | agrees | agrees |\n"), md);
        String row = md.lines().filter(l -> l.startsWith("| `total-since")).findFirst().orElseThrow();
        assertTrue(row.contains("disagrees: 95 (not 92) &lt;script&gt;alert(1)&lt;/script&gt; `@octocat` \\| `#12` | not reported |"), row);
    }

    @Test
    void noTableWithoutCorroboration() {
        ArticleReport plain = Scenarios.check(Scenarios.SAMPLE);
        assertTrue(plain.corroboration().isEmpty());
        assertFalse(Scenarios.render(new HtmlRenderer(), plain).contains("corroboration"));
        assertFalse(Scenarios.render(new MarkdownRenderer(), plain).contains("Other coverage"));
    }
}
