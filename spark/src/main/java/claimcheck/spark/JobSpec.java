package claimcheck.spark;

import claimcheck.Settings;
import claimcheck.Verification;
import claimcheck.baseline.Baseline;
import claimcheck.engine.EngineLimits;
import claimcheck.engine.RuleSelection;
import claimcheck.facts.TextRoot;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import claimcheck.report.Renderers;
import claimcheck.report.ReportOptions;
import claimcheck.report.ReportWriter;
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
 * selection, the gate, the baseline and the day, the outside sources and limits, and the report formats,
 * as plain strings. This, never a compiled KieBase, is what goes over the wire; each executor compiles the
 * rules once from it ({@link Executors}).
 *
 * @param textRoot    verify's --text-root (already a real path), or null
 * @param reference   verify's --reference files and folders
 * @param corroborate verify's --corroborate files and folders
 * @param formats     the report formats written to OUT/reports/ARTICLE-ID/ as verify writes them; none when empty
 * @param report      what the reports say beyond the findings (repository root, publisher, article URL, review date)
 * @param coverage    false for verify's --no-coverage
 * @param recording   with verify's --write-baseline: what each article's findings are recorded on; else null
 */
public record JobSpec(List<String> rulePacks, List<String> disabled, Map<String, String> severities, String failOn,
                      String baseline, String asOf, int maxFirings, long ruleTimeoutMillis, long timeLimitMillis,
                      String textRoot, List<String> reference, List<String> corroborate, List<String> formats,
                      ReportSpec report, boolean coverage, Recording recording) implements Serializable {
    public JobSpec {
        rulePacks = List.copyOf(rulePacks);
        disabled = List.copyOf(disabled);
        severities = Map.copyOf(severities);
        reference = List.copyOf(reference);
        corroborate = List.copyOf(corroborate);
        formats = List.copyOf(formats);
    }

    /** verify's --repo-root, --publisher, --article-url and --review-date, for the report files. */
    public record ReportSpec(String repositoryRoot, String publisher, String articleUrl, String reviewDate) implements Serializable {}

    /**
     * verify's --write-baseline: each article's findings are recorded on the baseline file {@code onto} (verify's
     * --baseline, else the --write-baseline file when it exists; null: none), new entries with {@code justification}.
     */
    public record Recording(String onto, String justification) implements Serializable {
        /** The baseline recorded on, split by article ({@link Baseline#byArticle()}). */
        public Baseline previous() {
            return onto == null ? Baseline.EMPTY : Baseline.read(Path.of(onto), onto);
        }
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
                .withTimeLimit(Duration.ofMillis(timeLimitMillis))
                .withTextRoot(textRoot == null ? null : new TextRoot(Path.of(textRoot)))
                .withReference(reference.stream().map(Path::of).toList())
                .withCorroborate(corroborate.stream().map(Path::of).toList())
                .withRuleCache(RuleCache.defaultFolder())
                .withCoverage(coverage)
                .withJobs(1);
    }

    /** The writer of OUT/reports/, as verify builds it from the same options; null when no format is asked for. */
    public ReportWriter reportWriter(Verification v, String reportsFolder) {
        if (formats.isEmpty()) return null;
        ReportOptions options = new ReportOptions(v.rules().rules(), Path.of(report.repositoryRoot()), report.publisher(),
                report.articleUrl(), LocalDate.parse(report.reviewDate()), claimcheck.Version.informationUri());
        return new ReportWriter(Path.of(reportsFolder), Renderers.of(formats), options);
    }
}
