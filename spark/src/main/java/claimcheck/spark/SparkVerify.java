package claimcheck.spark;

import claimcheck.InputError;
import claimcheck.baseline.Baseline;
import claimcheck.baseline.BaselineEntry;
import claimcheck.config.Config;
import claimcheck.facts.FactsFinder;
import claimcheck.findings.FailOn;
import claimcheck.Printable;
import claimcheck.cli.CheckOptions;
import claimcheck.cli.ReportFileOptions;
import claimcheck.cli.RulesOptions;
import claimcheck.facts.TextRoot;
import claimcheck.input.InputLimits;
import claimcheck.report.Renderer;
import claimcheck.report.Renderers;
import claimcheck.report.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import claimcheck.report.ReportOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * claimcheck verify as a Spark job: the facts files are found on the driver by the CLI's own
 * {@link FactsFinder}, each partition loads, checks and renders its files through the library
 * ({@link claimcheck.Verification}, rules compiled once per executor), and the job writes one row per
 * article as JSON Lines and Parquet, plus a summary. Its exit code is verify's: 3 when a rule failed or
 * looped, else 2 when a facts file was bad, else 1 when a gate failed, else 0.
 */
public final class SparkVerify {
    private SparkVerify() {}

    /** What the job was asked: the inputs as named, the output folder, the settings, and where --write-baseline writes (or null). */
    public record Job(List<Path> inputs, Path out, JobSpec spec, Path writeBaseline) {}

    /** What the job found, for the exit code and the summary; the baseline it wrote with --write-baseline, else null. */
    public record Result(long articles, long gateFailures, long inputErrors, long ruleErrors, Map<String, Long> findings, Baseline recorded) {
        public int exitCode() {
            if (ruleErrors > 0) return 3;
            if (inputErrors > 0) return 2;
            return gateFailures > 0 ? 1 : 0;
        }
    }

