package claimcheck.findings;

import claimcheck.facts.Article;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.Fact;
import claimcheck.facts.Provenance;
import java.util.List;

/**
 * Everything claimcheck concluded about one article, in report order: the model every report
 * format is rendered from (findings.json is its direct serialisation).
 *
 * @param source      the facts file as the user named it
 * @param articleText the article text, for formats that show it
 * @param provenance  where each quoted passage of each fact sits in the text
 */
public record ArticleReport(Tool tool, String source, Article article, String articleText, List<Fact> facts,
                            List<Provenance> provenance, List<Finding> findings, List<Check> checks,
                            List<DerivedValue> derived, Summary summary) {

    public static final int SCHEMA_VERSION = 1;

    /** The tool that wrote the report. */
    public record Tool(String name, String version) {}

    public ArticleReport {
        facts = List.copyOf(facts);
        provenance = List.copyOf(provenance);
        findings = List.copyOf(findings);
        checks = List.copyOf(checks);
        derived = List.copyOf(derived);
    }
}
