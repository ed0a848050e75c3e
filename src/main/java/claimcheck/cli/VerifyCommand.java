package claimcheck.cli;

import claimcheck.Deadline;
import claimcheck.InputError;
import claimcheck.baseline.Baseline;
import claimcheck.config.Config;
import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.engine.RuleRunException;
import claimcheck.engine.Gate;
import claimcheck.engine.RuleSelection;
import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Summary;
import claimcheck.report.Renderer;
import claimcheck.report.ReportOptions;
import claimcheck.report.Renderers;
import claimcheck.report.ReportWriter;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
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
        versionProvider = Version.class,
        showDefaultValues = true,
        description = "Checks the facts of one or more articles against the rule packs and writes findings reports.")
final class VerifyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FACTS",
            description = "Facts files (.yaml, .yml, .json), or folders searched for them.")
    List<Path> facts;

    @Mixin
    RulesOptions rulesOptions;

    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "A rule that does not run (its id, such as core/percent-change); repeatable. Replaces the configuration's disable list.")
    List<String> disable;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", converter = {RuleIdConverter.class, SeverityConverter.class},
            description = "The severity a rule's findings take instead of the rule's own: error, warning or info; repeatable. Replaces the configuration's severity map.")
    Map<String, Severity> severity;

    @Option(names = "--out", paramLabel = "DIR", description = "Where reports go: DIR/<article-id>/. Default: the configuration's out, else reports.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES}, or all. Default: the configuration's format, else json,md.",
            completionCandidates = FormatNames.class)
    List<String> formats;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
            description = "The least severe finding that fails the gate: error, warning, info or none. Default: the configuration's fail-on, else error.")
    FailOn failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings recorded in FILE are reported suppressed and do not fail the gate. Default: the configuration's baseline.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Records this run's findings in FILE (keeping the justification and expiry of entries already there), then judges them against it.")
    Path writeBaseline;

    @Option(names = "--justification", paramLabel = "TEXT",
            description = "With --write-baseline: the justification of entries it adds.")
    String justification = Baseline.DEFAULT_JUSTIFICATION;

    @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
            description = "The day baseline expiry dates are judged on, YYYY-MM-DD. Default: today.")
    LocalDate asOf;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Rule firings per article before the run is judged a loop (exit 3).")
    int maxFirings = EngineLimits.DEFAULT.maxFirings();

    @Option(names = "--rule-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time the rules may take per article (500ms, 10s, 2m) before the run is judged a loop (exit 3).")
    Duration ruleTimeout = EngineLimits.DEFAULT.timeout();

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time each article may take in all: loading, quote location, rules (at most --rule-timeout of it) and rendering. "
                    + "An article that takes longer fails (exit 3); the others are still checked.")
    Duration timeLimit = Deadline.DEFAULT_LIMIT;

    @Option(names = "--publisher", paramLabel = "NAME",
            description = "Who publishes the fact check: the author of claimreview.jsonld's reviews. Required for --format claimreview.")
    String publisher;

    @Option(names = "--article-url", paramLabel = "URL",
            description = "Where the article is published, for claimreview.jsonld and report.html. Default: the facts file's article.url.")
    String articleUrl;

    @Option(names = "--review-date", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "The date claimreview.jsonld's reviews are published. Default: SOURCE_DATE_EPOCH when set, else today (UTC).")
    LocalDate reviewDate;

    @Option(names = "--repo-root", paramLabel = "DIR",
            description = "The repository root that findings.sarif names files relative to. Default: the nearest folder above the working directory with a .git, else the working directory.")
    Path repoRoot;

    @Option(names = "--verbose", description = "Show Drools' log, timings, and stack traces on errors.")
    boolean verbose;

    static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
        private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile("(\\d{1,9})(ms|s|m)");

        @Override
        public Duration convert(String value) {
            java.util.regex.Matcher m = FORM.matcher(value.strip());
            if (!m.matches() || Long.parseLong(m.group(1)) == 0)
                throw new CommandLine.TypeConversionException("expected a positive duration such as 500ms, 10s or 2m, got \"" + value + "\"");
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("expected a date YYYY-MM-DD, got \"" + value + "\"");
            }
        }
    }

    static final class FormatNames implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return Renderers.names().iterator(); }
    }

    static final class FailOnConverter implements CommandLine.ITypeConverter<FailOn> {
        @Override
        public FailOn convert(String value) {
            try {
                return FailOn.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected error, warning, info or none, got \"" + value + "\"");
            }
        }
    }

    static final class RuleIdConverter implements CommandLine.ITypeConverter<String> {
        @Override public String convert(String value) { return value; }
    }

    static final class SeverityConverter implements CommandLine.ITypeConverter<Severity> {
        @Override
        public Severity convert(String value) {
            try {
                return Severity.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected error, warning or info, got \"" + value + "\"");
            }
        }
    }

    @Override
    public Integer call() throws IOException {
        Logging.configure(verbose);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        Config config = rulesOptions.config(new Config(null, rulesOptions.rules, disable,
                severity == null ? null : new LinkedHashMap<>(severity), formats, failOn, out, baseline, Map.of()));
        List<Renderer> renderers;
        try {
            renderers = Renderers.of(config.formats() != null ? config.formats() : Renderers.defaults());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (publisher != null && publisher.isBlank()) publisher = null;
        if (publisher == null && renderers.stream().anyMatch(r -> r.format().equals("claimreview")))
            throw new InputError(null, 0, 0, "--publisher", "the claimreview format needs --publisher NAME, the fact-checker that publishes the reviews");
        LocalDate reviewed = reviewDate != null ? reviewDate : ReviewDate.fromEnvironment(System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
        Path root = repoRoot != null ? repoRoot.toAbsolutePath().normalize() : RepositoryRoot.above(Path.of("").toAbsolutePath());
        if (!Files.isDirectory(root)) throw new InputError(null, 0, 0, "--repo-root", root + " is not a folder");
        FailOn gateLevel = config.failOn() != null ? config.failOn() : FailOn.ERROR;
        Path outDir = config.out() != null ? config.out() : Path.of("reports");

        long t0 = System.nanoTime();
        RuleSet ruleSet = new RuleLoader().load(RulesOptions.packs(config));
        config.requireKnownRuleIds(ruleSet.byId().keySet());
        long t1 = System.nanoTime();

        // Every input is read and checked before anything is written.
        FactsLoader loader = new FactsLoader(ruleSet.kinds());
        List<FactsFile> files = new ArrayList<>();
        Map<String, String> sourceOfId = new HashMap<>();
        Map<String, Duration> timeSpent = new HashMap<>(); // per facts file, against --time-limit
        for (Path p : factsFiles()) {
            Deadline loading = Deadline.after(timeLimit);
            FactsFile f = loader.load(p, p.toString());
            timeSpent.put(f.name(), loading.spent());
            String earlier = sourceOfId.putIfAbsent(f.article().id(), f.name());
            if (earlier != null)
                throw new InputError(f.name(), f.articleIdPosition().line(), f.articleIdPosition().column(), "article.id",
                        "article id \"" + f.article().id() + "\" is also used by " + earlier + "; reports would overwrite each other");
            files.add(f);
        }
        Baseline previous = Baseline.EMPTY;
        if (config.baseline() != null) previous = Baseline.read(config.baseline(), config.baseline().toString());
        else if (writeBaseline != null && Files.isRegularFile(writeBaseline)) previous = Baseline.read(writeBaseline, writeBaseline.toString());
        long t2 = System.nanoTime();

        if (maxFirings < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-firings: expected a whole number from 1 up, got " + maxFirings);
        Engine engine = new Engine(ruleSet, new EngineLimits(maxFirings, ruleTimeout), new ArticleReport.Tool(Version.NAME, Version.number()),
                new RuleSelection(config.disabled() == null ? java.util.Set.of() : new java.util.TreeSet<>(config.disabled()),
                        config.severities() == null ? Map.of() : config.severities()));
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        Baseline judgedBy = config.baseline() != null ? previous : Baseline.EMPTY;
        Baseline written = null;
        Set<String> failed = new TreeSet<>();
        if (writeBaseline != null) {
            // Record what the rules find before any baseline suppresses it; then judge by what was recorded.
            List<ArticleReport> found = checkEach(engine, files, new Gate(gateLevel, Baseline.EMPTY, day), err, failed, timeSpent);
            written = previous.recording(found, justification);
            judgedBy = written;
        }
        List<ArticleReport> reports = checkEach(engine, files, new Gate(gateLevel, judgedBy, day), err, failed, timeSpent);
        long t3 = System.nanoTime();

        ReportOptions options = new ReportOptions(ruleSet.rules(), root, publisher, articleUrl, reviewed, Version.informationUri());
        ReportWriter writer = new ReportWriter(outDir, renderers, options);
        Map<Path, String> outputs = renderEach(reports, renderers, options, outDir, err, failed, timeSpent);
        if (written != null) outputs.put(writeBaseline, written.toYaml());
        writer.write(outputs);
        long t4 = System.nanoTime();

        boolean gateFailed = false;
        for (ArticleReport r : reports) {
            printSummary(stdout, r, renderers, outDir);
            gateFailed |= !r.summary().gatePassed();
        }
        if (written != null) {
            int n = written.entries().size();
            stdout.printf("baseline: %s (%d entr%s)%n", writeBaseline, n, n == 1 ? "y" : "ies");
        }
        if (verbose) {
            err.printf("timings: rules %d ms (%d rules), facts %d ms (%d files), checks %d ms, reports %d ms%n",
                    ms(t1 - t0), ruleSet.rules().size(), ms(t2 - t1), files.size(), ms(t3 - t2), ms(t4 - t3));
        }
        stdout.flush();
        err.flush();
        if (!failed.isEmpty()) return ExitCodes.INTERNAL;
        return gateFailed ? ExitCodes.GATE_FAILED : ExitCodes.GATE_PASSED;
    }

    /**
     * Checks each article. A rule that fails or loops on one article is reported on stderr, that article
     * is left out (here and in any later pass, named in {@code failed}), and the others still complete.
     */
    private List<ArticleReport> checkEach(Engine engine, List<FactsFile> files, Gate gate, PrintWriter err, Set<String> failed,
                                          Map<String, Duration> timeSpent) {
        List<ArticleReport> reports = new ArrayList<>();
        for (FactsFile f : files) {
            if (failed.contains(f.name())) continue;
            Deadline deadline = Deadline.resumed(timeLimit, timeSpent.get(f.name()));
            try {
                reports.add(engine.check(f, gate, deadline));
            } catch (RuleRunException e) {
                failed.add(f.name());
                err.println("claimcheck: " + e.getMessage());
                if (verbose && e.getCause() != null) e.getCause().printStackTrace(err);
            } finally {
                timeSpent.put(f.name(), deadline.spent());
            }
        }
        return reports;
    }

    /**
     * Renders each article's reports in memory, looking at its time limit after each format; an article
     * out of time is left out of {@code reports} and reported like one whose rules failed.
     */
    private Map<Path, String> renderEach(List<ArticleReport> reports, List<Renderer> renderers, ReportOptions options, Path outDir,
                                         PrintWriter err, Set<String> failed, Map<String, Duration> timeSpent) throws IOException {
        Map<Path, String> outputs = new LinkedHashMap<>();
        for (java.util.Iterator<ArticleReport> it = reports.iterator(); it.hasNext(); ) {
            ArticleReport r = it.next();
            Deadline deadline = Deadline.resumed(timeLimit, timeSpent.get(r.source()));
            Map<Path, String> rendered = new LinkedHashMap<>();
            for (Renderer renderer : renderers) {
                rendered.putAll(new ReportWriter(outDir, List.of(renderer), options).render(List.of(r)));
                if (deadline.expired()) {
                    failed.add(r.source());
                    err.println("claimcheck: " + deadline.exceeded("rendering", r.source()) + " (" + renderer.fileName() + ")");
                    rendered = null;
                    break;
                }
            }
            if (rendered != null) outputs.putAll(rendered);
            else it.remove();
        }
        return outputs;
    }

    private static long ms(long nanos) { return nanos / 1_000_000; }

    /** The facts files named, folders expanded to the .yaml, .yml and .json files inside them, in name order. */
    private List<Path> factsFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        for (Path p : facts) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<Path> inside = s.filter(Files::isRegularFile).filter(VerifyCommand::isFactsFile).sorted().toList();
                    if (inside.isEmpty()) throw new InputError(p.toString(), 0, 0, null, "no .yaml, .yml or .json facts files in this folder");
                    found.addAll(inside);
                }
            } else {
                found.add(p);
            }
        }
        return found;
    }

    private static boolean isFactsFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static void printSummary(PrintWriter out, ArticleReport r, List<Renderer> renderers, Path outDir) {
        Summary s = r.summary();
        out.printf("%s: gate %s (fail on %s): %d error%s, %d warning%s, %d info%s; %d checks, %d passed, %d failed%n",
                r.article().id(), s.gatePassed() ? "passed" : "failed", s.failOn().label(),
                s.errors(), s.errors() == 1 ? "" : "s", s.warnings(), s.warnings() == 1 ? "" : "s", s.infos(),
                s.suppressed() == 0 ? "" : ", " + s.suppressed() + " suppressed",
                s.checks(), s.passed(), s.failed());
        int ruleWidth = r.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
        for (Finding f : r.findings()) {
            Evidence at = f.firstLocated();
            String where = at == null ? "-" : at.span().line() + ":" + at.span().column();
            String marked = f.suppression() == null ? "" : "  [" + f.suppression().kind().label() + ": " + f.suppression().justification() + "]";
            out.printf("  %-7s  %-" + ruleWidth + "s  %-7s  %s%s%n", f.severity().label(), f.ruleId(), where, f.message(), marked);
        }
        List<String> names = new ArrayList<>();
        for (Renderer renderer : renderers) names.add(renderer.fileName());
        out.printf("  reports: %s/ (%s)%n", outDir.resolve(r.article().id()), String.join(", ", names));
    }
}
