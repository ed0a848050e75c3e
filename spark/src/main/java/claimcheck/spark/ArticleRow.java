package claimcheck.spark;

import claimcheck.Deadline;
import claimcheck.InputError;
import claimcheck.Verification;
import claimcheck.baseline.Baseline;
import claimcheck.baseline.BaselineEntry;
import claimcheck.engine.RuleRunException;
import claimcheck.facts.FactsFile;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Severity;
import claimcheck.report.JsonRenderer;
import claimcheck.report.ReportOptions;
import claimcheck.report.ReportWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scala.jdk.javaapi.CollectionConverters;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One article's row of the job's output: what verify would write as its findings.json, or the one-line
 * message verify prints when the facts file is bad (status input-error, exit 2) or a rule fails or loops
 * (status rule-error, exit 3). The row depends on the input only, so a retried task writes the same rows.
 */
final class ArticleRow {
    private ArticleRow() {}

    static final String OK = "ok", INPUT_ERROR = "input-error", RULE_ERROR = "rule-error";

    static final StructType SCHEMA = new StructType()
            .add("input", DataTypes.LongType, false)
            .add("source", DataTypes.StringType, false)
            .add("articleId", DataTypes.StringType, true)
            .add("status", DataTypes.StringType, false)
            .add("gate", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("findings", DataTypes.createArrayType(DataTypes.StringType), false)
            .add("findingsJson", DataTypes.StringType, true)
            .add("idLine", DataTypes.IntegerType, false)     // where article.id stands, for a duplicate id's message
            .add("idColumn", DataTypes.IntegerType, false)
            // verify's report files (file name to text) when formats are asked for; written to OUT/reports/, not in the rows' copies
            .add("reports", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true)
            // with --write-baseline, the article's entries of the recorded baseline; gathered by the driver, not in the rows' copies
            .add("recorded", DataTypes.createArrayType(Entries.SCHEMA), true);

    /** The columns of articles.jsonl and articles.parquet. */
    static final String[] PUBLISHED = {"input", "source", "articleId", "status", "gate", "message", "findings", "findingsJson", "idLine", "idColumn"};

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Loads, checks and renders one input: the facts file {@code source}, named as the CLI names it, or, when
     * {@code line} is above 0, line {@code line} of the JSON Lines file {@code source} (named {@code source:line},
     * as verify --stdin names {@code <stdin>:line}). {@code writer}, when not null, renders verify's report files.
     */
    static Row of(Verification v, ReportWriter writer, JobSpec spec, long input, String source, int line, long offset, int length) {
        String name = line > 0 ? source + ":" + line : source;
        FactsFile file;
        long loadStarted = System.nanoTime();
        try {
            file = line > 0 ? v.loadLine(source, line, lineBytes(source, line, offset, length)) : v.load(Path.of(source));
        } catch (InputError e) {
            return RowFactory.create(input, name, null, INPUT_ERROR, null, e.oneLine(), new String[0], null, 0, 0, null, null);
        }
        String id = file.article().id();
        int idLine = file.articleIdPosition().line(), idColumn = file.articleIdPosition().column();
        // As verify counts an article's time limit: from the start of its loading, through the rules, to its rendering.
        Verification.Loaded loaded = new Verification.Loaded(List.of(file), List.of(),
                Map.of(file.name(), Duration.ofNanos(System.nanoTime() - loadStarted)));
        ArticleReport report;
        Verification.Outcome outcome;
        Row[] recorded = null;
        try {
            if (spec.recording() == null) {
                outcome = v.verifyAll(loaded);
            } else {
                // verify --write-baseline, for one article: its findings recorded on its part of the baseline, then judged by it.
                Baseline on = Executors.recordedOn(spec).getOrDefault(id, Baseline.EMPTY);
                outcome = v.verifyAndRecord(loaded, on, spec.recording().justification());
                if (outcome.failures().isEmpty()) recorded = Entries.rows(outcome.recorded().entries());
            }
            if (!outcome.failures().isEmpty()) throw outcome.failures().get(0).cause();
            report = outcome.reports().get(0);
        } catch (RuleRunException e) {
            return failed(input, name, id, e.getMessage(), idLine, idColumn, null);
        } catch (InputError e) {
            // An acceptance naming no loaded rule: verify's line; the row of a bad input, not a failed task.
            return RowFactory.create(input, name, id, INPUT_ERROR, null, e.oneLine(), new String[0], null, idLine, idColumn, null, null);
        }
        Map<String, String> reports = null;
        if (writer != null) {
            try {
                reports = writer.render(report, outcome.remaining(report, v.settings().timeLimit()));
            } catch (ReportWriter.TooLarge e) {
                // as verify: exit 3, the article's reports left out, its findings recorded all the same
                return failed(input, name, id, e.getMessage(), idLine, idColumn, recorded);
            } catch (Deadline.Expired e) {
                return failed(input, name, id, Deadline.after(v.settings().timeLimit()).exceeded("rendering", report.source()), idLine, idColumn, recorded);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String json = findingsJson(v, report);
        return RowFactory.create(input, name, id, OK, report.summary().gatePassed() ? "pass" : "fail", null, findings(json), json,
                idLine, idColumn, reports == null ? null : CollectionConverters.asScala(reports), recorded);
    }

    /** Line {@code line} of the JSON Lines file {@code source}, read where the driver found it. */
    private static byte[] lineBytes(String source, int line, long offset, int length) {
        try {
            return JsonLineIndex.read(Path.of(source), offset, length);
        } catch (IOException e) {
            throw new InputError(source, line, 0, null, "cannot be read: " + e.getMessage());
        }
    }

    private static Row failed(long input, String name, String id, String message, int idLine, int idColumn, Row[] recorded) {
        return RowFactory.create(input, name, id, RULE_ERROR, null, claimcheck.Printable.line("claimcheck: " + message), new String[0], null,
                idLine, idColumn, null, recorded);
    }

    /** Baseline entries as rows, from an executor to the driver. */
    static final class Entries {
        private Entries() {}

        static final StructType SCHEMA = new StructType()
                .add("article", DataTypes.StringType, false).add("rule", DataTypes.StringType, false)
                .add("facts", DataTypes.createArrayType(DataTypes.StringType), false)
                .add("quotes", DataTypes.createArrayType(DataTypes.StringType), false)
                .add("severity", DataTypes.StringType, true).add("message", DataTypes.StringType, true)
                .add("justification", DataTypes.StringType, false).add("expires", DataTypes.StringType, true);

        static Row[] rows(List<BaselineEntry> entries) {
            return entries.stream().map(e -> RowFactory.create(e.article(), e.rule(), e.facts().toArray(new String[0]), e.quotes().toArray(new String[0]),
                    e.severity() == null ? null : e.severity().name(), e.message(), e.justification(),
                    e.expires() == null ? null : e.expires().toString())).toArray(Row[]::new);
        }

        static BaselineEntry entry(Row r) {
            return new BaselineEntry(r.getString(0), r.getString(1), r.<String>getList(2), r.<String>getList(3),
                    r.isNullAt(4) ? null : Severity.valueOf(r.getString(4)), r.getString(5), r.getString(6),
                    r.isNullAt(7) ? null : LocalDate.parse(r.getString(7)), null);
        }
    }

    /** findings.json as verify writes it, through the same renderer. */
    static String findingsJson(Verification v, ArticleReport report) {
        StringWriter out = new StringWriter();
        try {
            new JsonRenderer().render(report, ReportOptions.of(v.rules().rules()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** "rule severity" of each active finding, for the summary's counts. */
    private static String[] findings(String json) {
        List<String> found = new ArrayList<>();
        try {
            for (JsonNode f : JSON.readTree(json).path("findings")) {
                if (!f.path("suppression").isMissingNode() && !f.path("suppression").isNull()) continue;
                found.add(f.path("ruleId").asText() + " " + f.path("severity").asText());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found.toArray(new String[0]);
    }
}
