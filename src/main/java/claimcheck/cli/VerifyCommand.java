package claimcheck.cli;

import claimcheck.InputError;
import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.engine.RuleRunException;
import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** claimcheck verify: facts files in, findings reports out, the gate decision as the exit code. */
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

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule pack, or a folder of packs; repeatable. Default: the shipped packs (rules/).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where reports go: DIR/<article-id>/.")
    Path out = Path.of("reports");

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Report formats, comma-separated: ${COMPLETION-CANDIDATES}, or all.",
            completionCandidates = FormatNames.class)
    List<String> formats = new ArrayList<>(Renderers.defaults());

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = FailOnConverter.class,
            description = "The least severe finding that fails the gate: error, warning, info or none.")
    FailOn failOn = FailOn.ERROR;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Rule firings per article before the run is judged a loop (exit 3).")
    int maxFirings = EngineLimits.DEFAULT.maxFirings();

    @Option(names = "--rule-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time the rules may take per article (500ms, 10s, 2m) before the run is judged a loop (exit 3).")
    Duration ruleTimeout = EngineLimits.DEFAULT.timeout();

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

    @Override
    public Integer call() throws IOException {
        Logging.configure(verbose);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Renderer> renderers;
        try {
            renderers = Renderers.of(formats);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        if (publisher != null && publisher.isBlank()) publisher = null;
        if (publisher == null && renderers.stream().anyMatch(r -> r.format().equals("claimreview")))
            throw new InputError(null, 0, 0, "--publisher", "the claimreview format needs --publisher NAME, the fact-checker that publishes the reviews");
        LocalDate reviewed = reviewDate != null ? reviewDate : ReviewDate.fromEnvironment(System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
        Path root = repoRoot != null ? repoRoot.toAbsolutePath().normalize() : RepositoryRoot.above(Path.of("").toAbsolutePath());
        if (!Files.isDirectory(root)) throw new InputError(null, 0, 0, "--repo-root", root + " is not a folder");

        long t0 = System.nanoTime();
        List<Path> packs = rules.isEmpty() ? List.of(ShippedRules.locate()) : rules;
        RuleSet ruleSet = new RuleLoader().load(packs);
        long t1 = System.nanoTime();

        // Every input is read and checked before anything is written.
        FactsLoader loader = new FactsLoader();
        List<FactsFile> files = new ArrayList<>();
        Map<String, String> sourceOfId = new HashMap<>();
        for (Path p : factsFiles()) {
            FactsFile f = loader.load(p, p.toString());
            String earlier = sourceOfId.putIfAbsent(f.article().id(), f.name());
            if (earlier != null)
                throw new InputError(f.name(), f.articleIdPosition().line(), f.articleIdPosition().column(), "article.id",
                        "article id \"" + f.article().id() + "\" is also used by " + earlier + "; reports would overwrite each other");
            files.add(f);
        }
        long t2 = System.nanoTime();

        if (maxFirings < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--max-firings: expected a whole number from 1 up, got " + maxFirings);
        Engine engine = new Engine(ruleSet, new EngineLimits(maxFirings, ruleTimeout), new ArticleReport.Tool(Version.NAME, Version.number()));
        List<ArticleReport> reports = new ArrayList<>();
        boolean rulesFailed = false;
        for (FactsFile f : files) {
            // A rule that fails or loops on one article is reported; the other articles still complete.
            try {
                reports.add(engine.check(f, failOn));
            } catch (RuleRunException e) {
                rulesFailed = true;
                err.println("claimcheck: " + e.getMessage());
                if (verbose && e.getCause() != null) e.getCause().printStackTrace(err);
            }
        }
        long t3 = System.nanoTime();

        ReportOptions options = new ReportOptions(ruleSet.rules(), root, publisher, articleUrl, reviewed, Version.informationUri());
        ReportWriter writer = new ReportWriter(this.out, renderers, options);
        writer.write(writer.render(reports));
        long t4 = System.nanoTime();

        boolean gateFailed = false;
        for (ArticleReport r : reports) {
            printSummary(out, r, renderers);
            gateFailed |= !r.summary().gatePassed();
        }
        if (verbose) {
            err.printf("timings: rules %d ms (%d rules), facts %d ms (%d files), checks %d ms, reports %d ms%n",
                    ms(t1 - t0), ruleSet.rules().size(), ms(t2 - t1), files.size(), ms(t3 - t2), ms(t4 - t3));
        }
        out.flush();
        err.flush();
        if (rulesFailed) return ExitCodes.INTERNAL;
        return gateFailed ? ExitCodes.GATE_FAILED : ExitCodes.GATE_PASSED;
    }

    private static long ms(long nanos) { return nanos / 1_000_000; }

    /** The facts files named, folders expanded to the .yaml, .yml and .json files inside them, in name order. */
    private List<Path> factsFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : facts) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    List<Path> found = s.filter(Files::isRegularFile).filter(VerifyCommand::isFactsFile).sorted().toList();
                    if (found.isEmpty()) throw new InputError(p.toString(), 0, 0, null, "no .yaml, .yml or .json facts files in this folder");
                    out.addAll(found);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isFactsFile(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private void printSummary(PrintWriter out, ArticleReport r, List<Renderer> renderers) {
        Summary s = r.summary();
        out.printf("%s: gate %s (fail on %s): %d error%s, %d warning%s, %d info; %d checks, %d passed, %d failed%n",
                r.article().id(), s.gatePassed() ? "passed" : "failed", s.failOn().label(),
                s.errors(), s.errors() == 1 ? "" : "s", s.warnings(), s.warnings() == 1 ? "" : "s", s.infos(),
                s.checks(), s.passed(), s.failed());
        int ruleWidth = r.findings().stream().mapToInt(f -> f.ruleId().length()).max().orElse(0);
        for (Finding f : r.findings()) {
            Evidence at = f.firstLocated();
            String where = at == null ? "-" : at.span().line() + ":" + at.span().column();
            out.printf("  %-7s  %-" + ruleWidth + "s  %-7s  %s%n", f.severity().label(), f.ruleId(), where, f.message());
        }
        List<String> names = new ArrayList<>();
        for (Renderer renderer : renderers) names.add(renderer.fileName());
        out.printf("  reports: %s/ (%s)%n", this.out.resolve(r.article().id()), String.join(", ", names));
    }
}
