package claimcheck.bench;

import claimcheck.Deadline;
import claimcheck.Parallel;
import claimcheck.Reports;
import claimcheck.Settings;
import claimcheck.Verification;
import claimcheck.Version;
import claimcheck.baseline.Baseline;
import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.engine.Gate;
import claimcheck.engine.ReportAssembler;
import claimcheck.facts.FactsFile;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.input.InputLimits;
import claimcheck.report.BatchSummary;
import claimcheck.report.JsonRenderer;
import claimcheck.report.Renderer;
import claimcheck.report.Renderers;
import claimcheck.report.ReportOptions;
import claimcheck.report.ReportWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The in-process figures of docs/performance.md, one part per call (bench/run calls each part in a
 * fresh JVM and {@link Report} puts them together):
 * <ul>
 * <li>{@code throughput N THREADS...}: N generated articles, end to end (parse, check, write JSON),
 *     with Drools and with {@link PlainChecks}, at each thread count;</li>
 * <li>{@code scale FACTS}: one article of FACTS facts in one session: load time, check time, peak heap,
 *     the plain-Java checks over the same facts, Drools with only their three rules (no coverage), and the time
 *     each report format takes to render.</li>
 * </ul>
 * Each part writes its figures as JSON to target/bench/PART.json.
 */
public final class Bench {
    private Bench() {}

    static final Path OUT = Path.of("target", "bench");
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public static void main(String[] args) throws Exception {
        Files.createDirectories(OUT);
        switch (args[0]) {
            case "throughput" -> throughput(Integer.parseInt(args[1]), Stream.of(args).skip(2).map(Integer::parseInt).toList());
            case "scale" -> scale(Integer.parseInt(args[1]));
            case "load" -> load(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("throughput N THREADS... | scale FACTS | load N ROUNDS");
        }
    }

    private static Settings settings(InputLimits limits) {
        // -Dbench.rules=DIR measures another rules folder (a variant of rules/ under trial) against the same articles.
        return settings(Path.of(System.getProperty("bench.rules", "rules")), limits);
    }

    private static Settings settings(Path rules, InputLimits limits) {
        // The rules compiled once, from the cache when warm; no time limit gets in the way of a big session.
        return Settings.of(List.of(rules)).withInputLimits(limits)
                .withLimits(new EngineLimits(Integer.MAX_VALUE, Duration.ofHours(1))).withTimeLimit(Duration.ofHours(1));
    }

    /**
     * N articles end to end at each number of jobs, three ways, each on {@link Settings#jobs()} threads
     * through {@link Parallel} as {@code verify --jobs N} runs them:
     * <ul>
     * <li>drools: {@link Verification#loadEach}, {@link Verification#verifyAll}, then each report rendered as
     *     JSON and written to one file;</li>
     * <li>plain: the same pipeline with {@link PlainChecks} in place of Drools ({@link PlainPipeline}): the files
     *     found as {@link Verification#loadEach} finds them ({@link Verification#find}: each named file's top level
     *     read, to tell that it is a facts file), then each file loaded, its quotes located, checked, its report
     *     assembled, rendered as JSON and written to one file. Its
     *     reports must be byte for byte those of "three": the baseline does the same work, or the run stops;</li>
     * <li>cli: the batch as {@code verify} runs it ({@link Verification#verifyStreaming}): articles loaded a few
     *     ahead of those checked, and each article's reports rendered and its folder written whole by
     *     {@link ReportWriter} on the thread that checked it;</li>
     * <li>three: as drools, but with only the three rules {@link PlainChecks} runs and no coverage: the same
     *     rules as plain, so that the ratio of the two is closer to what the engine itself costs (quotes are
     *     still located and a whole report written).</li>
     * </ul>
     */
    private static void throughput(int n, List<Integer> jobs) throws Exception {
        Path articles = OUT.resolve("articles-v3-" + n);  // v3: with roles, terms and lists; older generated folders are not reused
        if (!Files.isDirectory(articles)) Articles.write(articles, n, 40, 10, 42);
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.sorted().toList();
        }
        Path reports = OUT.resolve("reports");

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("articles", n);
        result.put("factsPerArticle", 40);
        result.put("threadsFrom", "Settings.withJobs(N), claimcheck.Parallel");
        Path threeRules = threeRules();
        for (int t : jobs) {
            Verification v = Verification.create(settings(InputLimits.DEFAULT).withJobs(t));
            Verification three = Verification.create(settings(threeRules, InputLimits.DEFAULT).withCoverage(false).withJobs(t));
            PlainPipeline plainPipeline = new PlainPipeline(three);
            ReportOptions options = ReportOptions.of(v.rules().rules());
            JsonRenderer json = new JsonRenderer();
            // A warm-up pass over a tenth of the articles, then the measured pass over all of them.
            for (boolean warm : new boolean[] {true, false}) {
                List<Path> batch = warm ? files.subList(0, Math.max(1, n / 10)) : files;
                clean(reports);
                long drools = timed(() -> checkAndWrite(v, batch, t, json, options, reports, ".json"));
                long plain = timed(() -> Parallel.map(v.find(batch, null).files(), t, f -> step(() -> {
                    ArticleReport r = plainPipeline.check(v.load(f));
                    try (Writer w = Files.newBufferedWriter(reports.resolve(r.article().id() + ".plain.json"))) {
                        json.render(r, options, w);
                    }
                })));
                long threeRulesTime = timed(() -> checkAndWrite(three, batch, t, json, options, reports, ".three.json"));
                sameReports(reports, batch.size());
                Path folders = OUT.resolve("reports-cli");
                clean(folders);
                long cli = timed(() -> {
                    ReportWriter writer = new ReportWriter(folders, List.of(json), options);
                    Verification.Streamed<Reports.Written> streamed = v.verifyStreaming(v.find(batch, null), "", null, f -> {
                        writer.checkTarget(f.article().id());
                        return null;
                    }, Verification.Progress.NONE, c -> Reports.writeOne(c, writer));
                    if (!streamed.rejected().isEmpty()) throw streamed.rejected().get(0).error();
                    List<Reports.Written> written = streamed.done().stream().map(Verification.Streamed.Done::value).toList();
                    if (written.stream().anyMatch(w -> w.row().status() != BatchSummary.Status.PASSED && w.row().status() != BatchSummary.Status.FAILED))
                        throw new IllegalStateException("an article was not written");
                });
                if (warm) continue;
                Map<String, Object> at = new LinkedHashMap<>();
                at.put("droolsSeconds", drools / 1e9);
                at.put("droolsArticlesPerSecond", n / (drools / 1e9));
                at.put("plainSeconds", plain / 1e9);
                at.put("plainArticlesPerSecond", n / (plain / 1e9));
                at.put("droolsOverPlain", (double) drools / plain);
                at.put("cliSeconds", cli / 1e9);
                at.put("cliArticlesPerSecond", n / (cli / 1e9));
                at.put("threeRulesSeconds", threeRulesTime / 1e9);
                at.put("threeRulesArticlesPerSecond", n / (threeRulesTime / 1e9));
                at.put("threeRulesOverPlain", (double) threeRulesTime / plain);
                result.put("threads" + t, at);
                System.err.printf("throughput, %d job(s): drools %.0f articles/s, plain java %.0f articles/s, as verify writes them %.0f articles/s,"
                        + " drools with plain java's three rules %.0f articles/s%n", t, n / (drools / 1e9), n / (plain / 1e9), n / (cli / 1e9), n / (threeRulesTime / 1e9));
            }
        }
        JSON.writeValue(OUT.resolve("throughput.json").toFile(), result);
    }

