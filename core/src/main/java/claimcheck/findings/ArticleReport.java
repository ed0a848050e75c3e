package claimcheck.findings;

import claimcheck.facts.Article;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.Fact;
import claimcheck.input.Position;
import claimcheck.facts.Provenance;
import claimcheck.reference.CorroborationMatrix;
import java.util.List;
import java.util.Map;

/**
 * Everything claimcheck concluded about one article, in report order: the model every report
 * format is rendered from (findings.json is its direct serialisation).
 *
 * @param source      the facts file as the user named it
 * @param articleText the article text, for formats that show it
 * @param provenance  where each quoted passage of each fact sits in the text
 * @param factPositions where each fact starts in the facts file (fact id to line and column), for
 *                    formats that point at the facts file when a quote is not in the article
 * @param corroboration what other coverage of the story says of each claim (verify --corroborate); empty without it
 */
public record ArticleReport(Tool tool, String source, Article article, String articleText, List<Fact> facts,
                            List<Provenance> provenance, List<Finding> findings, List<Check> checks,
                            List<DerivedValue> derived, Summary summary, Map<String, Position> factPositions,
                            CorroborationMatrix corroboration) {

    public static final int SCHEMA_VERSION = 1;

    /** The tool that wrote the report. */
    public record Tool(String name, String version) {}

    public ArticleReport {
        facts = List.copyOf(facts);
        provenance = List.copyOf(provenance);
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
        derived = List.copyOf(derived);
        factPositions = factPositions == null ? Map.of() : Map.copyOf(factPositions);
        if (corroboration == null) corroboration = CorroborationMatrix.NONE;
    }

    /** A report without corroboration. */
    public ArticleReport(Tool tool, String source, Article article, String articleText, List<Fact> facts,
                         List<Provenance> provenance, List<Finding> findings, List<Check> checks,
                         List<DerivedValue> derived, Summary summary, Map<String, Position> factPositions) {
        this(tool, source, article, articleText, facts, provenance, findings, checks, derived, summary, factPositions, CorroborationMatrix.NONE);
    }

    /** This report with {@code matrix} as its corroboration. */
    public ArticleReport withCorroboration(CorroborationMatrix matrix) {
        return new ArticleReport(tool, source, article, articleText, facts, provenance, findings, checks, derived, summary, factPositions, matrix);
    }

    /** A report without fact positions in the facts file. */
    public ArticleReport(Tool tool, String source, Article article, String articleText, List<Fact> facts,
                         List<Provenance> provenance, List<Finding> findings, List<Check> checks,
                         List<DerivedValue> derived, Summary summary) {
        this(tool, source, article, articleText, facts, provenance, findings, checks, derived, summary, Map.of());
    }

    /** The finding a failed check recorded (linked when the rule recorded both), or null for a check that passed. */
    public Finding findingOf(Check c) {
        if (c.status() != Check.Status.FAIL) return null;
        for (Finding f : findings) if (f.check() == c) return f;
        return null;
    }

    /**
     * {@link #findingOf} for every failed check at once, by identity: a report that asks for each check's
     * finding goes through the findings once rather than once per check.
     */
    public Map<Check, Finding> findingsOfChecks() {
        Map<Check, Finding> of = new java.util.IdentityHashMap<>();
        for (Finding f : findings)
            if (f.check() != null && f.check().status() == Check.Status.FAIL) of.putIfAbsent(f.check(), f);
        return of;
    }
}
