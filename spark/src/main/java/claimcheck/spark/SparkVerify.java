package claimcheck.spark;

import claimcheck.InputError;
import claimcheck.config.Config;
import claimcheck.engine.EngineLimits;
import claimcheck.facts.FactsFinder;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import claimcheck.cli.RepositoryRoot;
import claimcheck.cli.ReviewDate;
import claimcheck.facts.JsonLines;
import claimcheck.facts.TextRoot;
import claimcheck.input.InputLimits;
import claimcheck.report.Renderer;
import claimcheck.report.Renderers;
import claimcheck.report.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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

/**
 * claimcheck verify as a Spark job: the facts files are found on the driver by the CLI's own
 * {@link FactsFinder}, each partition loads, checks and renders its files through the library
 * ({@link claimcheck.Verification}, rules compiled once per executor), and the job writes one row per
 * article as JSON Lines and Parquet, plus a summary. Its exit code is verify's: 3 when a rule failed or
 * looped, else 2 when a facts file was bad, else 1 when a gate failed, else 0.
 */
public final class SparkVerify {
    private SparkVerify() {}

    /** What the job was asked: the inputs as named, the output folder, and the settings. */
    public record Job(List<Path> inputs, Path out, JobSpec spec) {}

    /** What the job found, for the exit code and the summary. */
    public record Result(long articles, long gateFailures, long inputErrors, long ruleErrors, Map<String, Long> findings) {
        public int exitCode() {
            if (ruleErrors > 0) return 3;
            if (inputErrors > 0) return 2;
            return gateFailures > 0 ? 1 : 0;
        }
    }

