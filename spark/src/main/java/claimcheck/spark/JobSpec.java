package claimcheck.spark;

import claimcheck.Settings;
import claimcheck.engine.EngineLimits;
import claimcheck.engine.RuleSelection;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import claimcheck.rules.RuleCache;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What every executor needs to build its own {@link claimcheck.Verification}: the rule packs, the rule
 * selection, the gate, the baseline and the day, as plain strings. This, never a compiled KieBase, is what
 * goes over the wire; each executor compiles the rules once from it ({@link Executors}).
 */
public record JobSpec(List<String> rulePacks, List<String> disabled, Map<String, String> severities, String failOn,
                      String baseline, String asOf, int maxFirings, long ruleTimeoutMillis) implements Serializable {
    public JobSpec {
        rulePacks = List.copyOf(rulePacks);
        disabled = List.copyOf(disabled);
        severities = Map.copyOf(severities);
    }

    /** The library's settings, as verify builds them from the same options; one job per task: Spark runs the tasks in parallel. */
    public Settings settings() {
        Map<String, Severity> levels = new LinkedHashMap<>();
        severities.forEach((rule, level) -> levels.put(rule, Severity.valueOf(level)));
        return Settings.of(rulePacks.stream().map(Path::of).toList())
                .withSelection(new RuleSelection(new TreeSet<>(disabled), levels))
                .withFailOn(FailOn.valueOf(failOn))
                .withBaseline(baseline == null ? null : Path.of(baseline))
                .withAsOf(LocalDate.parse(asOf))
                .withLimits(new EngineLimits(maxFirings, Duration.ofMillis(ruleTimeoutMillis)))
                .withRuleCache(RuleCache.defaultFolder())
                .withJobs(1);
    }
}
