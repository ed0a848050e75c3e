package claimcheck.report;

import claimcheck.facts.Provenance;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Category;
import claimcheck.findings.Check;
import claimcheck.findings.Finding;
import claimcheck.input.Position;
import java.util.List;

/**
 * What the human formats (terminal, findings.md, report.html) show apart from the article's findings:
 * the facts file's own problems (rules {@code facts/...}), and quote location as one line per article
 * ("26 of 26 quotes found") rather than a check per quote. findings.json keeps every check.
 */
public final class FactsFileView {
    private FactsFileView() {}

    /** The rule whose checks are folded into the quotes line. */
    public static final String QUOTE_RULE = "facts/quote-found";

    public static List<Finding> articleFindings(ArticleReport r) {
        return r.findings().stream().filter(f -> f.category() == Category.ARTICLE).toList();
    }

    public static List<Finding> factsFileFindings(ArticleReport r) {
        return r.findings().stream().filter(f -> f.category() == Category.FACTS_FILE).toList();
    }

    /** The checks shown one by one: all but the quotes found, which {@link #quotesLine} sums up; a quote not found stays listed. */
    public static List<Check> listedChecks(List<Check> checks) {
        return checks.stream().filter(c -> !quoteFound(c)).toList();
    }

    /** The quotes found, for a folded list. */
    public static List<Check> quotesFound(List<Check> checks) {
        return checks.stream().filter(FactsFileView::quoteFound).toList();
    }

    private static boolean quoteFound(Check c) { return c.ruleId().equals(QUOTE_RULE) && c.status() == Check.Status.PASS; }

    /** "26 of 26 found", or "24 of 26 found (2 not found)": shown after "Quotes:". */
    public static String quotesLine(ArticleReport r) {
        int all = r.provenance().size();
        int found = (int) r.provenance().stream().filter(Provenance::found).count();
        return found + " of " + all + " found" + (found < all ? " (" + (all - found) + " not found)" : "");
    }

    /** Where a facts-file finding points: its first fact's line:column in the facts file, or "–" when unknown. */
    public static String factsFilePlace(ArticleReport r, Finding f, String none) {
        Position p = f.facts().isEmpty() ? null : r.factPositions().get(f.facts().get(0));
        return p == null || p.line() == 0 ? none : p.line() + ":" + p.column();
    }
}
