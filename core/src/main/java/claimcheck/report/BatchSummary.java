package claimcheck.report;

import claimcheck.JsonLayout;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Summary;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a run over many articles found, one row per facts file in input order, and the totals: written as
 * {@code summary.json} (through {@link JsonLayout}) and {@code summary.md} (through the summary.md template)
 * beside the articles' report folders. Same input, same bytes: nothing here depends on time or threads.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchSummary(int schemaVersion, Totals totals, List<Row> articles) {
    public static final int SCHEMA_VERSION = 1;
    public static final String JSON_FILE = "summary.json";
    public static final String MARKDOWN_FILE = "summary.md";

    public BatchSummary {
        articles = List.copyOf(articles);
    }

    /** The summary of {@code rows}, in the order given, with their totals. */
    public static BatchSummary of(List<Row> rows) {
        int passed = 0, failed = 0, notChecked = 0;
        int[] counts = new int[4];
        for (Row r : rows) {
            switch (r.status()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                default -> notChecked++;
            }
            if (r.findings() != null) {
                counts[0] += r.findings().error();
                counts[1] += r.findings().warning();
                counts[2] += r.findings().info();
                counts[3] += r.findings().suppressed();
            }
        }
        return new BatchSummary(SCHEMA_VERSION, new Totals(rows.size(), passed, failed, notChecked,
                new Counts(counts[0], counts[1], counts[2], counts[3])), rows);
    }

    /** How an article came out. An article that was checked but whose reports could not be written counts as not checked. */
    public enum Status {
        PASSED("passed"), FAILED("failed"), INPUT_ERROR("input-error"), RULE_FAILURE("rule-failure"), REPORT_FAILURE("report-failure");

        private final String label;

        Status(String label) { this.label = label; }

        @com.fasterxml.jackson.annotation.JsonValue
        public String label() { return label; }
    }

    /**
     * One facts file: its article id (null when it could not be loaded), the file as named, how it came
     * out, its active findings by severity and the worst of them, or the problem that stopped it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Row(String article, String facts, Status status, Counts findings, Worst worst, String problem) {
        public Row {
            // The file as a published report shows it (ShownPath), in the problem's leading name too.
            String shown = ShownPath.of(facts);
            if (problem != null && facts != null && !shown.equals(facts) && problem.startsWith(facts + ":"))
                problem = shown + problem.substring(facts.length());
            facts = shown;
        }

        /** An article checked and written: passed or failed its gate. */
        public static Row checked(ArticleReport r) {
            Summary s = r.summary();
            return new Row(r.article().id(), r.source(), s.gatePassed() ? Status.PASSED : Status.FAILED, Counts.of(s), Worst.of(r), null);
        }

        /** A facts file that could not be loaded; {@code problem} is its one located line. */
        public static Row inputError(String facts, String problem) {
            return new Row(null, facts, Status.INPUT_ERROR, null, null, problem);
        }

        /** An article whose rules failed or looped, or that ran out of time. */
        public static Row ruleFailure(String article, String facts, String problem) {
            return new Row(article, facts, Status.RULE_FAILURE, null, null, problem);
        }

        /** An article checked whose reports could not be written (too large, out of time). */
        public static Row reportFailure(ArticleReport r, String problem) {
            return new Row(r.article().id(), r.source(), Status.REPORT_FAILURE, Counts.of(r.summary()), Worst.of(r), problem);
        }

        /** Whether this row is worth a line in a batch's printed summary: the gate failed, or it was not checked. */
        public boolean notable() { return status != Status.PASSED; }
    }

    /** Active findings by severity, and the suppressed ones. */
    public record Counts(int error, int warning, int info, int suppressed) {
        static Counts of(Summary s) { return new Counts(s.errors(), s.warnings(), s.infos(), s.suppressed()); }

        public int total() { return error + warning + info; }

        /** "1 error, 3 warnings, 2 info" and, when some are held back, " (2 suppressed)". */
        public String words() {
            String w = String.format(Locale.ROOT, "%,d error%s, %,d warning%s, %,d info", error, error == 1 ? "" : "s", warning, warning == 1 ? "" : "s", info);
            return suppressed == 0 ? w : w + String.format(Locale.ROOT, " (%,d suppressed)", suppressed);
        }
    }

    /** The first active finding of the most severe kind an article has, and where it points (line and column 0: nowhere). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Worst(String severity, String rule, String message, int line, int column) {
        static Worst of(ArticleReport r) {
            Finding worst = null;
            for (Finding f : r.findings()) {
                if (f.active() && (worst == null || f.severity().compareTo(worst.severity()) < 0)) worst = f;
            }
            if (worst == null) return null;
            Evidence at = worst.firstLocated();
            return new Worst(worst.severity().label(), worst.ruleId(), worst.message(),
                    at == null ? 0 : at.span().line(), at == null ? 0 : at.span().column());
        }

        /** "1:240", or "-" when the finding points nowhere in the text. */
        public String where() { return line == 0 ? "-" : line + ":" + column; }
    }

    /** How many articles, how they came out, and their active findings. */
    public record Totals(int articles, int passed, int failed, int notChecked, Counts findings) {
        /** "2,000 articles: 1,950 passed, 45 failed the gate, 5 could not be checked; 12,345 findings (…)". */
        public String words() {
            return String.format(Locale.ROOT, "%,d article%s: %,d passed, %,d failed the gate, %,d could not be checked; %,d finding%s (%s)",
                    articles, articles == 1 ? "" : "s", passed, failed, notChecked, findings.total(), findings.total() == 1 ? "" : "s", findings.words());
        }
    }

    /** summary.json: this record as JSON, in the one layout of every JSON file claimcheck writes. */
    public String toJson() {
        try {
            return JsonLayout.WRITER.writeValueAsString(this) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a batch summary is plain records", e);
        }
    }

    /** summary.md: the totals and a table of the articles, every value escaped for Markdown. */
    public String toMarkdown() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("totals", totals);
        view.put("articles", articles);
        StringWriter out = new StringWriter();
        try {
            Templates.render(Templates.MARKDOWN, "summary.md.peb", view, out);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Both files, name to text, in the order they are written. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(JSON_FILE, toJson());
        files.put(MARKDOWN_FILE, toMarkdown());
        return files;
    }
}
