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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** Every facts file named or found, then the documents on standard input, each loaded or rejected alone. */
    Verification.Loaded load(Verification verification, List<Path> facts, Path outDir) throws IOException {
        List<JsonLines.Line> lines = stdin ? JsonLines.read(System.in, verification.settings().inputLimits().maxFileBytes()) : List.of();
        return verification.loadEach(facts, outDir, STDIN, lines);
    }

    /** The progress line for a batch on a terminal, when wanted; else null. */
    ProgressLine progress(boolean many, PrintWriter err, String label) {
        return many && !quiet && ProgressLine.onTerminal() ? new ProgressLine(err, label) : null;
    }

    /** An article whose id is a summary file's name would have its report folder where the summary goes: it is rejected. */
    static Verification.Loaded reserveSummaryNames(Verification.Loaded loaded) {
        List<FactsFile> files = new ArrayList<>();
        List<Verification.Loaded.Rejected> rejected = new ArrayList<>(loaded.rejected());
        for (FactsFile f : loaded.files()) {
            String id = f.article().id().toLowerCase(Locale.ROOT);
            if (id.equals(BatchSummary.JSON_FILE) || id.equals(BatchSummary.MARKDOWN_FILE)) {
                Position at = f.articleIdPosition();
                rejected.add(new Verification.Loaded.Rejected(f.name(), new InputError(f.name(), at.line(), at.column(), "article.id",
                        "article id \"" + f.article().id() + "\" is the name of the batch summary in the report folder; choose another")));
            } else {
                files.add(f);
            }
        }
        if (files.size() == loaded.files().size()) return loaded;
        List<String> order = loaded.inputs();
        rejected.sort(java.util.Comparator.comparingInt(r -> order.indexOf(r.source())));
        return new Verification.Loaded(files, loaded.skipped(), loaded.loadTimes(), rejected, order);
    }

    /** Refuses, before anything is written, summary files that are not regular files (a folder, a FIFO). */
    static void checkSummaryTargets(Path outDir) {
        ReportWriter.checkFile(outDir.resolve(BatchSummary.JSON_FILE), "--out");
        ReportWriter.checkFile(outDir.resolve(BatchSummary.MARKDOWN_FILE), "--out");
    }

    /** A row per input, in input order. {@code unwritten}: facts file to why its reports were not written. */
    static BatchSummary summary(Verification.Loaded loaded, Verification.Outcome outcome, Map<String, String> unwritten) {
        Map<String, BatchSummary.Row> rows = new HashMap<>();
        Map<String, String> ids = new HashMap<>();
        for (FactsFile f : loaded.files()) ids.put(f.name(), f.article().id());
        for (Verification.Loaded.Rejected r : loaded.rejected()) rows.put(r.source(), BatchSummary.Row.inputError(r.source(), r.error().oneLine()));
        for (Verification.Outcome.Failure f : outcome.failures())
            rows.put(f.source(), BatchSummary.Row.ruleFailure(ids.get(f.source()), f.source(), Printable.line(f.message())));
        for (var r : outcome.reports()) {
            String why = unwritten.get(r.source());
            rows.put(r.source(), why == null ? BatchSummary.Row.checked(r) : BatchSummary.Row.reportFailure(r, Printable.line(why)));
        }
        return inInputOrder(loaded, rows);
    }

    /** A row per input, in input order, of a batch written article by article ({@link Verification#verifyEach}). */
    static BatchSummary summary(Verification.Loaded loaded, List<Reports.Written> written) {
        Map<String, BatchSummary.Row> rows = new HashMap<>();
        for (Verification.Loaded.Rejected r : loaded.rejected()) rows.put(r.source(), BatchSummary.Row.inputError(r.source(), r.error().oneLine()));
        for (int i = 0; i < written.size(); i++) rows.put(loaded.files().get(i).name(), written.get(i).row());
        return inInputOrder(loaded, rows);
    }

    /** The summary of {@code rows} (facts file as named to its row), in input order. */
    private static BatchSummary inInputOrder(Verification.Loaded loaded, Map<String, BatchSummary.Row> rows) {
        List<BatchSummary.Row> ordered = new ArrayList<>();
        for (String name : loaded.inputs()) {
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
