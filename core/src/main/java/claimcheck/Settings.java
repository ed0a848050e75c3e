package claimcheck;

import claimcheck.engine.EngineLimits;
import claimcheck.engine.RuleSelection;
import claimcheck.facts.TextRoot;
import claimcheck.findings.FailOn;
import claimcheck.input.InputLimits;
import claimcheck.reference.OutsideSources;
import claimcheck.rules.RuleCache;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * What a {@link Verification} needs to know, the same for every article it checks. Start from
 * {@link #of(List)} and change what differs with the {@code with...} methods.
 *
 * @param rulePacks   rule packs, or folders of packs; at least one
 * @param selection   rules switched off, and severities that replace the rules' own
 * @param failOn      the least severe active finding that fails an article's gate
 * @param baseline    findings accepted for now (a baseline file), or null
 * @param asOf        the day baseline expiry dates are judged on
 * @param limits      bounds on each article's rule run
 * @param inputLimits bounds on each facts file and article text
 * @param textRoot    a folder besides each facts file's own that article texts may be read from, or null
 * @param timeLimit   the time each article may take in all: loading, quote location, rules and rendering
 * @param ruleCache   the folder compiled rule packs are kept in between runs ({@link RuleCache}), or null to compile every time
 * @param jobs        how many articles are loaded and checked at once (threads); results never depend on it
 * @param outside     reference data and other articles' facts to check each article against; none unless named
 * @param coverage    whether rule core/uncovered-claim sees the article's numbers, percentages, ordinals and dates
 */
public record Settings(List<Path> rulePacks, RuleSelection selection, FailOn failOn, Path baseline, LocalDate asOf,
                       EngineLimits limits, InputLimits inputLimits, TextRoot textRoot, Duration timeLimit,
                       Path ruleCache, int jobs, OutsideSources outside, boolean coverage) {
    public Settings {
        rulePacks = List.copyOf(rulePacks);
        if (rulePacks.isEmpty()) throw new IllegalArgumentException("name at least one rule pack");
        if (selection == null || failOn == null || asOf == null || limits == null || inputLimits == null || timeLimit == null)
            throw new IllegalArgumentException("selection, failOn, asOf, limits, inputLimits and timeLimit are required");
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("timeLimit must be positive");
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1");
        if (outside == null) outside = OutsideSources.NONE;
    }

    /**
     * Every rule of {@code rulePacks} at its own severity, failing on errors, no baseline, today, default
     * limits, compiled rules kept in the user's cache ({@link RuleCache#defaultFolder()}), one job per processor.
     */
    public static Settings of(List<Path> rulePacks) {
        return new Settings(rulePacks, RuleSelection.ALL, FailOn.ERROR, null, LocalDate.now(), EngineLimits.DEFAULT, InputLimits.DEFAULT,
                null, Deadline.DEFAULT_LIMIT, RuleCache.defaultFolder(), Runtime.getRuntime().availableProcessors(), OutsideSources.NONE, true);
    }

    public Settings withSelection(RuleSelection s) { return with(c -> c.selection = s); }

    public Settings withFailOn(FailOn f) { return with(c -> c.failOn = f); }

    public Settings withBaseline(Path b) { return with(c -> c.baseline = b); }

    public Settings withAsOf(LocalDate d) { return with(c -> c.asOf = d); }

    public Settings withLimits(EngineLimits l) { return with(c -> c.limits = l); }

    public Settings withInputLimits(InputLimits l) { return with(c -> c.inputLimits = l); }

    public Settings withTextRoot(TextRoot t) { return with(c -> c.textRoot = t); }

    public Settings withTimeLimit(Duration t) { return with(c -> c.timeLimit = t); }

    public Settings withRuleCache(Path folder) { return with(c -> c.ruleCache = folder); }

    public Settings withJobs(int j) { return with(c -> c.jobs = j); }

    /** Reference files or folders to check claims against ({@code --reference}); none by default. */
    public Settings withReference(List<Path> files) { return withOutside(new OutsideSources(files, outside.corroborate())); }

    /** Other articles' facts files or folders to corroborate claims with ({@code --corroborate}); none by default. */
    public Settings withCorroborate(List<Path> paths) { return withOutside(new OutsideSources(outside.reference(), paths)); }

    public Settings withOutside(OutsideSources o) { return with(c -> c.outside = o); }

    /** With rule core/uncovered-claim fed the article's claim-like passages (the default), or not ({@code --no-coverage}). */
    public Settings withCoverage(boolean on) { return with(c -> c.coverage = on); }

    /** These settings with {@code change} made to a copy of them: one place lists every component. */
    private Settings with(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return new Settings(c.rulePacks, c.selection, c.failOn, c.baseline, c.asOf, c.limits, c.inputLimits, c.textRoot, c.timeLimit,
                c.ruleCache, c.jobs, c.outside, c.coverage);
    }

    private static final class Copy {
        List<Path> rulePacks;
        RuleSelection selection;
        FailOn failOn;
        Path baseline;
        LocalDate asOf;
        EngineLimits limits;
        InputLimits inputLimits;
        TextRoot textRoot;
        Duration timeLimit;
        Path ruleCache;
        int jobs;
        OutsideSources outside;
        boolean coverage;

        Copy(Settings s) {
            rulePacks = s.rulePacks;
            selection = s.selection;
            failOn = s.failOn;
            baseline = s.baseline;
            asOf = s.asOf;
            limits = s.limits;
            inputLimits = s.inputLimits;
            textRoot = s.textRoot;
            timeLimit = s.timeLimit;
            ruleCache = s.ruleCache;
            jobs = s.jobs;
            outside = s.outside;
            coverage = s.coverage;
        }
    }
}
