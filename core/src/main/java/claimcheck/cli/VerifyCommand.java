package claimcheck.cli;

import claimcheck.Printable;
import claimcheck.Reports;
import claimcheck.Settings;
import claimcheck.Verification;
import claimcheck.Version;
import claimcheck.baseline.Baseline;
import claimcheck.baseline.BaselineEntry;
import claimcheck.config.Config;
import claimcheck.engine.EngineLimits;
import claimcheck.engine.RuleSelection;
import claimcheck.facts.FactsFile;
import claimcheck.facts.TextRoot;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.Summary;
import claimcheck.report.FactsFileView;
import claimcheck.report.BatchSummary;
import claimcheck.report.Renderer;
import claimcheck.report.ReportOptions;
import claimcheck.report.Renderers;
import claimcheck.report.ReportWriter;
import claimcheck.rules.RuleCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * claimcheck verify: facts files in, findings reports out, the gate decision as the exit code. Options
 * given here replace the same settings of claimcheck.yaml.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        showDefaultValues = true,
        description = "Checks the facts of one or more articles against the rule packs and writes findings reports.")
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "FACTS",
            description = "Facts files (.yaml, .yml, .json), folders searched for them, or glob patterns ('facts/**/*.yaml', quoted).")
    List<Path> facts;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    CheckOptions check;

    @Option(names = "--out", paramLabel = "DIR", description = "Where reports go: DIR/<article-id>/. Default: the configuration's out, else reports.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES}, or all. Default: the configuration's format, else " + Renderers.DEFAULTS + ".",
            completionCandidates = FormatNames.class)
    List<String> formats;

    @Mixin
    ReportFileOptions reportFiles;

    @Option(names = "--no-cache",
            description = "Compile the rule packs even when compiled ones are cached (in $CLAIMCHECK_CACHE/rules, else $XDG_CACHE_HOME/claimcheck/rules, else ~/.cache/claimcheck/rules), and cache nothing.")
    boolean noCache;

    @Mixin
    VerboseOption verboseOption;

    @Mixin
    BatchOptions batch;

    static final class FormatNames implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return Renderers.names().iterator(); }
    }

    @Override
    public Integer call() throws IOException {
        boolean verbose = verboseOption.configure();
        if (facts == null) facts = List.of();
        if (facts.isEmpty() && !batch.stdin)
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FACTS' (or --stdin)");
        if (batch.jobs != null && batch.jobs < 1)
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs: expected a whole number from 1 up, got " + batch.jobs);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        Config config = check.config(rulesOptions, formats, out);
        List<Renderer> renderers;
        try {
            renderers = Renderers.of(config.formats() != null ? config.formats() : Renderers.defaults());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        // "--format ," names no format: a run that writes nothing must not look like one that wrote its reports.
        if (renderers.isEmpty())
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: no format named; expected one or more of "
                    + String.join(", ", Renderers.names()) + " or all");
        ReportFileOptions.Values about = reportFiles.values(renderers);
        try {
            check.maxFirings();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Path writeBaseline = check.writeBaseline();
        Path outDir = config.out() != null ? config.out() : Path.of("reports");
        // Checked before anything is read or written: a folder, FIFO or device here is a usage error, not a crash.
        ReportWriter.checkFolder(outDir, "--out");
        if (writeBaseline != null) ReportWriter.checkFile(writeBaseline, "--write-baseline");

        long t0 = System.nanoTime();
        Verification verification = Verification.create(settings(config));
        config.requireKnownRuleIds(verification.rules().byId().keySet());
        long t1 = System.nanoTime();
        Verification.Inputs found = verification.find(facts, outDir);
        BatchOptions.Lines lines = batch.lines(verification);
        boolean many = found.files().size() + (lines == null ? 0 : lines.atLeast(2)) > 1;
        ReportOptions options = new ReportOptions(verification.rules().rules(), about.repositoryRoot(), about.publisher(), about.articleUrl(),
                about.reviewDate(), Version.informationUri());
        ReportWriter writer = new ReportWriter(outDir, renderers, options);
        Baseline previous = verification.baseline();
        if (writeBaseline != null && config.baseline() == null && Files.isRegularFile(writeBaseline))
            previous = Baseline.read(writeBaseline, writeBaseline.toString());
        if (many) {
            BatchOptions.checkSummaryTargets(outDir);
            return batch(verification, found, lines, writer, previous, writeBaseline, outDir, verbose, t0, t1);
        }

        // One article: read and checked before anything is written; a bad facts file, or a report folder that
        // cannot be replaced, stops the run.
        Verification.Loaded inputs = verification.loadEach(found, BatchOptions.STDIN, lines == null ? List.of() : lines.all()).requireAll();
        if (verbose) inputs.skipped().forEach(p -> err.println(Printable.line("claimcheck: skipped " + p + ": not a facts file")));
        List<FactsFile> files = inputs.files();
        writer.checkTargets(files.stream().map(f -> f.article().id()).toList());
        long t2 = System.nanoTime();

        Verification.Outcome outcome = writeBaseline != null
                ? verification.verifyAndRecord(inputs, previous, check.justification())
                : verification.verifyAll(inputs);
        for (Verification.Outcome.Failure f : outcome.failures()) {
            err.println(Printable.line("claimcheck: " + f.message()));
            if (verbose && f.cause().getCause() != null) f.cause().getCause().printStackTrace(err);
        }
        long t3 = System.nanoTime();

        // Rendered before anything is written; a report over the size or time limit fails the run.
        Reports reports = Reports.render(outcome, writer, verification.settings().jobs(), check.timeLimit());
        reports.problems().values().forEach(problem -> err.println(Printable.line("claimcheck: " + problem)));
        reports.write(writer);
        if (outcome.recorded() != null) ReportWriter.writeFile(writeBaseline, outcome.recorded().toYaml());
        long t4 = System.nanoTime();

        if (!batch.quiet) for (ArticleReport r : reports.files().keySet()) printSummary(stdout, r, renderers, outDir);
        if (outcome.recorded() != null && !batch.quiet) {
            int n = outcome.recorded().entries().size();
            stdout.println(Printable.line(String.format("baseline: %s (%d entr%s)", writeBaseline, n, n == 1 ? "y" : "ies")));
        }
        if (verbose) {
            err.printf("timings: rules %d ms (%d rules, %s), facts %d ms (%d files), checks %d ms, reports %d ms%n", ms(t1 - t0),
                    verification.rules().rules().size(), verification.rules().origin().label(), ms(t2 - t1), files.size(), ms(t3 - t2), ms(t4 - t3));
        }
        stdout.flush();
        err.flush();
        // The worst of what happened: 3 (a rule or a report failed) over 1 (a gate failed).
        if (!outcome.failures().isEmpty() || !reports.problems().isEmpty()) return ExitCodes.INTERNAL;
        return outcome.gatePassed() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /**
     * A batch, streamed: facts files are loaded a few ahead of the articles being checked, and each article's
     * report folder is written, whole, on the thread that checked it, as soon as it is done, so that memory
     * does not grow with the batch; the summary keeps a row per input, and a recorded baseline the entries of
     * each article (recorded on its own part of the baseline, judged by them). An input that cannot be loaded,
     * or whose report folder cannot be replaced, is rejected alone. Exit code: the worst of what happened, 3 (a
     * rule or a report failed) over 2 (an input was rejected) over 1 (a gate failed).
     */
    private int batch(Verification verification, Verification.Inputs found, BatchOptions.Lines lines, ReportWriter writer,
                      Baseline previous, Path writeBaseline, Path outDir, boolean verbose, long t0, long t1) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProgressLine checking = batch.progress(err, "checking");
        Verification.Recording recording = writeBaseline == null ? null : new Verification.Recording(previous, check.justification());
        Verification.Streamed<Reports.Written> streamed;
        // The baseline's entries of each article checked, by article id, as each is recorded.
        Map<String, List<BaselineEntry>> recorded = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            streamed = verification.verifyStreaming(found, BatchOptions.STDIN, lines, BatchOptions.admission(writer), recording,
                    checking == null ? Verification.Progress.NONE : checking, c -> {
                        if (c.recorded() != null) recorded.put(c.file().article().id(), c.recorded());
                        return Reports.writeOne(c, writer);
                    });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (checking != null) checking.clear();
        }
        if (verbose) streamed.skipped().forEach(p -> err.println(Printable.line("claimcheck: skipped " + p + ": not a facts file")));
        for (Verification.Loaded.Rejected r : streamed.rejected()) err.println(r.error().oneLine()); // as a lone bad file is printed
        List<Reports.Written> written = streamed.done().stream().map(Verification.Streamed.Done::value).toList();
        for (Reports.Written w : written) {
            if (w.failure() == null) continue;
            err.println(Printable.line("claimcheck: " + w.failure().message()));
            if (verbose && w.failure().cause().getCause() != null) w.failure().cause().getCause().printStackTrace(err);
        }
        for (Reports.Written w : written) if (w.problem() != null) err.println(Printable.line("claimcheck: " + w.problem()));
        long t3 = System.nanoTime();
        Baseline baseline = null;
        if (recording != null) {
            baseline = previous.recorded(recorded.keySet(), recorded.values().stream().flatMap(List::stream).toList());
            ReportWriter.writeFile(writeBaseline, baseline.toYaml());
        }
        BatchSummary summary = BatchOptions.summary(streamed);
        for (Map.Entry<String, String> f : summary.files().entrySet()) ReportWriter.writeFile(outDir.resolve(f.getKey()), f.getValue());
        long t4 = System.nanoTime();

        if (!batch.quiet) BatchOptions.print(stdout, summary, outDir);
        if (baseline != null && !batch.quiet) {
            int n = baseline.entries().size();
            stdout.println(Printable.line(String.format("baseline: %s (%d entr%s)", writeBaseline, n, n == 1 ? "y" : "ies")));
        }
        if (verbose) {
            err.printf("timings: rules %d ms (%d rules, %s), facts, checks and reports %d ms (%d articles), summary %d ms%n", ms(t1 - t0),
                    verification.rules().rules().size(), verification.rules().origin().label(), ms(t3 - t1), written.size(), ms(t4 - t3));
        }
        stdout.flush();
        err.flush();
        boolean failed = written.stream().anyMatch(w -> w.failure() != null || w.problem() != null);
        if (failed) return ExitCodes.INTERNAL;
        if (!streamed.rejected().isEmpty()) return ExitCodes.BAD_INPUT;
        return written.stream().allMatch(w -> w.row().status() == BatchSummary.Status.PASSED) ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }

    /** The library's settings: the command line's options over the configuration's, over the defaults. */
    private Settings settings(Config config) {
        RuleSelection selection = new RuleSelection(config.disabled() == null ? Set.of() : new TreeSet<>(config.disabled()),
                config.severities() == null ? Map.of() : config.severities());
        return Settings.of(RulesOptions.packs(config))
                .withSelection(selection)
                .withFailOn(config.failOn() != null ? config.failOn() : FailOn.ERROR)
                .withBaseline(config.baseline())
                .withAsOf(check.asOf())
                .withLimits(new EngineLimits(check.maxFirings(), check.ruleTimeout()))
                .withTextRoot(check.textRoot() == null ? null : TextRoot.of(check.textRoot(), "--text-root"))
                .withTimeLimit(check.timeLimit())
                .withRuleCache(noCache ? null : RuleCache.defaultFolder())
                .withJobs(batch.jobs != null ? batch.jobs : Runtime.getRuntime().availableProcessors())
                .withReference(config.reference() != null ? config.reference() : List.of())
                .withCorroborate(check.corroborate())
                .withCoverage(check.coverage());
    }

    private static long ms(long nanos) { return nanos / 1_000_000; }

    /** Every line goes through {@link Printable}: messages quote facts, articles and baselines, which anyone may write. */
    private static void printSummary(PrintWriter out, ArticleReport r, List<Renderer> renderers, Path outDir) {
        Summary s = r.summary();
        printLine(out, "%s: gate %s (fail on %s): %d error%s, %d warning%s, %d info%s; %d checks, %d passed, %d failed",
                r.article().id(), s.gatePassed() ? "passed" : "failed", s.failOn().label(),
                s.errors(), s.errors() == 1 ? "" : "s", s.warnings(), s.warnings() == 1 ? "" : "s", s.infos(),
                s.suppressed() == 0 ? "" : ", " + s.suppressed() + " suppressed",
                s.checks(), s.passed(), s.failed());
        int ruleWidth = r.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
        for (Finding f : FactsFileView.articleFindings(r)) {
            Evidence at = f.firstLocated();
            printFinding(out, f, ruleWidth, at == null ? "-" : at.span().line() + ":" + at.span().column());
        }
        printLine(out, "  quotes: %s", FactsFileView.quotesLine(r));
        // The facts file's own problems are not the article's: listed apart, at the fact's place in the facts file.
        List<Finding> factsFile = FactsFileView.factsFileFindings(r);
        if (!factsFile.isEmpty()) {
            printLine(out, "  facts file %s: %d problem%s", r.source(), factsFile.size(), factsFile.size() == 1 ? "" : "s");
            for (Finding f : factsFile) printFinding(out, f, ruleWidth, FactsFileView.factsFilePlace(r, f, "-"));
        }
        List<String> names = new ArrayList<>();
        for (Renderer renderer : renderers) names.add(renderer.fileName());
        printLine(out, "  reports: %s/ (%s)", outDir.resolve(r.article().id()), String.join(", ", names));
    }

    private static void printFinding(PrintWriter out, Finding f, int ruleWidth, String where) {
        String marked = f.suppression() == null ? "" : "  [" + f.suppression().reason() + "]";
        printLine(out, "  %-7s  %-" + ruleWidth + "s  %-7s  %s%s", f.severity().label(), f.ruleId(), where, f.message(), marked);
    }

    private static void printLine(PrintWriter out, String format, Object... args) {
        out.println(Printable.line(String.format(Locale.ROOT, format, args)));
    }
}
