package claimcheck.report;

import claimcheck.facts.Provenance;
import claimcheck.facts.Quantity;
import claimcheck.findings.ArticleReport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * findings.json as data: its fields, nesting and order, as records that Jackson writes in the
 * order they are declared. A field that is null is written as null unless it says it is left out.
 */
public record FindingsJson(int schemaVersion, Tool tool, Article article, Summary summary, List<Finding> findings,
                           List<Check> checks, List<Derived> derived, List<Fact> facts) {

    public record Tool(String name, String version) {}

    /** {@code url} is left out when the facts file gives none. */
    public record Article(String id, String title, String published, String text,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String url) {}

    /** {@code findings} counts the active findings by severity; gate is pass or fail. */
    public record Summary(int facts, int checks, int passed, int failed, BySeverity findings, int suppressed,
                          String gate, String failOn) {}

    public record BySeverity(int error, int warning, int info) {}

    /**
     * {@code category} is article or facts-file (a problem of the facts file, not a claim of the article);
     * {@code claim} names the facts under review, the others were checked against;
     * {@code suppression} is null for an active finding.
     */
    public record Finding(String ruleId, String category, String severity, String message, List<String> facts, List<String> claim, List<Evidence> evidence,
                          Suppression suppression, List<FindingDerived> derived) {}

    public record Evidence(String factId, String quote, @JsonUnwrapped Place place) {}

    /** kind: baseline or accepted; {@code expires} is null when the suppression does not expire. */
    public record Suppression(String kind, String justification, String expires) {}

    public record FindingDerived(String factId, String field, Object value) {}

    public record Check(String ruleId, String category, String status, List<String> facts, List<String> claim, String message) {}

    public record Derived(String factId, String field, Object value, String ruleId, String reasoning, List<String> basis) {}

    public record Fact(String id, String kind, List<Quote> quotes) {}

    public record Quote(String text, @JsonUnwrapped Place place) {}

    /**
     * Where a quote is in the article text: offsets in code points, 1-based lines and columns. A quote
     * not found in the article has start, end, line and column null and no endLine or endColumn.
     */
    public record Place(Integer start, Integer end, Integer line, Integer column,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer endLine,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Integer endColumn) {
        static final Place NOT_FOUND = new Place(null, null, null, null, null, null);

        static Place of(claimcheck.facts.Span s) {
            return s == null ? NOT_FOUND : new Place(s.start(), s.end(), s.line(), s.column(), s.endLine(), s.endColumn());
        }
    }

    /** The report as findings.json writes it. */
    public static FindingsJson of(ArticleReport r) {
        claimcheck.findings.Summary s = r.summary();
        Summary summary = new Summary(s.facts(), s.checks(), s.passed(), s.failed(), new BySeverity(s.errors(), s.warnings(), s.infos()),
                s.suppressed(), s.gatePassed() ? "pass" : "fail", s.failOn().label());
        claimcheck.facts.Article a = r.article();
        return new FindingsJson(ArticleReport.SCHEMA_VERSION, new Tool(r.tool().name(), r.tool().version()),
                new Article(a.id(), a.title(), a.published().toString(), a.text(), a.url()), summary,
                r.findings().stream().map(FindingsJson::finding).toList(),
                r.checks().stream().map(c -> new Check(c.ruleId(), c.category().label(), c.status().label(), c.facts(), c.claim(), c.message())).toList(),
                r.derived().stream().map(d -> new Derived(d.factId(), d.field(), value(d.value()), d.ruleId(), d.reasoning(), d.basis())).toList(),
                facts(r));
    }

    /** Each fact with its quotes, in the report's order: the provenance grouped by fact once, not searched per fact. */
    private static List<Fact> facts(ArticleReport r) {
        Map<String, List<Quote>> quotes = new HashMap<>();
        for (Provenance p : r.provenance()) quotes.computeIfAbsent(p.factId(), k -> new ArrayList<>()).add(new Quote(p.quote(), Place.of(p.span())));
        List<Fact> facts = new ArrayList<>(r.facts().size());
        for (claimcheck.facts.Fact f : r.facts()) facts.add(new Fact(f.id(), f.kind(), quotes.getOrDefault(f.id(), List.of())));
        return facts;
    }

    private static Finding finding(claimcheck.findings.Finding f) {
        claimcheck.findings.Suppression sup = f.suppression();
        return new Finding(f.ruleId(), f.category().label(), f.severity().label(), f.message(), f.facts(), f.claim(),
                f.evidence().stream().map(e -> new Evidence(e.factId(), e.quote(), Place.of(e.span()))).toList(),
                sup == null ? null : new Suppression(sup.kind().label(), sup.justification(), sup.expires() == null ? null : sup.expires().toString()),
                f.derived().stream().map(d -> new FindingDerived(d.factId(), d.field(), value(d.value()))).toList());
    }

    /**
     * An exact quantity as a number, written as the facts file wrote it (a BigDecimal keeps its scale:
     * 50.0 stays 50.0, 29 is not 2.9E+1); any other as its text ("about 90", "18 to 36").
     */
    private static Object value(Quantity q) { return q.isExact() ? q.value() : q.toString(); }
}
