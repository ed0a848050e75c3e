package claimcheck.report;

import static org.junit.jupiter.api.Assertions.fail;

import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.engine.Gate;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.Suppression;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assumptions;

/** The articles the renderer tests run on, the engine and options they use, and the CI tools some of them need. */
final class Scenarios {
    private Scenarios() {}

    static final Path SAMPLE = Path.of("facts/mx-us-transfers-2026-01.yaml");
    /** Every string a reader sees tries to run script or break out of its context. */
    static final Path HOSTILE = Path.of("core/src/test/resources/scenarios/hostile/hostile.yaml");
    static final LocalDate REVIEW_DATE = LocalDate.of(2026, 1, 21);

    private static RuleSet rules;

    static synchronized RuleSet rules() {
        if (rules == null) rules = new RuleLoader().load(List.of(Path.of("rules")));
        return rules;
    }

    static ArticleReport check(Path facts, FailOn failOn) { return check(facts, Gate.of(failOn)); }

    /**
     * Checks {@code facts} as the command would, judged by {@code gate} (a baseline, an as-of day), without
     * coverage: each scenario shows one thing to render, and core/uncovered-claim has rule cases of its own
     * (the hostile-strings goldens render one of its findings in every format).
     */
    static ArticleReport check(Path facts, Gate gate) {
        return new Engine(rules(), EngineLimits.DEFAULT, new ArticleReport.Tool("claimcheck", "0.0.0-test")).withCoverage(false)
                .check(new FactsLoader().load(facts, facts.toString()), gate);
    }

    static ArticleReport check(Path facts) { return check(facts, FailOn.ERROR); }

    static ReportOptions options() { return options(Path.of("").toAbsolutePath()); }

    static ReportOptions options(Path repositoryRoot) {
        return new ReportOptions(rules().rules(), repositoryRoot, "Example Fact Checks", null, REVIEW_DATE,
                "https://github.com/claimcheck/claimcheck");
    }

    static String render(Renderer renderer, ArticleReport r) { return render(renderer, r, options()); }

    static String render(Renderer renderer, ArticleReport r, ReportOptions options) {
        StringWriter w = new StringWriter();
        try {
            renderer.render(r, options, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /** The report with the findings that {@code which} selects suppressed, and the summary worked out again. */
    static ArticleReport suppress(ArticleReport r, Predicate<Finding> which, Suppression why) {
        List<Finding> findings = new ArrayList<>();
        for (Finding f : r.findings()) findings.add(which.test(f) ? f.suppressed(why) : f);
        return new ArticleReport(r.tool(), r.source(), r.article(), r.articleText(), r.facts(), r.provenance(), findings,
                r.checks(), r.derived(), claimcheck.findings.Summary.of(r.facts().size(), r.checks(), findings, r.summary().failOn()), r.factPositions());
    }

    // --- the validators .ci/run installs (npm ci --prefix .ci/tools) --------------------------------

    static final Path TOOLS = Path.of(".ci/tools/node_modules");

    /**
     * Skips the calling test when {@code tool} is missing, saying how to install it; on CI (CI=true),
     * where .ci/run installs every tool, fails instead, so CI never passes without running it.
     */
    static Path requireTool(Path tool, String what, String install) {
        if (Files.isRegularFile(tool)) return tool;
        String message = what + " is not installed (" + tool + "); " + install;
        if ("true".equals(System.getenv("CI"))) fail(message + " (CI must run this test)");
        Assumptions.abort(message);
        return tool;
    }

    static Path sarifMultitool() {
        Path p = TOOLS.resolve("@microsoft/sarif-multitool-linux/Sarif.Multitool");
        requireTool(p, "Microsoft's SARIF multitool", "run .ci/run, or: npm ci --prefix .ci/tools && chmod u+x " + p);
        if (!Files.isExecutable(p)) p.toFile().setExecutable(true, true);
        return p;
    }

    static Path typescript() {
        return requireTool(TOOLS.resolve("typescript/bin/tsc"), "TypeScript with schema-dts", "run .ci/run, or: npm ci --prefix .ci/tools");
    }

    /** Runs a command, returns its exit code; output goes to {@code log}. */
    static int run(Path log, String... command) throws IOException, InterruptedException {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // The multitool is a .NET program: without ICU installed it must be told to run without it.
        b.environment().put("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1");
        Process p = b.start();
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within 120 s");
        }
        return p.exitValue();
    }
}
