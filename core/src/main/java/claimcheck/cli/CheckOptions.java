package claimcheck.cli;

import claimcheck.baseline.Baseline;
import claimcheck.config.Config;
import claimcheck.engine.EngineLimits;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * verify's options for how articles are checked and judged: which rules run at which severity, the gate, the
 * baseline (read or written), the limits, and the outside sources. A mixin, public for the Spark job
 * (claimcheck.spark.SparkVerify), which takes the same options with the same words and values.
 */
public final class CheckOptions {
    @Option(names = "--disable", paramLabel = "RULE", split = ",",
            description = "A rule that does not run (its id, such as core/percent-change); repeatable. Replaces the configuration's disable list.")
    List<String> disable;

    @Option(names = "--severity", paramLabel = "RULE=LEVEL", converter = {OptionValues.RuleId.class, OptionValues.SeverityName.class},
            description = "The severity a rule's findings take instead of the rule's own: error, warning or info; repeatable. Replaces the configuration's severity map.")
    Map<String, Severity> severity;

    @Option(names = "--fail-on", paramLabel = "LEVEL", converter = OptionValues.Level.class,
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

    @Option(names = "--as-of", paramLabel = "DATE", converter = OptionValues.Date.class,
            description = "The day baseline expiry dates are judged on, YYYY-MM-DD. Default: today.")
    LocalDate asOf;

    @Option(names = "--max-firings", paramLabel = "N",
            description = "Rule firings per article before the run is judged a loop (exit 3).")
    int maxFirings = EngineLimits.DEFAULT.maxFirings();

    Duration ruleTimeout;

    // Written as a user writes it, so --help shows "10s" (a Duration prints as PT10S); EngineLimits.DEFAULT agrees.
    // A setter, so that the Spark job's --rule-timeout-ms sets the same limit and the later of the two wins.
    @Option(names = "--rule-timeout", paramLabel = "DURATION", converter = OptionValues.Time.class, defaultValue = "10s",
            description = "Time the rules may take per article (500ms, 10s, 2m) before the run is judged a loop (exit 3).")
    public void ruleTimeout(Duration d) {
        ruleTimeout = d;
    }

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = OptionValues.Time.class, defaultValue = "30s",
            description = "Time each article may take in all: loading, quote location, rules (at most --rule-timeout of it) and rendering. "
                    + "An article that takes longer fails (exit 3); the others are still checked.")
    Duration timeLimit;

    @Option(names = "--text-root", paramLabel = "DIR",
            description = "A folder article texts may also be read from. Default: a facts file's article.text must be inside the facts file's own folder (links followed).")
    Path textRoot;

    @Option(names = "--reference", paramLabel = "FILE|DIR",
            description = "Reference data to check claims against (repeatable): a reference file, or a folder of them (facts/reference). Used only when named, here or in claimcheck.yaml (reference:), which it replaces; see docs/reference.md.")
    List<Path> reference = new ArrayList<>();

    @Option(names = "--corroborate", paramLabel = "DIR",
            description = "Facts files of other articles about the same story (repeatable; folders or files): each claim is compared with those whose article.story is the article's own (rule core/cross-source).")
    List<Path> corroborate = new ArrayList<>();

    @Option(names = "--no-coverage",
            description = "Does not list the article's numbers, percentages, ordinals and dates that no fact's quote covers (rule core/uncovered-claim).")
    boolean noCoverage;

    /**
     * The settings file's configuration (found by {@code rules}' --config), with what the command line says instead
     * of its own: these options, the rule folders, and the caller's {@code formats} and {@code out} (null: not given).
     */
    public Config config(RulesOptions rules, List<String> formats, Path out) {
        return rules.config(new Config(null, rules.rules(), disable, severity == null ? null : new LinkedHashMap<>(severity), formats, failOn, out,
                baseline, reference.isEmpty() ? null : reference, Map.of()));
    }

    /** --max-firings, or an IllegalArgumentException in verify's words when it is below 1. */
    public int maxFirings() {
        if (maxFirings < 1) throw new IllegalArgumentException("--max-firings: expected a whole number from 1 up, got " + maxFirings);
        return maxFirings;
    }

    public Path writeBaseline() { return writeBaseline; }

    public String justification() { return justification; }

    /** --as-of, else today. */
    public LocalDate asOf() { return asOf != null ? asOf : LocalDate.now(); }

    public Duration ruleTimeout() { return ruleTimeout; }

    public Duration timeLimit() { return timeLimit; }

    public Path textRoot() { return textRoot; }

    public List<Path> corroborate() { return corroborate; }

    public boolean coverage() { return !noCoverage; }
}
