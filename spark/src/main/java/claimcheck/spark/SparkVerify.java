package claimcheck.spark;

import claimcheck.InputError;
import claimcheck.config.Config;
import claimcheck.engine.EngineLimits;
import claimcheck.facts.FactsFinder;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import claimcheck.input.InputLimits;
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
import org.apache.spark.api.java.function.MapPartitionsFunction;
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
        } catch (IllegalArgumentException e) {
            System.err.println("claimcheck-spark: " + e.getMessage());
            code = 2;
        }
        System.exit(code);
    }

    /**
     * The same rule options as verify: --rules, --disable, --severity, --fail-on, --config, --baseline, --as-of,
     * --max-firings; --rule-timeout-ms (verify's --rule-timeout, in milliseconds); and --out.
     */
    static Job parse(String[] args) {
        List<Path> inputs = new ArrayList<>();
        List<Path> rules = new ArrayList<>();
        List<String> disable = new ArrayList<>();
        Map<String, Severity> severity = new LinkedHashMap<>();
        FailOn failOn = null;
        Path config = null, out = null, baseline = null;
        LocalDate asOf = LocalDate.now();
        int maxFirings = EngineLimits.DEFAULT.maxFirings();
        long ruleTimeout = EngineLimits.DEFAULT.timeout().toMillis();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--")) { inputs.add(Path.of(a)); continue; }
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
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (inputs.isEmpty()) throw new IllegalArgumentException("name one or more facts files or folders");
        if (out == null) throw new IllegalArgumentException("--out DIR is required");
        Config c = Config.find(config).overriddenBy(new Config(null, rules.isEmpty() ? null : rules, disable.isEmpty() ? null : disable,
                severity.isEmpty() ? null : severity, null, failOn, null, baseline, Map.of()));
        List<String> packs = c.rules() != null ? c.rules().stream().map(Path::toString).toList() : List.of(shippedRules());
        Map<String, String> levels = new TreeMap<>();
        if (c.severities() != null) c.severities().forEach((rule, s) -> levels.put(rule, s.name()));
        JobSpec spec = new JobSpec(packs, c.disabled() == null ? List.of() : c.disabled(), levels,
                (c.failOn() != null ? c.failOn() : FailOn.ERROR).name(), c.baseline() == null ? null : c.baseline().toString(), asOf.toString(),
                maxFirings, ruleTimeout);
        return new Job(inputs, out, spec);
    }

    /** rules/ of the checkout bin/claimcheck-spark runs from (-Dclaimcheck.home), else ./rules. */
    private static String shippedRules() {
        String home = System.getProperty("claimcheck.home");
        return home != null && Files.isDirectory(Path.of(home, "rules")) ? Path.of(home, "rules").toString() : "rules";
    }

    /** Runs the job on {@code spark}; rows go to out/articles.jsonl, out/articles.parquet and out/summary.json. */
    public static Result run(SparkSession spark, Job job) {
        // Found as verify finds them (names starting with . or _, upper-case extensions: Spark's own listing would skip or miss them).
        long t0 = System.nanoTime();
        FactsFinder.Found found = new FactsFinder(InputLimits.DEFAULT, job.out()).find(job.inputs());
        List<Row> named = new ArrayList<>();
        for (int i = 0; i < found.facts().size(); i++) named.add(RowFactory.create((long) i, found.facts().get(i).toString()));
        StructType inputSchema = new StructType().add("input", DataTypes.LongType, false).add("source", DataTypes.StringType, false);
        int partitions = Math.max(1, Math.min(named.size(), spark.sparkContext().defaultParallelism() * 4));
        Dataset<Row> inputs = spark.createDataFrame(named, inputSchema).repartition(partitions);

        JobSpec spec = job.spec();
        MapPartitionsFunction<Row, Row> check = sources -> {
            claimcheck.Verification v = Executors.verification(spec);
            return new Iterator<Row>() {
                @Override public boolean hasNext() { return sources.hasNext(); }
                @Override public Row next() { Row r = sources.next(); return ArticleRow.of(v, r.getLong(0), r.getString(1)); }
            };
        };
        Dataset<Row> checked = inputs.mapPartitions(check, ExpressionEncoder.apply(ArticleRow.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> rows = null;
        try {
            long t1 = System.nanoTime();
            // Sorted once and kept: both writes and the summary read it.
            rows = duplicateIds(spark, checked).orderBy("input").persist(StorageLevel.MEMORY_AND_DISK());
            long t2 = System.nanoTime();
            rows.write().mode(SaveMode.Overwrite).json(job.out().resolve("articles.jsonl").toString());
            rows.write().mode(SaveMode.Overwrite).parquet(job.out().resolve("articles.parquet").toString());
            long t3 = System.nanoTime();
            Result result = summarise(rows);
            spark.createDataFrame(List.of(RowFactory.create(result.articles(), result.gateFailures(), result.inputErrors(), result.ruleErrors(),
                            result.exitCode(), new TreeMap<>(result.findings()).toString())),
                    new StructType().add("articles", DataTypes.LongType).add("gateFailures", DataTypes.LongType)
                            .add("inputErrors", DataTypes.LongType).add("ruleErrors", DataTypes.LongType)
                            .add("exitCode", DataTypes.IntegerType).add("findings", DataTypes.StringType))
                    .coalesce(1).write().mode(SaveMode.Overwrite).json(job.out().resolve("summary.json").toString());
            // Where the time goes (docs/scale.md): the checks run in the duplicate-id pass, the first action.
            System.err.printf("timings: find %d ms (%d files), check %d ms, write %d ms, summary %d ms%n", (t1 - t0) / 1_000_000,
                    named.size(), (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
            return result;
        } finally {
            if (rows != null) rows.unpersist();
            checked.unpersist();
        }
    }

    /**
     * An article id that an earlier input (in input order, ignoring letter case) has is an input error of the
     * later one, as verify rejects it: their reports would overwrite each other. The ids are few bytes each,
     * so they are collected on the driver.
     */
    private static Dataset<Row> duplicateIds(SparkSession spark, Dataset<Row> checked) {
        List<Row> ids = checked.filter("articleId is not null").select("input", "articleId", "source", "idLine", "idColumn").orderBy("input").collectAsList();
        Map<String, Row> first = new HashMap<>();
        Map<Long, String> rejected = new HashMap<>();
        for (Row r : ids) {
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
        if (rejected.isEmpty()) return checked;
        Map<Long, String> dupes = Map.copyOf(rejected);
        return checked.map((org.apache.spark.api.java.function.MapFunction<Row, Row>) r -> {
            String message = dupes.get(r.getLong(0));
            if (message == null) return r;
            return RowFactory.create(r.getLong(0), r.getString(1), r.getString(2), ArticleRow.INPUT_ERROR, null, message, new String[0], null, r.getInt(8), r.getInt(9));
        }, ExpressionEncoder.apply(ArticleRow.SCHEMA));
    }

    private static Result summarise(Dataset<Row> rows) {
        long articles = 0, gateFailures = 0, inputErrors = 0, ruleErrors = 0;
        for (Row r : rows.groupBy("status", "gate").count().collectAsList()) {
            long n = r.getLong(2);
            articles += n;
            switch (r.getString(0)) {
                case ArticleRow.INPUT_ERROR -> inputErrors += n;
                case ArticleRow.RULE_ERROR -> ruleErrors += n;
                default -> { if ("fail".equals(r.getString(1))) gateFailures += n; }
            }
        }
        Map<String, Long> findings = new TreeMap<>();
        for (Row r : rows.selectExpr("explode(findings) as f").groupBy("f").count().collectAsList()) findings.put(r.getString(0), r.getLong(1));
        return new Result(articles, gateFailures, inputErrors, ruleErrors, findings);
    }

    static { Encoders.STRING(); }  // loads Spark's encoders before the first task (keeps the first stage's timing honest)
}
