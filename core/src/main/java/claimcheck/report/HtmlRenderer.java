package claimcheck.report;

import claimcheck.facts.DerivedValue;
import claimcheck.facts.Provenance;
import claimcheck.facts.Span;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Summary;
import claimcheck.rules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * report.html, the editorial report: one self-contained page (its style, script and charts inline;
 * a Content-Security-Policy that allows only that inline style and script, by hash, and no request
 * of any kind). It shows the verdict, the article with every quote highlighted by its worst finding,
 * the findings (click a passage to see its findings, a finding to go to its passage), the checks,
 * the derived values with their arithmetic and a chart per total. Every value from the facts or the
 * article goes through the template's HTML escaping.
 */
public final class HtmlRenderer implements Renderer {
    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    /** Nothing but the page's own inline style and script; no fetch, image, font, frame, form or base. */
    static final String CSP = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
            + "'; img-src 'none'; font-src 'none'; connect-src 'none'; media-src 'none'; object-src 'none'; frame-src 'none'; "
            + "worker-src 'none'; manifest-src 'none'; base-uri 'none'; form-action 'none'";

    @Override public String format() { return "html"; }
    @Override public String fileName() { return "report.html"; }

    /** A count for the banner: "3 warnings". */
    public record Count(String severity, int count) {
        public String label() { return count == 1 || severity.equals("info") ? severity : severity + "s"; }
    }

    public record EvidenceView(String factId, String quote, String where, String quoteId) {}

    public record FindingView(String id, String severity, String ruleId, String ruleTitle, String message, String where,
                              String target, String quotes, List<EvidenceView> evidence, String suppression) {
        public boolean suppressed() { return suppression != null; }
    }

    /** result: pass, fail (at or above --fail-on), below (failed, below --fail-on) or suppressed. */
    public record CheckView(String result, String severity, String ruleId, String facts, String message) {}

    public record DerivedView(String target, String value, String reasoning, String ruleId, String basis) {}

    @Override
    public void render(ArticleReport r, ReportOptions options, Writer out) throws IOException {
        Map<Provenance, String> quoteIds = new HashMap<>();
        for (int i = 0; i < r.provenance().size(); i++) quoteIds.put(r.provenance().get(i), "q" + (i + 1));
        Map<Finding, String> findingIds = new HashMap<>();
        for (int i = 0; i < r.findings().size(); i++) findingIds.put(r.findings().get(i), "f" + (i + 1));

        Map<Passage, String> quoteAt = quotesAt(quoteIds);
        List<FindingView> findings = new ArrayList<>();
        for (Finding f : FactsFileView.articleFindings(r)) findings.add(view(r, f, findingIds.get(f), quoteAt, options));
        // The facts file's problems, apart: they point at the facts file, not at a passage of the article.
        List<FindingView> factsFile = new ArrayList<>();
        for (Finding f : FactsFileView.factsFileFindings(r)) {
            FindingView v = view(r, f, findingIds.get(f), quoteAt, options);
            factsFile.add(new FindingView(v.id(), v.severity(), v.ruleId(), v.ruleTitle(), v.message(),
                    FactsFileView.factsFilePlace(r, f, "–"), null, v.quotes(), v.evidence(), v.suppression()));
        }

        List<CheckView> checks = checkViews(r, FactsFileView.listedChecks(r.checks()));
        List<CheckView> quotesFound = checkViews(r, FactsFileView.quotesFound(r.checks()));

        List<DerivedView> derived = new ArrayList<>();
        for (DerivedValue d : r.derived())
            derived.add(new DerivedView(d.factId() + "." + d.field(), d.value().toString(), d.reasoning(), d.ruleId(), String.join(", ", d.basis())));

        Summary s = r.summary();
        List<Count> counts = new ArrayList<>();
        for (Severity v : Severity.values()) counts.add(new Count(v.label(), s.count(v)));

        Map<String, Object> view = new LinkedHashMap<>();
        view.put("csp", CSP);
        view.put("style", STYLE);
        view.put("script", SCRIPT);
        view.put("tool", r.tool().name() + " " + r.tool().version());
        view.put("article", r.article());
        view.put("articleUrl", options.articleUrl() != null ? options.articleUrl() : r.article().url());
        view.put("source", ShownPath.of(r.source()));
        view.put("summary", s);
        view.put("counts", counts);
        view.put("runs", ArticleMarkup.runs(r, quoteIds, findingIds));
        view.put("findings", findings);
        view.put("factsFile", factsFile);
        view.put("quotesLine", FactsFileView.quotesLine(r));
        view.put("checks", checks);
        view.put("quotesFound", quotesFound);
        view.put("derived", derived);
        view.put("charts", TotalChart.of(r));
        view.put("corroboration", r.corroboration());
        Templates.render(Templates.HTML, "report.html.peb", view, out);
    }

    private static List<CheckView> checkViews(ArticleReport r, List<Check> of) {
        List<CheckView> checks = new ArrayList<>();
        Map<Check, Finding> findingOf = r.findingsOfChecks();
        for (Check c : of) {
            Finding f = findingOf.get(c);
            String result = c.status() == Check.Status.PASS ? "pass"
                    : f == null || (f.active() && r.summary().failOn().fails(f.severity())) ? "fail"
                    : f.active() ? "below" : "suppressed";
            checks.add(new CheckView(result, f == null ? "" : f.severity().label(), c.ruleId(), String.join(", ", c.facts()), c.message()));
        }
        return checks;
    }

    /** A fact's quote at one place in the article. */
    private record Passage(String factId, Span span) {}

    /**
     * The element id of the quote at each passage. Where a fact quotes the same place twice, the id the quotes' map
     * gives last, as when each finding's evidence went through the whole map.
     */
    private static Map<Passage, String> quotesAt(Map<Provenance, String> quoteIds) {
        Map<Passage, String> at = new HashMap<>();
        for (Map.Entry<Provenance, String> p : quoteIds.entrySet())
            if (p.getKey().span() != null) at.put(new Passage(p.getKey().factId(), p.getKey().span()), p.getValue());
        return at;
    }

    private static FindingView view(ArticleReport r, Finding f, String id, Map<Passage, String> quoteAt, ReportOptions options) {
        List<EvidenceView> evidence = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            String q = e.span() == null ? null : quoteAt.get(new Passage(e.factId(), e.span()));
            if (q != null && !quotes.contains(q)) quotes.add(q);
            evidence.add(new EvidenceView(e.factId(), e.quote(), e.span() == null ? "not found" : e.span().line() + ":" + e.span().column(), q));
        }
        Evidence at = f.firstLocated();
        String target = at == null ? null : evidence.get(f.evidence().indexOf(at)).quoteId();
        RuleInfo info = options.rule(f.ruleId());
        String suppression = f.active() ? null : f.suppression().reasonUntil();
        return new FindingView(id, f.severity().label(), f.ruleId(), info == null ? "" : info.title(), f.message(),
                at == null ? "–" : at.span().line() + ":" + at.span().column(), target, String.join(" ", quotes), evidence, suppression);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream("/claimcheck/templates/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSP source expression for an inline element's exact text. */
    static String sha256(String text) {
        try {
            return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
