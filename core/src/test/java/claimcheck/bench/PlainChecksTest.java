package claimcheck.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.Settings;
import claimcheck.Verification;
import claimcheck.facts.FactsFile;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.report.JsonRenderer;
import claimcheck.report.ReportOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's plain-Java baseline does the work of the three rules it stands for: for the rule cases of
 * those rules, the articles under facts/ and generated articles, its report is byte for byte the report of
 * Drools with only those three rules and no coverage. A rule whose cases or wording change without the
 * baseline fails here, not in the middle of a benchmark run.
 */
class PlainChecksTest {
    @TempDir static Path scratch;
    static Verification all;
    static Verification three;
    static Bench.PlainPipeline plain;
    static ReportOptions options;

    @BeforeAll
    static void rules() throws IOException {
        all = Verification.create(Settings.of(List.of(Path.of("rules"))));
        three = Verification.create(Settings.of(List.of(Bench.threeRules(Path.of("rules"), scratch.resolve("three-rules")))).withCoverage(false));
        plain = new Bench.PlainPipeline(three);
        options = ReportOptions.of(all.rules().rules());
    }

    @TestFactory
    Stream<DynamicTest> sameReportAsDrools() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String rule : List.of("core/total-sum", "core/mention-agreement", "extradition/assurance-attached"))
            try (Stream<Path> s = Files.walk(Path.of("core/src/test/rules").resolve(rule))) {
                s.filter(p -> p.getFileName().toString().equals("facts.yaml")).sorted().forEach(files::add);
            }
        for (String dir : List.of("facts", "facts/examples"))
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.getFileName().toString().endsWith(".yaml") && !p.getFileName().toString().endsWith(".expected.yaml")).sorted().forEach(files::add);
            }
        Path generated = scratch.resolve("generated");
        Articles.write(generated, 60, 40, 3, 11);
        try (Stream<Path> s = Files.list(generated)) {
            s.sorted().forEach(files::add);
        }
        Path big = scratch.resolve("big.json");
        Bench.JSON.writeValue(big.toFile(), Articles.article("big", 3000, true, new SplittableRandom(5)));
        files.add(big);
        assertTrue(files.size() > 80, files.size() + " files");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            FactsFile facts = all.load(f);
            ArticleReport drools = three.verify(facts);
            ArticleReport java = plain.check(facts);
            assertEquals(json(drools), json(java));
        }));
    }

    /** The comparison is not empty: the generated articles' seeded errors fail the plain checks as they fail the rules. */
    @TestFactory
    Stream<DynamicTest> seededErrorsFail() throws IOException {
        Path generated = scratch.resolve("seeded");
        Articles.write(generated, 10, 40, 1, 13);
        try (Stream<Path> s = Files.list(generated)) {
            return s.sorted().toList().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                ArticleReport java = plain.check(all.load(f));
                for (String rule : List.of("core/total-sum", "core/mention-agreement", "extradition/assurance-attached"))
                    assertTrue(java.checks().stream().anyMatch(c -> c.ruleId().equals(rule) && c.status() == Check.Status.FAIL), rule + " fails");
            }));
        }
    }

    private static String json(ArticleReport report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonRenderer().render(report, options, out);
        return out.toString();
    }
}
