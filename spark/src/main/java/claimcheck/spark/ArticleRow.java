package claimcheck.spark;

import claimcheck.InputError;
import claimcheck.Verification;
import claimcheck.engine.RuleRunException;
import claimcheck.facts.FactsFile;
import claimcheck.findings.ArticleReport;
import claimcheck.report.JsonRenderer;
import claimcheck.report.ReportOptions;
import claimcheck.report.ReportWriter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
            .add("reports", DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true);

    /** The columns of articles.jsonl and articles.parquet. */
    static final String[] PUBLISHED = {"input", "source", "articleId", "status", "gate", "message", "findings", "findingsJson", "idLine", "idColumn"};

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Loads, checks and renders one input: the facts file {@code source}, named as the CLI names it, or, when
     * {@code line} is above 0, line {@code line} of the JSON Lines file {@code source} (named {@code source:line},
     * as verify --stdin names {@code <stdin>:line}). {@code writer}, when not null, renders verify's report files.
     */
    static Row of(Verification v, ReportWriter writer, long input, String source, int line, byte[] content) {
        String name = line > 0 ? source + ":" + line : source;
        FactsFile file;
        try {
            file = line > 0 ? v.loadLine(source, line, content) : v.load(Path.of(source));
        } catch (InputError e) {
            return RowFactory.create(input, name, null, INPUT_ERROR, null, e.oneLine(), new String[0], null, 0, 0, null);
        }
        String id = file.article().id();
        int idLine = file.articleIdPosition().line(), idColumn = file.articleIdPosition().column();
        ArticleReport report;
        try {
            report = v.verify(file);
        } catch (RuleRunException e) {
            return failed(input, name, id, e.getMessage(), idLine, idColumn);
        }
        Map<String, String> reports = null;
        if (writer != null) {
            try {
                reports = writer.render(report);
            } catch (ReportWriter.TooLarge e) {
                return failed(input, name, id, e.getMessage(), idLine, idColumn);  // as verify: exit 3, the article's reports left out
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        String json = findingsJson(v, report);
        return RowFactory.create(input, name, id, OK, report.summary().gatePassed() ? "pass" : "fail", null, findings(json), json,
                idLine, idColumn, reports == null ? null : CollectionConverters.asScala(reports));
    }

    private static Row failed(long input, String name, String id, String message, int idLine, int idColumn) {
        return RowFactory.create(input, name, id, RULE_ERROR, null, claimcheck.Printable.line("claimcheck: " + message), new String[0], null,
                idLine, idColumn, null);
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
