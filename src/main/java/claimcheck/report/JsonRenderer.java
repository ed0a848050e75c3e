package claimcheck.report;

import claimcheck.JsonLayout;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.Fact;
import claimcheck.facts.Provenance;
import claimcheck.facts.Quantity;
import claimcheck.facts.Span;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Summary;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * findings.json: the report model as data, the source every other format can be rebuilt from.
 * Fields are written in a fixed order with two-space indents and "\n" line ends.
 */
public final class JsonRenderer implements Renderer {
    // Exact decimals keep numbers as written ("50.0" stays 50.0, 29 is not 2.9E+1): precision is meaning here.
    // Deprecated for mappers, which have a feature for it; these nodes are built by hand, without a mapper.
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    @Override public String format() { return "json"; }
    @Override public String fileName() { return "findings.json"; }

    @Override
    public void render(ArticleReport r, ReportOptions options, Writer out) throws IOException {
        JsonLayout.WRITER.writeValue(out, toJson(r));
        out.write('\n');
    }

    public static ObjectNode toJson(ArticleReport r) {
        ObjectNode root = NODES.objectNode();
        root.put("schemaVersion", ArticleReport.SCHEMA_VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", r.tool().name());
        tool.put("version", r.tool().version());

        ObjectNode article = root.putObject("article");
        article.put("id", r.article().id());
        article.put("title", r.article().title());
        article.put("published", r.article().published().toString());
        article.put("text", r.article().text());
        if (r.article().url() != null) article.put("url", r.article().url());

        Summary s = r.summary();
        ObjectNode summary = root.putObject("summary");
        summary.put("facts", s.facts());
        summary.put("checks", s.checks());
        summary.put("passed", s.passed());
        summary.put("failed", s.failed());
        ObjectNode bySeverity = summary.putObject("findings");
        bySeverity.put("error", s.errors());
        bySeverity.put("warning", s.warnings());
        bySeverity.put("info", s.infos());
        summary.put("suppressed", s.suppressed());
        summary.put("gate", s.gatePassed() ? "pass" : "fail");
        summary.put("failOn", s.failOn().label());

        ArrayNode findings = root.putArray("findings");
        for (Finding f : r.findings()) {
            ObjectNode o = findings.addObject();
            o.put("ruleId", f.ruleId());
            o.put("severity", f.severity().label());
            o.put("message", f.message());
            strings(o.putArray("facts"), f.facts());
            ArrayNode evidence = o.putArray("evidence");
            for (Evidence e : f.evidence()) {
                ObjectNode ev = evidence.addObject();
                ev.put("factId", e.factId());
                ev.put("quote", e.quote());
                span(ev, e.span());
            }
            if (f.suppression() == null) o.putNull("suppression");
            else {
                ObjectNode sup = o.putObject("suppression");
                sup.put("kind", f.suppression().kind().label());
                sup.put("justification", f.suppression().justification());
                if (f.suppression().expires() == null) sup.putNull("expires");
                else sup.put("expires", f.suppression().expires().toString());
            }
            ArrayNode derived = o.putArray("derived");
            for (DerivedValue d : f.derived()) {
                ObjectNode dv = derived.addObject();
                dv.put("factId", d.factId());
                dv.put("field", d.field());
                quantity(dv, "value", d.value());
            }
        }

        ArrayNode checks = root.putArray("checks");
        for (Check c : r.checks()) {
            ObjectNode o = checks.addObject();
            o.put("ruleId", c.ruleId());
            o.put("status", c.status().label());
            strings(o.putArray("facts"), c.facts());
            o.put("message", c.message());
        }

        ArrayNode derived = root.putArray("derived");
        for (DerivedValue d : r.derived()) {
            ObjectNode o = derived.addObject();
            o.put("factId", d.factId());
            o.put("field", d.field());
            quantity(o, "value", d.value());
            o.put("ruleId", d.ruleId());
            o.put("reasoning", d.reasoning());
            strings(o.putArray("basis"), d.basis());
        }

        ArrayNode facts = root.putArray("facts");
        for (Fact f : r.facts()) {
            ObjectNode o = facts.addObject();
            o.put("id", f.id());
            o.put("kind", f.kind());
            ArrayNode quotes = o.putArray("quotes");
            for (Provenance p : r.provenance()) {
                if (!p.factId().equals(f.id())) continue;
                ObjectNode q = quotes.addObject();
                q.put("text", p.quote());
                span(q, p.span());
            }
        }
        return root;
    }

    private static void strings(ArrayNode a, List<String> values) { values.forEach(a::add); }

    /** An exact quantity as a number; any other as its text ("about 90", "18 to 36"). */
    private static void quantity(ObjectNode o, String field, Quantity q) {
        if (q.isExact()) o.put(field, q.value());
        else o.put(field, q.toString());
    }

    private static void span(ObjectNode o, Span s) {
        if (s == null) {
            o.putNull("start");
            o.putNull("end");
            o.putNull("line");
            o.putNull("column");
            return;
        }
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("line", s.line());
        o.put("column", s.column());
        o.put("endLine", s.endLine());
        o.put("endColumn", s.endColumn());
    }
}