    /**
     * Loading only (read, schema, binding, cross-checks) of the same N generated articles as throughput, on
     * one thread, ROUNDS times after a warm-up round: the CPU time of that thread per article, which other
     * work on a shared machine does not inflate as it inflates wall time. Run it against two builds to compare.
     */
    private static void load(int n, int rounds) throws Exception {
        Path articles = OUT.resolve("articles-v3-" + n);
        if (!Files.isDirectory(articles)) Articles.write(articles, n, 40, 10, 42);
        List<Path> files;
        try (Stream<Path> s = Files.list(articles)) {
            files = s.sorted().toList();
        }
        Verification v = Verification.create(settings(InputLimits.DEFAULT));
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Path f : files) v.load(f);
        List<Double> perArticle = new java.util.ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            for (Path f : files) v.load(f);
            perArticle.add((threads.getCurrentThreadCpuTime() - c0) / 1e3 / n);
        }
        List<Double> sorted = perArticle.stream().sorted().toList();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("articles", n);
        result.put("cpuMicrosecondsPerArticle", perArticle);
        result.put("medianCpuMicrosecondsPerArticle", sorted.get(sorted.size() / 2));
        System.err.printf("load: %.0f µs of CPU per article (median of %d rounds over %d articles; rounds %s)%n",
                sorted.get(sorted.size() / 2), rounds, n, perArticle.stream().map(d -> String.format("%.0f", d)).toList());
        JSON.writeValue(OUT.resolve("load.json").toFile(), result);
    }

    interface IoWork<R> { R run() throws IOException; }

    interface IoStep { void run() throws IOException; }

    private static <R> R io(IoWork<R> work) {
        try {
            return work.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object step(IoStep step) {
        return io(() -> {
            step.run();
            return null;
        });
    }

    interface Step { void run() throws Exception; }

    /** The nanoseconds {@code step} takes. */
    private static long timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }

    /** The Drools pipeline: {@code batch} loaded and checked by {@code v}, and each report written as JSON on {@code jobs} threads. */
    private static void checkAndWrite(Verification v, List<Path> batch, int jobs, JsonRenderer json, ReportOptions options,
                                      Path reports, String suffix) throws IOException {
        Verification.Outcome outcome = v.verifyAll(v.loadEach(batch, null).requireAll());
        if (!outcome.failures().isEmpty()) throw new IllegalStateException(outcome.failures().get(0).message());
        Parallel.map(outcome.reports(), jobs, r -> step(() -> {
            try (Writer w = Files.newBufferedWriter(reports.resolve(r.article().id() + suffix))) {
                json.render(r, options, w);
            }
        }));
    }

    /**
     * The plain-Java pipeline's checking, the same as {@link Engine#run} and {@link Engine.Run#judge} but for the
     * session: quotes located as the engine locates them, {@link PlainChecks} in place of Drools, and the report
     * assembled and judged by the engine's {@link ReportAssembler}, with the rules and settings of {@code three}
     * (Drools with the same three rules), whose reports it must match.
     */
    static final class PlainPipeline {
        private final Verification three;
        private final ReportAssembler assembler;
        private final Gate gate;

        PlainPipeline(Verification three) {
            Settings s = three.settings();
            this.three = three;
            this.assembler = new ReportAssembler(three.rules().byId(), s.selection(), Version.tool());
            this.gate = new Gate(s.failOn(), Baseline.EMPTY, s.asOf());
        }

        ArticleReport check(FactsFile file) {
            Deadline deadline = Deadline.after(three.settings().timeLimit());
            return assembler.assemble(file, Engine.locateQuotes(file, deadline),
                    PlainChecks.check(file, three.rules().vocabulary(), three.rules().byId()), gate);
        }
    }

    /**
     * Every article's plain-Java report in {@code reports} is byte for byte its report from Drools with the same three
     * rules, or the run stops: a baseline that did less (or other) work than the engine would flatter nothing.
     */
    private static void sameReports(Path reports, int articles) throws IOException {
        int compared = 0;
        try (Stream<Path> s = Files.list(reports)) {
            for (Path plain : s.filter(p -> p.getFileName().toString().endsWith(".plain.json")).sorted().toList()) {
                String name = plain.getFileName().toString();
                Path three = plain.resolveSibling(name.substring(0, name.length() - ".plain.json".length()) + ".three.json");
                if (Files.mismatch(plain, three) != -1L)
                    throw new IllegalStateException("plain Java's report differs from Drools' with the same three rules: " + plain + " against " + three);
                compared++;
            }
        }
        if (compared != articles) throw new IllegalStateException(compared + " plain-Java reports for " + articles + " articles");
    }

    /**
     * The three rules {@link PlainChecks} runs, copied from rules/ into packs of their own names (so their ids are
     * unchanged) with the vocabulary they read: the rules side of a like-for-like comparison with plain Java.
     */
    static Path threeRules() throws IOException {
        return threeRules(Path.of(System.getProperty("bench.rules", "rules")), OUT.resolve("three-rules"));
    }

    /** The three rules of {@code rules}, copied under {@code root}, which is emptied first. */
    static Path threeRules(Path rules, Path root) throws IOException {
        clean(root);
        for (String file : List.of("core/total-sum.drl", "core/mention-agreement.drl", "extradition/assurance-attached.drl", "extradition/vocabulary.yaml")) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.copy(rules.resolve(file), target);
        }
        return root;
    }

    /** An empty folder at {@code dir}: each pass writes into a fresh one, as a first run would. */
    private static void clean(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        Files.createDirectories(dir);
    }

    private static void scale(int facts) throws Exception {
        Path file = OUT.resolve("scale-v3-" + facts + ".json");
        if (!Files.exists(file)) JSON.writeValue(file.toFile(), Articles.article("scale-" + facts, facts, true, new SplittableRandom(7)));
        InputLimits limits = new InputLimits(1L << 30, 16L << 20, 32, 100_000, facts + 100, 20 * facts + 1000);
        Verification v = Verification.create(settings(limits));
        v.verify(v.load(Path.of("facts/mx-us-transfers-2026-01.yaml"))); // classes loaded, rules warm

        long c0 = cpu();
        long t0 = System.nanoTime();
        FactsFile loaded = v.load(file);
        long t1 = System.nanoTime();
        long c1 = cpu();
        System.gc();
        long before = heapUsed();
        resetPeaks();
        long c2 = cpu();
        long t2 = System.nanoTime();
        ArticleReport report = v.verify(loaded);
        long t3 = System.nanoTime();
        long c3 = cpu();
        long peak = heapPeak();
        int findings = report.findings().size();
        // Each report format rendered, into nothing: what writing the reports of a big article costs besides the disk.
        ReportOptions options = ReportOptions.of(v.rules().rules());
        Map<String, Object> rendering = new LinkedHashMap<>();
        for (Renderer renderer : Renderers.of(List.of("json", "md", "html", "sarif", "junit"))) {
            Discarding out = new Discarding();
            long r0 = System.nanoTime();
            renderer.render(report, options, out);
            rendering.put(renderer.format(), Map.of("seconds", (System.nanoTime() - r0) / 1e9, "chars", out.chars));
        }
        report = null;  // let its checks go before the next session's peak is taken

        // The same facts through Drools with only plain Java's three rules and no coverage: the engine's cost on like work.
        Verification three = Verification.create(settings(threeRules(), limits).withCoverage(false));
        three.verify(three.load(Path.of("facts/mx-us-transfers-2026-01.yaml")));

        // Plain Java as in throughput: quotes located, the three rules, the report assembled; what it found is kept
        // as a hash only, so that holding it does not weigh on the Drools session's peak heap below.
        PlainPipeline plainPipeline = new PlainPipeline(three);
        plainPipeline.check(three.load(Path.of("facts/mx-us-transfers-2026-01.yaml")));
        long t4 = System.nanoTime();
        ArticleReport plainReport = plainPipeline.check(loaded);
        long t5 = System.nanoTime();
        int plainHash = outcomes(plainReport);
        long plainFailures = plainReport.checks().stream().filter(c -> c.status() == Check.Status.FAIL).count();
        plainReport = null;
        long t4a = System.nanoTime();
        PlainChecks.check(loaded, three.rules().vocabulary(), three.rules().byId());  // the checks alone: the baseline before the twelfth pass
        long t5a = System.nanoTime();
        System.gc();
        resetPeaks();
        long t6 = System.nanoTime();
        ArticleReport threeReport = three.verify(loaded);
        long t7 = System.nanoTime();
        long threePeak = heapPeak();
        int threeChecks = threeReport.checks().size();
        if (outcomes(threeReport) != plainHash)
            throw new IllegalStateException("plain Java's checks, findings or derived values differ from Drools' with the same three rules");
        threeReport = null;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("facts", loaded.facts().size());
        result.put("loadSeconds", (t1 - t0) / 1e9);
        result.put("sessionSeconds", (t3 - t2) / 1e9);
        // CPU time of the whole process (all threads, JIT and GC included): on a shared machine wall time
        // counts other people's work too, CPU time much less so.
        result.put("loadCpuSeconds", (c1 - c0) / 1e9);
        result.put("sessionCpuSeconds", (c3 - c2) / 1e9);
        result.put("heapBeforeSessionMB", before / 1e6);
        result.put("peakHeapMB", peak / 1e6);
        result.put("plainSeconds", (t5 - t4) / 1e9);
        result.put("plainChecksSeconds", (t5a - t4a) / 1e9);
        result.put("sessionOverPlain", (double) (t3 - t2) / (t5 - t4));
        result.put("findings", findings);
        result.put("plainFailures", plainFailures);
        result.put("reports", rendering);
        result.put("threeRulesSeconds", (t7 - t6) / 1e9);
        result.put("threeRulesPeakHeapMB", threePeak / 1e6);
        result.put("threeRulesChecks", threeChecks);
        result.put("threeRulesOverPlain", (double) (t7 - t6) / (t5 - t4));
        System.err.printf("scale %d facts: load %.2f s (cpu %.2f s), session %.2f s (cpu %.2f s), peak heap %.0f MB, plain java %.3f s (its checks alone %.3f s),"
                        + " drools with plain java's three rules %.2f s (peak heap %.0f MB), reports %s%n",
                facts, (t1 - t0) / 1e9, (c1 - c0) / 1e9, (t3 - t2) / 1e9, (c3 - c2) / 1e9, peak / 1e6, (t5 - t4) / 1e9, (t5a - t4a) / 1e9, (t7 - t6) / 1e9,
                threePeak / 1e6, rendering);
        JSON.writeValue(OUT.resolve("scale-" + facts + ".result.json").toFile(), result);
    }

    /** A hash of what {@code report} found: its checks, findings and derived values, each a record compared by value. */
    private static int outcomes(ArticleReport report) {
        return List.of(report.checks(), report.findings(), report.derived()).hashCode();
    }

    /** A writer that keeps nothing and counts what it is given. */
    private static final class Discarding extends Writer {
        long chars;

        @Override public void write(char[] buf, int off, int len) { chars += len; }

        @Override public void write(String str, int off, int len) { chars += len; }

        @Override public void flush() {}

        @Override public void close() {}
    }

    /** The process's CPU time so far, in nanoseconds. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long heapUsed() {
        long used = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) used += p.getUsage().getUsed();
        return used;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) p.resetPeakUsage();
    }

    /** The sum of the heap pools' peaks: an upper bound on the peak heap (pools peak at different moments). */
    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        return peak;
    }
}
