package claimcheck.bench;

import claimcheck.Settings;
import claimcheck.Verification;
import claimcheck.facts.FactsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: checking one loaded article (quotes located, rules run, the report assembled; no parsing or writing) with
 * Drools and all the rules, with Drools and only the three rules of the plain-Java baseline (no coverage), and with
 * that baseline ({@link Bench.PlainPipeline}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifyBenchmark {
    @Param({"40", "1000"})
    public int facts;

    private Verification verification;
    private Verification threeRules;
    private Bench.PlainPipeline plain;
    private FactsFile article;

    @Setup
    public void setUp() throws Exception {
        verification = Verification.create(Settings.of(List.of(Path.of("rules"))));
        threeRules = Verification.create(Settings.of(List.of(Bench.threeRules())).withCoverage(false));
        plain = new Bench.PlainPipeline(threeRules);
        Path file = Files.createTempFile("claimcheck-bench-", ".json");
        Bench.JSON.writeValue(file.toFile(), Articles.article("jmh-" + facts, facts, true, new SplittableRandom(3)));
        article = verification.load(file);
        Files.delete(file);
    }

    @Benchmark
    public Object drools() { return verification.verify(article); }

    @Benchmark
    public Object droolsThreeRules() { return threeRules.verify(article); }

    @Benchmark
    public Object plainJava() { return plain.check(article); }
}