    public static void main(String[] args) {
        int code;
        try {
            CommandLine cl = commandLine();
            Options options = options(cl, args);
            if (cl.isUsageHelpRequested()) {
                cl.usage(System.out);
                System.exit(0);
            }
            Job job = job(options);
            // The rules load (from the rule cache) while Spark starts: each is mostly one thread's work. A bad rule pack
            // or baseline is still one line (exit 2) before any input is read; run() and local tasks reuse the compilation.
            long t0 = System.nanoTime();
            CompletableFuture<Long> rules = CompletableFuture.supplyAsync(() -> {
                Executors.verification(job.spec());
                return System.nanoTime() - t0;
            });
            SparkSession spark = SparkSession.builder().appName("claimcheck")
                    .master(System.getProperty("spark.master", "local[*]")).getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            try {
                long session = System.nanoTime() - t0;
                long ruleTime = awaitRules(rules);
                System.err.printf("timings: spark session %d ms, rules %d ms (at the same time; %s), both %d ms%n", session / 1_000_000,
                        ruleTime / 1_000_000, Executors.verification(job.spec()).rules().origin().label(), (System.nanoTime() - t0) / 1_000_000);
                Result r = run(spark, job);
                System.out.printf("%d articles: %d gate failures, %d input errors, %d rule errors; rows in %s%n",
                        r.articles(), r.gateFailures(), r.inputErrors(), r.ruleErrors(), job.out());
                if (r.recorded() != null) {
                    int n = r.recorded().entries().size();
                    System.out.println(Printable.line(String.format("baseline: %s (%d entr%s)", job.writeBaseline(), n, n == 1 ? "y" : "ies")));
                }
                code = r.exitCode();
            } finally {
                spark.stop();
            }
        } catch (InputError e) {
            System.err.println(e.oneLine());
            code = 2;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {  // a bad option value, such as --as-of 2026-13-01
            System.err.println("claimcheck-spark: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    /** The time the rules took to load, or the InputError (or other failure) that loading them threw. */
    private static long awaitRules(CompletableFuture<Long> rules) {
        try {
            return rules.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw e;
        }
    }

    /** verify's options the job does not take, with why; each is refused with one line (exit 2). */
    private static final Map<String, String> NOT_TAKEN = Map.of(
            "--stdin", "name .jsonl files instead: each line is a facts document, as verify --stdin reads them",
            "--jobs", "Spark runs one article per executor core; size the executors instead (docs/scale.md)",
            "--no-cache", "each executor compiles the rules once and keeps them in the rule cache");

    /**
     * The job's command line: verify's own option declarations ({@link RulesOptions}, {@link CheckOptions},
     * {@link ReportFileOptions}), so a value verify refuses is refused here with the same words. --format is the
     * job's own: without it (or the settings file's format:) the job writes no report files. Repeated single-value
     * options keep the last, as verify's do not: the job has always taken the last.
     */
    @Command(name = "claimcheck-spark",
            description = "Runs claimcheck verify as a Spark job: one row per article in DIR/articles.jsonl and DIR/articles.parquet, "
                    + "a summary in DIR/summary.json. Exit code: 0 passed, 1 a gate failed, 2 bad input, 3 a rule failed or looped.")
    static final class Options {
        @Parameters(arity = "0..*", paramLabel = "INPUT",
                description = "Facts files, folders searched for them, or .jsonl files (one facts document per line, as verify --stdin reads them).")
        List<Path> inputs = new ArrayList<>();

        @Option(names = "--out", paramLabel = "DIR", description = "Where the rows, the summary and (with --format) reports/ARTICLE-ID/ go. Required.")
        Path out;

        @Mixin
        RulesOptions rulesOptions;

        @Mixin
        CheckOptions check;

        @Mixin
        ReportFileOptions reportFiles;

        // --rule-timeout in milliseconds: it sets the same limit, so the later of the two on the command line wins.
        @Option(names = "--rule-timeout-ms", paramLabel = "MILLIS", description = "--rule-timeout in milliseconds.")
        void ruleTimeoutMillis(long millis) {
            check.ruleTimeout(Duration.ofMillis(millis));
        }

        @Option(names = "--format", paramLabel = "FORMAT", split = ",",
                description = "Report formats written to DIR/reports/ARTICLE-ID/, as verify writes them, comma-separated: "
                        + "${COMPLETION-CANDIDATES}, or all. Default: the configuration's format, else none (the rows carry findings.json).",
                completionCandidates = FormatNames.class)
        List<String> formats;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Prints this help and exits.")
        boolean help;
    }

    static final class FormatNames implements Iterable<String> {
        @Override public Iterator<String> iterator() { return Renderers.names().iterator(); }
    }

    /** The job's command line; verify's options the job does not take are known to it, hidden, so they can be refused by name. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Options());
        for (String name : new TreeMap<>(NOT_TAKEN).keySet())
            cl.getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder(name).arity("0..1").type(String.class).hidden(true).build());
        cl.setOverwrittenOptionsAllowed(true);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        return cl;
    }

    /**
     * The same options as verify: --rules, --config, --disable, --severity, --fail-on, --baseline, --write-baseline,
     * --justification, --as-of, --max-firings, --rule-timeout, --time-limit, --text-root, --reference, --corroborate,
     * --no-coverage, --format, --publisher, --article-url, --review-date, --repo-root; --rule-timeout-ms
     * (--rule-timeout in milliseconds); and --out.
     * An input ending in .jsonl is read as JSON Lines, one facts document per line. A bad command line is an
     * IllegalArgumentException of one line that names the option.
     */
    static Job parse(String[] args) {
        return job(options(commandLine(), args));
    }

    /** The options of {@code args}, read by {@code cl}. */
    private static Options options(CommandLine cl, String[] args) {
        CommandLine.ParseResult parsed;
        try {
            parsed = cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(oneLine(e), e);
        }
        for (CommandLine.Model.OptionSpec o : parsed.matchedOptions())
            if (NOT_TAKEN.containsKey(o.longestName()))
                throw new IllegalArgumentException(o.longestName() + ": the job does not take it; " + NOT_TAKEN.get(o.longestName()));
        return cl.getCommand();
    }

    /** picocli's complaint as the job has always worded it: the option first. */
    private static String oneLine(CommandLine.ParameterException e) {
        String option = e.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName() : null;
        String message;
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty())
            message = "unknown option " + u.getUnmatched().get(0);
        else if (e instanceof CommandLine.MissingParameterException m && m.getMissing().size() == 1
                && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec missing)
            message = missing.longestName() + ": a value is missing";
        else if (option != null && e.getCause() instanceof CommandLine.TypeConversionException t)
            message = option + ": " + t.getMessage();
        else
            message = e.getMessage();
        return Printable.line(message);
    }

    private static Job job(Options o) {
        if (o.inputs.isEmpty()) throw new IllegalArgumentException("name one or more facts files, folders or .jsonl files");
        if (o.out == null) throw new IllegalArgumentException("--out DIR is required");
        CheckOptions check = o.check;
        // The settings file's out: is where verify writes reports; the job writes to --out.
        Config c = check.config(o.rulesOptions, o.formats, null);
        List<String> packs = c.rules() != null ? c.rules().stream().map(Path::toString).toList() : List.of(shippedRules());
        Map<String, String> levels = new TreeMap<>();
        if (c.severities() != null) c.severities().forEach((rule, s) -> levels.put(rule, s.name()));
        // Report files only when --format or the settings file's format: names them (the rows always carry findings.json).
        List<Renderer> renderers = List.of();
        if (c.formats() != null) {
            try {
                renderers = Renderers.of(c.formats());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format: " + e.getMessage(), e);
            }
            if (renderers.isEmpty()) throw new IllegalArgumentException("--format: no format named; expected one or more of "
                    + String.join(", ", Renderers.names()) + " or all");
        }
        ReportFileOptions.Values about = o.reportFiles.values(renderers);
        // verify --write-baseline records on --baseline (or the settings file's), else on the file it writes when there is one.
        JobSpec.Recording recording = null;
        Path writeBaseline = check.writeBaseline();
        if (writeBaseline != null) {
            ReportWriter.checkFile(writeBaseline, "--write-baseline");
            Path onto = c.baseline() != null ? c.baseline() : Files.isRegularFile(writeBaseline) ? writeBaseline : null;
            recording = new JobSpec.Recording(onto == null ? null : onto.toString(), check.justification());
        }
        JobSpec spec = new JobSpec(packs, c.disabled() == null ? List.of() : c.disabled(), levels,
                (c.failOn() != null ? c.failOn() : FailOn.ERROR).name(), c.baseline() == null ? null : c.baseline().toString(), check.asOf().toString(),
                check.maxFirings(), check.ruleTimeout().toMillis(), check.timeLimit().toMillis(),
                check.textRoot() == null ? null : TextRoot.of(check.textRoot(), "--text-root").folder().toString(),
                (c.reference() != null ? c.reference() : List.<Path>of()).stream().map(Path::toString).toList(),
                check.corroborate().stream().map(Path::toString).toList(), renderers.stream().map(Renderer::format).toList(),
                new JobSpec.ReportSpec(about.repositoryRoot().toString(), about.publisher(), about.articleUrl(), about.reviewDate().toString()),
                check.coverage(), recording);
        return new Job(o.inputs, o.out, spec, writeBaseline);
    }

    /** rules/ of the checkout bin/claimcheck-spark runs from (-Dclaimcheck.home), else ./rules. */
    private static String shippedRules() {
        String home = System.getProperty("claimcheck.home");
        return home != null && Files.isDirectory(Path.of(home, "rules")) ? Path.of(home, "rules").toString() : "rules";
    }

    /** The schema of the inputs: a facts file ({@code line} 0), or one line of a JSON Lines file and where it is in the file. */
    private static final StructType INPUT = new StructType().add("input", DataTypes.LongType, false).add("source", DataTypes.StringType, false)
            .add("line", DataTypes.IntegerType, false).add("offset", DataTypes.LongType, false).add("length", DataTypes.IntegerType, false);

    /**
     * Runs the job on {@code spark}; rows go to out/articles.jsonl, out/articles.parquet and out/summary.json, and
     * with --format each article's reports to out/reports/ARTICLE-ID/.
     */
    public static Result run(SparkSession spark, Job job) {
        long t0 = System.nanoTime();
        List<Row> named = inputs(job);
        // As many partitions as cores: the articles cost about the same, and each partition has a fixed cost.
        // Sliced in order (parallelize), so the rows stay in input order with no sort.
        int partitions = Math.max(1, Math.min(named.size(), spark.sparkContext().defaultParallelism()));
        Dataset<Row> inputs = spark.createDataFrame(new JavaSparkContext(spark.sparkContext()).parallelize(named, partitions), INPUT);

        JobSpec spec = job.spec();
        // Compiled on the driver first: a bad rule pack or baseline is verify's one line (exit 2), not a failed stage.
        // In local mode the executors are this JVM, so they share it.
        Executors.verification(spec);
        Baseline recordedOn = spec.recording() == null ? null : spec.recording().previous();  // a bad one is verify's line, before any stage
        String reportsFolder = job.out().resolve("reports").toAbsolutePath().toString();  // a String: a Path is not Serializable
        if (!spec.formats().isEmpty()) ReportWriter.checkFolder(Path.of(reportsFolder), "--out");
        MapPartitionsFunction<Row, Row> check = sources -> {
            claimcheck.Verification v = Executors.verification(spec);
            ReportWriter writer = spec.reportWriter(v, reportsFolder);
            return new Iterator<Row>() {
                @Override public boolean hasNext() { return sources.hasNext(); }
                @Override public Row next() {
                    Row r = sources.next();
                    return ArticleRow.of(v, writer, spec, r.getLong(0), r.getString(1), r.getInt(2), r.getLong(3), r.getInt(4));
                }
            };
        };
        Dataset<Row> checked = inputs.mapPartitions(check, ExpressionEncoder.apply(ArticleRow.SCHEMA)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long t1 = System.nanoTime();
            // The one pass that checks: it fills the cache, and brings back the few columns the driver needs.
            List<Row> checks = new ArrayList<>(checked.select("input", "articleId", "source", "idLine", "idColumn", "status", "gate", "findings", "recorded")
                    .collectAsList());
            checks.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
            Map<Long, String> dupes = duplicateIds(checks);
            Dataset<Row> rows = rejecting(checked, dupes);
            long t2 = System.nanoTime();
            Dataset<Row> published = rows.select(java.util.Arrays.stream(ArticleRow.PUBLISHED).map(functions::col).toArray(Column[]::new));
            published.write().mode(SaveMode.Overwrite).json(job.out().resolve("articles.jsonl").toString());
            long tJson = System.nanoTime();
            published.write().mode(SaveMode.Overwrite).parquet(job.out().resolve("articles.parquet").toString());
            long t3 = System.nanoTime();
            if (!spec.formats().isEmpty()) writeReports(rows, spec, reportsFolder, checks, dupes);
            long t4 = System.nanoTime();
            Baseline recorded = recordedOn == null ? null : recorded(recordedOn, checks, dupes);
            // As verify: written after the reports, and not when a lone input could not be read.
            if (recorded != null && !(checks.size() == 1 && ArticleRow.INPUT_ERROR.equals(checks.get(0).getString(5)))) {
                try {
                    ReportWriter.writeFile(job.writeBaseline(), recorded.toYaml());
                } catch (IOException e) {
                    throw new InputError(job.writeBaseline().toString(), 0, 0, null, "cannot be written: " + e.getMessage());
                }
            } else {
                recorded = null;
            }
            Result result = summarise(checks, dupes, recorded);
            spark.createDataFrame(List.of(RowFactory.create(result.articles(), result.gateFailures(), result.inputErrors(), result.ruleErrors(),
                            result.exitCode(), new TreeMap<>(result.findings()).toString())),
                    new StructType().add("articles", DataTypes.LongType).add("gateFailures", DataTypes.LongType)
                            .add("inputErrors", DataTypes.LongType).add("ruleErrors", DataTypes.LongType)
                            .add("exitCode", DataTypes.IntegerType).add("findings", DataTypes.StringType))
                    .coalesce(1).write().mode(SaveMode.Overwrite).json(job.out().resolve("summary.json").toString());
            // Where the time goes (docs/scale.md).
            System.err.printf("timings: inputs %d ms (%d inputs), check %d ms, write rows %d ms (JSON Lines %d ms, Parquet %d ms), reports %d ms, summary %d ms%n",
                    (t1 - t0) / 1_000_000, named.size(), (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (tJson - t2) / 1_000_000, (t3 - tJson) / 1_000_000,
                    (t4 - t3) / 1_000_000, (System.nanoTime() - t4) / 1_000_000);
            return result;
        } finally {
            checked.unpersist();
        }
    }

    /**
     * The inputs in the order verify takes them: the facts files its {@link FactsFinder} finds in the files and
     * folders named, then the lines of each .jsonl file named, as {@code verify FILES --stdin} takes its files,
     * then standard input. Spark's own listing would skip names starting with . or _ and miss upper-case
     * extensions; its text reader would not number lines as verify does.
     */
    private static List<Row> inputs(Job job) {
        List<Path> files = new ArrayList<>(), lines = new ArrayList<>();
        for (Path p : job.inputs()) (isJsonLines(p) ? lines : files).add(p);
        List<Row> named = new ArrayList<>();
        if (!files.isEmpty())
            for (Path f : new FactsFinder(InputLimits.DEFAULT, job.out()).find(files).facts()) named.add(RowFactory.create((long) named.size(), f.toString(), 0, 0L, 0));
        for (Path p : lines) {
            // Indexed here, read by the executors: a line's place travels with the task, not its bytes.
            try (InputStream in = Files.newInputStream(p)) {
                for (JsonLineIndex.Line l : JsonLineIndex.of(in, InputLimits.DEFAULT.maxFileBytes()))
                    named.add(RowFactory.create((long) named.size(), p.toString(), l.number(), l.offset(), l.length()));
            } catch (IOException e) {
                throw new InputError(p.toString(), 0, 0, null, "cannot be read: " + e.getMessage());
            }
        }
        return named;
    }

    private static boolean isJsonLines(Path p) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl") && !Files.isDirectory(p);
    }

    /**
     * An article id that an earlier input (in input order, ignoring letter case) has is an input error of the
     * later one, as verify rejects it: their reports would overwrite each other. The ids are few bytes each,
     * so they are collected on the driver. Returns the rejected inputs' lines by input.
     */
    private static Map<Long, String> duplicateIds(List<Row> checks) {
        Map<String, Row> first = new HashMap<>();
        Map<Long, String> rejected = new HashMap<>();
        for (Row r : checks) {
            if (r.isNullAt(1)) continue;
            // The message of claimcheck.facts.ArticleIds, which verify prints.
            String id = r.getString(1);
            Row earlier = first.putIfAbsent(id.toLowerCase(Locale.ROOT), r);
            if (earlier == null) continue;
            String other = earlier.getString(1);
            rejected.put(r.getLong(0), new InputError(r.getString(2), r.getInt(3), r.getInt(4), "article.id", other.equals(id)
                    ? "article id \"" + id + "\" is also used by " + earlier.getString(2) + "; reports would overwrite each other"
                    : "article id \"" + id + "\" differs only in case from \"" + other + "\" in " + earlier.getString(2)
                            + "; reports would overwrite each other on case-insensitive file systems").oneLine());
        }
        return Map.copyOf(rejected);
    }

    /** The rows with each rejected input's row an input error. */
    private static Dataset<Row> rejecting(Dataset<Row> checked, Map<Long, String> dupes) {
        if (dupes.isEmpty()) return checked;
        return checked.map((MapFunction<Row, Row>) r -> {
            String message = dupes.get(r.getLong(0));
            if (message == null) return r;
            return RowFactory.create(r.getLong(0), r.getString(1), r.getString(2), ArticleRow.INPUT_ERROR, null, message, new String[0], null,
                    r.getInt(8), r.getInt(9), null, null);
        }, ExpressionEncoder.apply(ArticleRow.SCHEMA));
    }

    /**
     * Each checked article's report folder, written whole by verify's {@link ReportWriter}, from the executors;
     * the targets are checked first on the driver, as verify checks them before writing anything.
     */
    private static void writeReports(Dataset<Row> rows, JobSpec spec, String reportsFolder, List<Row> checks, Map<Long, String> dupes) {
        List<String> ids = checks.stream().filter(r -> ArticleRow.OK.equals(r.getString(5)) && !dupes.containsKey(r.getLong(0)))
                .map(r -> r.getString(1)).toList();
        new ReportWriter(Path.of(reportsFolder), Renderers.of(spec.formats()), ReportOptions.of(List.of())).checkTargets(ids);
        rows.filter(functions.col("reports").isNotNull()).select("articleId", "reports").foreachPartition((ForeachPartitionFunction<Row>) part -> {
            ReportWriter writer = spec.reportWriter(Executors.verification(spec), reportsFolder);
            while (part.hasNext()) {
                Row r = part.next();
                writer.write(r.getString(0), new LinkedHashMap<>(r.<String, String>getJavaMap(1)));
            }
        });
    }

    /**
     * The baseline verify --write-baseline writes: every checked article's findings, recorded by its executor on its
     * part of {@code onto}, and the entries of {@code onto} of the other articles. An input rejected for its
     * duplicate id is not recorded, as verify does not check it.
     */
    private static Baseline recorded(Baseline onto, List<Row> checks, Map<Long, String> dupes) {
        Set<String> articles = new HashSet<>();
        List<BaselineEntry> entries = new ArrayList<>();
        for (Row r : checks) {
            if (r.isNullAt(8) || dupes.containsKey(r.getLong(0))) continue;
            articles.add(r.getString(1));
            for (Row e : r.<Row>getList(8)) entries.add(ArticleRow.Entries.entry(e));
        }
        return onto.recorded(articles, entries);
    }

    private static Result summarise(List<Row> checks, Map<Long, String> dupes, Baseline recorded) {
        long gateFailures = 0, inputErrors = 0, ruleErrors = 0;
        Map<String, Long> findings = new TreeMap<>();
        for (Row r : checks) {
            String status = dupes.containsKey(r.getLong(0)) ? ArticleRow.INPUT_ERROR : r.getString(5);
            switch (status) {
                case ArticleRow.INPUT_ERROR -> inputErrors++;
                case ArticleRow.RULE_ERROR -> ruleErrors++;
                default -> {
                    if ("fail".equals(r.getString(6))) gateFailures++;
                    for (String f : r.<String>getList(7)) findings.merge(f, 1L, Long::sum);
                }
            }
        }
        return new Result(checks.size(), gateFailures, inputErrors, ruleErrors, findings, recorded);
    }

    static { Encoders.STRING(); }  // loads Spark's encoders before the first task (keeps the first stage's timing honest)
}