    public static void main(String[] args) {
        int code;
        try {
            Job job = parse(args);
            // A bad rule pack or baseline is one line before Spark starts; run() and local tasks reuse the compilation.
            Executors.verification(job.spec());
            long t0 = System.nanoTime();
            SparkSession spark = SparkSession.builder().appName("claimcheck")
                    .master(System.getProperty("spark.master", "local[*]")).getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            try {
                System.err.printf("timings: spark session %d ms%n", (System.nanoTime() - t0) / 1_000_000);
                Result r = run(spark, job);
                System.out.printf("%d articles: %d gate failures, %d input errors, %d rule errors; rows in %s%n",
                        r.articles(), r.gateFailures(), r.inputErrors(), r.ruleErrors(), job.out());
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

    /** verify's options the job does not take, with why; each is refused with one line (exit 2). */
    private static final Map<String, String> NOT_TAKEN = Map.of(
            "--write-baseline", "records a baseline in a second pass over every article; record it with claimcheck verify --write-baseline",
            "--justification", "goes with --write-baseline, which the job does not take",
            "--stdin", "name .jsonl files instead: each line is a facts document, as verify --stdin reads them",
            "--jobs", "Spark runs one article per executor core; size the executors instead (docs/scale.md)",
            "--no-cache", "each executor compiles the rules once and keeps them in the rule cache");

    /**
     * The same options as verify: --rules, --disable, --severity, --fail-on, --config, --baseline, --as-of,
     * --max-firings, --rule-timeout, --time-limit, --text-root, --reference, --corroborate, --format, --publisher,
     * --article-url, --review-date, --repo-root; --rule-timeout-ms (--rule-timeout in milliseconds); and --out.
     * An input ending in .jsonl is read as JSON Lines, one facts document per line.
     */
    static Job parse(String[] args) {
        List<Path> inputs = new ArrayList<>();
        List<Path> rules = new ArrayList<>();
        List<String> disable = new ArrayList<>();
        List<Path> reference = new ArrayList<>();
        List<String> corroborate = new ArrayList<>();
        List<String> formats = null;
        Map<String, Severity> severity = new LinkedHashMap<>();
        FailOn failOn = null;
        Path config = null, out = null, baseline = null, textRoot = null, repoRoot = null;
        String publisher = null, articleUrl = null;
        LocalDate asOf = LocalDate.now(), reviewDate = null;
        int maxFirings = EngineLimits.DEFAULT.maxFirings();
        long ruleTimeout = EngineLimits.DEFAULT.timeout().toMillis();
        long timeLimit = 30_000;  // verify's default --time-limit
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) { inputs.add(Path.of(a)); continue; }
            if (NOT_TAKEN.containsKey(a)) throw new IllegalArgumentException(a + ": the job does not take it; " + NOT_TAKEN.get(a));
            if (i + 1 >= args.length) throw new IllegalArgumentException(a + ": a value is missing");
            String v = args[++i];
            switch (a) {
                case "--out" -> out = Path.of(v);
                case "--rules" -> rules.add(Path.of(v));
                case "--disable" -> disable.addAll(List.of(v.split(",")));
                case "--severity" -> {
                    String[] kv = v.split("=", 2);
                    if (kv.length != 2) throw new IllegalArgumentException("--severity: expected RULE=LEVEL, got " + v);
                    severity.put(kv[0], Severity.parse(kv[1]));
                }
                case "--fail-on" -> failOn = FailOn.valueOf(v.toUpperCase(Locale.ROOT));
                case "--config" -> config = Path.of(v);
                case "--baseline" -> baseline = Path.of(v);
                case "--as-of" -> asOf = LocalDate.parse(v);
                case "--max-firings" -> maxFirings = Integer.parseInt(v);
                case "--rule-timeout-ms" -> ruleTimeout = Long.parseLong(v);
                case "--rule-timeout" -> ruleTimeout = duration(a, v).toMillis();
                case "--time-limit" -> timeLimit = duration(a, v).toMillis();
                case "--text-root" -> textRoot = Path.of(v);
                case "--reference" -> reference.add(Path.of(v));
                case "--corroborate" -> corroborate.add(v);
                case "--format" -> formats = List.of(v.split(",", -1)).stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
                case "--publisher" -> publisher = v.isBlank() ? null : v;
                case "--article-url" -> articleUrl = v.isBlank() ? null : v;
                case "--review-date" -> reviewDate = LocalDate.parse(v);
                case "--repo-root" -> repoRoot = Path.of(v);
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (inputs.isEmpty()) throw new IllegalArgumentException("name one or more facts files, folders or .jsonl files");
        if (out == null) throw new IllegalArgumentException("--out DIR is required");
        Config c = Config.find(config).overriddenBy(new Config(null, rules.isEmpty() ? null : rules, disable.isEmpty() ? null : disable,
                severity.isEmpty() ? null : severity, null, failOn, null, baseline, reference.isEmpty() ? null : reference, Map.of()));
        List<String> packs = c.rules() != null ? c.rules().stream().map(Path::toString).toList() : List.of(shippedRules());
        Map<String, String> levels = new TreeMap<>();
        if (c.severities() != null) c.severities().forEach((rule, s) -> levels.put(rule, s.name()));
        // Report files only when --format names them (the rows always carry findings.json); checked as verify checks them.
        List<String> reportFormats = formats == null ? List.of() : formats;
        if (formats != null && formats.isEmpty()) throw new IllegalArgumentException("--format: no format named; expected one or more of "
                + String.join(", ", Renderers.names()) + " or all");
        if (!reportFormats.isEmpty()) {
            List<Renderer> renderers = Renderers.of(reportFormats);  // an IllegalArgumentException names an unknown format
            if (publisher == null && renderers.stream().anyMatch(r -> r.format().equals("claimreview")))
                throw new InputError(null, 0, 0, "--publisher", "the claimreview format needs --publisher NAME, the fact-checker that publishes the reviews");
            if (articleUrl != null) {
                try {
                    claimcheck.facts.Article.checkUrl(articleUrl);
                } catch (IllegalArgumentException e) {
                    throw new InputError(null, 0, 0, "--article-url", e.getMessage());
                }
            }
        }
        Path root = repoRoot != null ? repoRoot.toAbsolutePath().normalize() : RepositoryRoot.above(Path.of("").toAbsolutePath());
        if (!Files.isDirectory(root)) throw new InputError(null, 0, 0, "--repo-root", root + " is not a folder");
        LocalDate reviewed = reviewDate != null ? reviewDate : ReviewDate.fromEnvironment(System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
        JobSpec spec = new JobSpec(packs, c.disabled() == null ? List.of() : c.disabled(), levels,
                (c.failOn() != null ? c.failOn() : FailOn.ERROR).name(), c.baseline() == null ? null : c.baseline().toString(), asOf.toString(),
                maxFirings, ruleTimeout, timeLimit, textRoot == null ? null : TextRoot.of(textRoot, "--text-root").folder().toString(),
                (c.reference() != null ? c.reference() : List.<Path>of()).stream().map(Path::toString).toList(), corroborate, reportFormats,
                new JobSpec.ReportSpec(root.toString(), publisher, articleUrl, reviewed.toString()));
        return new Job(inputs, out, spec);
    }

    /** A duration as verify's options take it: 500ms, 10s or 2m. */
    private static Duration duration(String option, String value) {
        Matcher m = Pattern.compile("(\\d{1,9})(ms|s|m)").matcher(value.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0)
            throw new IllegalArgumentException(option + ": expected a positive duration such as 500ms, 10s or 2m, got " + value);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            default -> Duration.ofMinutes(n);
        };
    }

    /** rules/ of the checkout bin/claimcheck-spark runs from (-Dclaimcheck.home), else ./rules. */
    private static String shippedRules() {
        String home = System.getProperty("claimcheck.home");
        return home != null && Files.isDirectory(Path.of(home, "rules")) ? Path.of(home, "rules").toString() : "rules";
    }

    /** The schema of the inputs: a facts file ({@code line} 0), or one line of a JSON Lines file and its bytes. */
    private static final StructType INPUT = new StructType().add("input", DataTypes.LongType, false).add("source", DataTypes.StringType, false)
            .add("line", DataTypes.IntegerType, false).add("content", DataTypes.BinaryType, true);

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
        String reportsFolder = job.out().resolve("reports").toAbsolutePath().toString();  // a String: a Path is not Serializable
        if (!spec.formats().isEmpty()) ReportWriter.checkFolder(Path.of(reportsFolder), "--out");
        MapPartitionsFunction<Row, Row> check = sources -> {
            claimcheck.Verification v = Executors.verification(spec);
            ReportWriter writer = spec.reportWriter(v, reportsFolder);
            return new Iterator<Row>() {
                @Override public boolean hasNext() { return sources.hasNext(); }
                @Override public Row next() {
                    Row r = sources.next();
                    return ArticleRow.of(v, writer, r.getLong(0), r.getString(1), r.getInt(2), r.isNullAt(3) ? null : (byte[]) r.get(3));
                }
            };
        };
        Dataset<Row> checked = inputs.mapPartitions(check, ExpressionEncoder.apply(ArticleRow.SCHEMA)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long t1 = System.nanoTime();
            // The one pass that checks: it fills the cache, and brings back the few columns the driver needs.
            List<Row> checks = new ArrayList<>(checked.select("input", "articleId", "source", "idLine", "idColumn", "status", "gate", "findings")
                    .collectAsList());
            checks.sort(java.util.Comparator.comparingLong(r -> r.getLong(0)));
            Map<Long, String> dupes = duplicateIds(checks);
            Dataset<Row> rows = rejecting(checked, dupes);
            long t2 = System.nanoTime();
            Dataset<Row> published = rows.select(java.util.Arrays.stream(ArticleRow.PUBLISHED).map(functions::col).toArray(Column[]::new));
            published.write().mode(SaveMode.Overwrite).json(job.out().resolve("articles.jsonl").toString());
            published.write().mode(SaveMode.Overwrite).parquet(job.out().resolve("articles.parquet").toString());
            long t3 = System.nanoTime();
            if (!spec.formats().isEmpty()) writeReports(rows, spec, reportsFolder, checks, dupes);
            long t4 = System.nanoTime();
            Result result = summarise(checks, dupes);
            spark.createDataFrame(List.of(RowFactory.create(result.articles(), result.gateFailures(), result.inputErrors(), result.ruleErrors(),
                            result.exitCode(), new TreeMap<>(result.findings()).toString())),
                    new StructType().add("articles", DataTypes.LongType).add("gateFailures", DataTypes.LongType)
                            .add("inputErrors", DataTypes.LongType).add("ruleErrors", DataTypes.LongType)
                            .add("exitCode", DataTypes.IntegerType).add("findings", DataTypes.StringType))
                    .coalesce(1).write().mode(SaveMode.Overwrite).json(job.out().resolve("summary.json").toString());
            // Where the time goes (docs/scale.md).
            System.err.printf("timings: inputs and rules %d ms (%d inputs), check %d ms, write rows %d ms, reports %d ms, summary %d ms%n", (t1 - t0) / 1_000_000,
                    named.size(), (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (System.nanoTime() - t4) / 1_000_000);
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
            for (Path f : new FactsFinder(InputLimits.DEFAULT, job.out()).find(files).facts()) named.add(RowFactory.create((long) named.size(), f.toString(), 0, null));
        for (Path p : lines) {
            try (InputStream in = Files.newInputStream(p)) {
                for (JsonLines.Line l : JsonLines.read(in, InputLimits.DEFAULT.maxFileBytes()))
                    named.add(RowFactory.create((long) named.size(), p.toString(), l.number(), l.content()));
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
                    r.getInt(8), r.getInt(9), null);
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

    private static Result summarise(List<Row> checks, Map<Long, String> dupes) {
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
        return new Result(checks.size(), gateFailures, inputErrors, ruleErrors, findings);
    }

    static { Encoders.STRING(); }  // loads Spark's encoders before the first task (keeps the first stage's timing honest)
}
