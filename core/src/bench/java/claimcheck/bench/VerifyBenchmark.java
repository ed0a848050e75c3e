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

/** JMH: checking one loaded article (rules only, no parsing or writing) with Drools and with the plain-Java baseline. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VerifyBenchmark {
    @Param({"40", "1000"})
    public int facts;

    private Verification verification;
    private FactsFile article;

    @Setup
    public void setUp() throws Exception {
        verification = Verification.create(Settings.of(List.of(Path.of("rules"))));
        Path file = Files.createTempFile("claimcheck-bench-", ".json");
        Bench.JSON.writeValue(file.toFile(), Articles.article("jmh-" + facts, facts, true, new SplittableRandom(3)));
        article = verification.load(file);
        Files.delete(file);
    }

    @Benchmark
    public Object drools() { return verification.verify(article); }

    @Benchmark
    public Object plainJava() { return PlainChecks.check(article, verification.rules().vocabulary()); }
}
