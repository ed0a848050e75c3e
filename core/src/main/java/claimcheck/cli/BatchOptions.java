package claimcheck.cli;

import claimcheck.InputError;
import claimcheck.Printable;
import claimcheck.Reports;
import claimcheck.Verification;
import claimcheck.facts.FactsFile;
import claimcheck.facts.JsonLines;
import claimcheck.input.Position;
import claimcheck.report.BatchSummary;
import claimcheck.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * verify's options and steps for many articles at once: facts documents on standard input, the number of
 * threads, a quiet mode, and, for a run over more than one facts file, the batch summary
 * ({@code summary.json}, {@code summary.md}) and its printed form.
 */
final class BatchOptions {
    /** What facts documents read from standard input are called in messages: {@code <stdin>:LINE}. */
    static final String STDIN = "<stdin>";

    @Option(names = "--stdin",
            description = "Also reads facts documents from standard input, one JSON document per line (JSON Lines); "
                    + "article.text is a path from the working directory, or article.content holds the text itself.")
    boolean stdin;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Articles loaded, checked and rendered at once. Output is the same for any N. Default: the number of processors.")
    Integer jobs;

    @Option(names = "--quiet", description = "Prints nothing but errors.")
    boolean quiet;

    /** The facts documents on standard input, read as they are needed; null without {@code --stdin}. */
    Lines lines(Verification verification) {
        return stdin ? new Lines(JsonLines.reader(System.in, verification.settings().inputLimits().maxFileBytes())) : null;
    }

    /**
     * Lines of standard input as a batch reads them: one by one, except that the first few may be read
     * early ({@link #atLeast}), to tell one article from a batch before any is checked.
     */
    static final class Lines implements Iterator<JsonLines.Line> {
        private final Iterator<JsonLines.Line> rest;
        private final Deque<JsonLines.Line> early = new ArrayDeque<>();

        Lines(Iterator<JsonLines.Line> rest) {
            this.rest = rest;
        }

        /** How many lines are left, counted up to {@code n}; a failure to read is an {@link IOException}. */
        int atLeast(int n) throws IOException {
            try {
                while (early.size() < n && rest.hasNext()) early.add(rest.next());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return early.size();
        }

        /** Every line left, read to the end of the input. */
        List<JsonLines.Line> all() throws IOException {
            List<JsonLines.Line> all = new ArrayList<>();
            try {
                while (hasNext()) all.add(next());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return all;
        }

        @Override public boolean hasNext() { return !early.isEmpty() || rest.hasNext(); }

        @Override public JsonLines.Line next() { return early.isEmpty() ? rest.next() : early.removeFirst(); }
    }

    /**
     * Whether a batch takes an article, as it is loaded: its id must not be a summary file's name (its report
     * folder would be where the summary goes), and its report folder must be one claimcheck may replace.
     * Null when it may; else the problem, and the article is rejected alone.
     */
    static Function<FactsFile, InputError> admission(ReportWriter writer) {
        return f -> {
            String id = f.article().id().toLowerCase(Locale.ROOT);
            if (id.equals(BatchSummary.JSON_FILE) || id.equals(BatchSummary.MARKDOWN_FILE)) {
                Position at = f.articleIdPosition();
                return new InputError(f.name(), at.line(), at.column(), "article.id",
                        "article id \"" + f.article().id() + "\" is the name of the batch summary in the report folder; choose another");
            }
            try {
                writer.checkTarget(f.article().id());
                return null;
            } catch (InputError e) {
                return e;
            }
        };
    }

    /** The progress line for a batch on a terminal, when wanted; else null. */
    ProgressLine progress(PrintWriter err, String label) {
        return !quiet && ProgressLine.onTerminal() ? new ProgressLine(err, label) : null;
    }

    /** Refuses, before anything is written, summary files that are not regular files (a folder, a FIFO). */
    static void checkSummaryTargets(Path outDir) {
        ReportWriter.checkFile(outDir.resolve(BatchSummary.JSON_FILE), "--out");
        ReportWriter.checkFile(outDir.resolve(BatchSummary.MARKDOWN_FILE), "--out");
    }

    /** A row per input, in input order, of a batch written article by article ({@link Verification#verifyStreaming}). */
    static BatchSummary summary(Verification.Streamed<Reports.Written> streamed) {
        Map<String, BatchSummary.Row> rows = new HashMap<>();
        for (Verification.Loaded.Rejected r : streamed.rejected()) rows.put(r.source(), BatchSummary.Row.inputError(r.source(), r.error().oneLine()));
        for (Verification.Streamed.Done<Reports.Written> d : streamed.done()) rows.put(d.source(), d.value().row());
        return inInputOrder(streamed.inputs(), rows);
    }

    /** The summary of {@code rows} (facts file as named to its row), in the order of {@code inputs}. */
    private static BatchSummary inInputOrder(List<String> inputs, Map<String, BatchSummary.Row> rows) {
        List<BatchSummary.Row> ordered = new ArrayList<>();
        for (String name : inputs) {
            BatchSummary.Row row = rows.get(name);
            if (row != null) ordered.add(row);
        }
        return BatchSummary.of(ordered);
    }

    /**
     * A batch as a person reads it: a line per article that failed its gate (its worst finding) or could not
     * be checked (the reason is on standard error), then the totals and where the reports are.
     */
    static void print(PrintWriter out, BatchSummary summary, Path outDir) {
        for (BatchSummary.Row r : summary.articles()) {
            if (!r.notable()) continue;
            String line = switch (r.status()) {
                case FAILED -> r.article() + ": gate failed: " + (r.worst() == null ? "" : String.format(Locale.ROOT, "%s %s %s %s",
                        r.worst().severity(), r.worst().rule(), r.worst().where(), r.worst().message()));
                case INPUT_ERROR -> r.facts() + ": could not be checked: invalid facts";
                case RULE_FAILURE -> (r.article() == null ? r.facts() : r.article()) + ": could not be checked: a rule failed or ran out of time";
                case REPORT_FAILURE -> r.article() + ": could not be checked: reports not written";
                case PASSED -> "";
            };
            out.println(Printable.line(line));
        }
        out.println(Printable.line(summary.totals().words() + "; reports: " + outDir + "/ (" + BatchSummary.MARKDOWN_FILE + ")"));
    }
}
