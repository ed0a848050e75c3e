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

/**
 * findings.md, fit for a pull-request comment: the verdict, the findings with where they point,
 * the derived values, and the passed checks folded away. Everything from the facts or the article
 * is escaped, so a quote cannot inject Markdown or HTML.
 */
public final class MarkdownRenderer implements Renderer {
    @Override public String format() { return "md"; }
    @Override public String fileName() { return "findings.md"; }

    @Override
    public void render(ArticleReport r, Writer out) throws IOException {
        Summary s = r.summary();
        StringBuilder md = new StringBuilder();
        md.append("# claimcheck: ").append(text(r.article().title())).append("\n\n");
        md.append(s.gatePassed() ? "**Gate passed**" : "**Gate failed**")
                .append(" (fail on ").append(s.failOn().label()).append("): ")
                .append(counts(s)).append(" · ")
                .append(s.checks()).append(" checks, ").append(s.passed()).append(" passed, ").append(s.failed()).append(" failed\n\n");
        md.append("Article `").append(code(r.article().id())).append("`, published ").append(r.article().published())
                .append(", ").append(s.facts()).append(" facts.\n\n");

        md.append("## Findings\n\n");
        if (r.findings().isEmpty()) md.append("No findings.\n\n");
        else {
            md.append("| Severity | Rule | Line:col | Finding |\n|---|---|---|---|\n");
            for (Finding f : r.findings()) {
                Evidence at = f.firstLocated();
                md.append("| ").append(f.severity().label())
                        .append(" | `").append(code(f.ruleId())).append('`')
                        .append(" | ").append(at == null ? "–" : at.span().line() + ":" + at.span().column())
                        .append(" | ").append(text(f.message()))
                        .append(f.suppression() == null ? "" : " *(suppressed, " + f.suppression().kind().label() + ": "
                                + text(f.suppression().justification()) + ")*")
                        .append(" |\n");
            }
            md.append('\n');
        }

        if (!r.derived().isEmpty()) {
            md.append("## Derived values\n\n");
            for (DerivedValue d : r.derived()) {
                md.append("- `").append(code(d.factId())).append('.').append(code(d.field())).append("` = ")
                        .append(text(d.value().toString())).append(": ").append(text(d.reasoning()))
                        .append(" (`").append(code(d.ruleId())).append("`)\n");
            }
            md.append('\n');
        }

        md.append("<details><summary>Checks passed (").append(s.passed()).append(")</summary>\n\n");
        if (s.passed() > 0) {
            md.append("| Rule | Facts | Check |\n|---|---|---|\n");
            for (Check c : r.checks()) {
                if (c.status() != Check.Status.PASS) continue;
                md.append("| `").append(code(c.ruleId())).append("` | ")
                        .append(text(String.join(", ", c.facts()))).append(" | ").append(text(c.message())).append(" |\n");
            }
            md.append('\n');
        }
        md.append("</details>\n");
        out.write(md.toString());
    }

    private static String counts(Summary s) {
        StringBuilder b = new StringBuilder();
        for (Severity v : Severity.values()) {
            if (b.length() > 0) b.append(", ");
            int n = s.count(v);
            b.append(n).append(' ').append(v.label()).append(n == 1 || v == Severity.INFO ? "" : "s");
        }
        if (s.suppressed() > 0) b.append(", ").append(s.suppressed()).append(" suppressed");
        return b.toString();
    }

    /** Text in a table cell or a paragraph: Markdown and HTML specials escaped, lines joined. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '|' -> b.append("\\|");
                case '\r', '\n' -> b.append(' ');
                case '\\', '`', '*', '_', '[', ']', '~' -> b.append('\\').append(c);
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Text inside a code span: only what would end the span or the table cell is replaced. */
    static String code(String s) {
        return s.replace("`", "'").replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }
}
