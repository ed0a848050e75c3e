package claimcheck.report;

import claimcheck.facts.DerivedValue;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Summary;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * findings.md, fit for a pull-request comment: the verdict, the findings with where they point,
 * the derived values, and the passed checks folded away. Written through the findings.md template,
 * whose every value is escaped for Markdown, so a quote cannot inject Markdown or HTML.
 */
public final class MarkdownRenderer implements Renderer {
    @Override public String format() { return "md"; }
    @Override public String fileName() { return "findings.md"; }

    /** A findings table row. {@code suppression} is {@link claimcheck.findings.Suppression#reasonUntil()}, or null for an active finding. */
    public record Row(String severity, String ruleId, String where, String message, String suppression) {}

    @Override
    public void render(ArticleReport r, ReportOptions options, Writer out) throws IOException {
        Summary s = r.summary();
        List<Row> rows = new ArrayList<>();
        for (Finding f : FactsFileView.articleFindings(r)) {
            Evidence at = f.firstLocated();
            rows.add(new Row(f.severity().label(), f.ruleId(), at == null ? "–" : at.span().line() + ":" + at.span().column(),
                    f.message(), f.active() ? null : f.suppression().reasonUntil()));
        }
        // The facts file's problems, apart, at their fact's line:column in the facts file.
        List<Row> factsFile = new ArrayList<>();
        for (Finding f : FactsFileView.factsFileFindings(r))
            factsFile.add(new Row(f.severity().label(), f.ruleId(), FactsFileView.factsFilePlace(r, f, "–"),
                    f.message(), f.active() ? null : f.suppression().reasonUntil()));
        // Passed checks, folded: the article's, then the quotes found, which the facts file section sums up in one line.
        List<Check> passed = new ArrayList<>(FactsFileView.listedChecks(r.checks()).stream().filter(c -> c.status() == Check.Status.PASS).toList());
        passed.addAll(FactsFileView.quotesFound(r.checks()));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("article", r.article());
        view.put("summary", s);
        view.put("counts", counts(s));
        view.put("findings", rows);
        view.put("derived", r.derived());
        view.put("factsFile", factsFile);
        view.put("source", ShownPath.of(r.source()));
        view.put("quotesLine", FactsFileView.quotesLine(r));
        view.put("passed", passed);
        view.put("corroboration", r.corroboration());
        view.put("tool", r.tool().name() + " " + r.tool().version());
        Templates.render(Templates.MARKDOWN, "findings.md.peb", view, out);
    }

    /** "1 error, 3 warnings, 2 info" and, when some are held back, "· 2 suppressed". */
    static String counts(Summary s) {
        StringBuilder b = new StringBuilder();
        for (Severity v : Severity.values()) {
            if (b.length() > 0) b.append(", ");
            int n = s.count(v);
            b.append(n).append(' ').append(v.label()).append(n == 1 || v == Severity.INFO ? "" : "s");
        }
        if (s.suppressed() > 0) b.append(" (").append(s.suppressed()).append(" suppressed)");
        return b.toString();
    }

}
