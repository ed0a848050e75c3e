package claimcheck;

import claimcheck.engine.EngineLimits;
import claimcheck.engine.RuleSelection;
import claimcheck.input.InputLimits;
import claimcheck.facts.TextRoot;
import claimcheck.findings.FailOn;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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
 * @param coverage    whether rule core/uncovered-claim sees the article's numbers, percentages, ordinals and dates
 */
public record Settings(List<Path> rulePacks, RuleSelection selection, FailOn failOn, Path baseline, LocalDate asOf,
                       EngineLimits limits, InputLimits inputLimits, TextRoot textRoot, Duration timeLimit, boolean coverage) {
    public Settings {
        rulePacks = List.copyOf(rulePacks);
        if (rulePacks.isEmpty()) throw new IllegalArgumentException("name at least one rule pack");
        if (selection == null || failOn == null || asOf == null || limits == null || inputLimits == null || timeLimit == null)
            throw new IllegalArgumentException("selection, failOn, asOf, limits, inputLimits and timeLimit are required");
        if (timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("timeLimit must be positive");
    }

    /** Every rule of {@code rulePacks} at its own severity, failing on errors, no baseline, today, default limits. */
    public static Settings of(List<Path> rulePacks) {
        return new Settings(rulePacks, RuleSelection.ALL, FailOn.ERROR, null, LocalDate.now(), EngineLimits.DEFAULT, InputLimits.DEFAULT, null, Deadline.DEFAULT_LIMIT, true);
    }

    public Settings withSelection(RuleSelection s) { return new Settings(rulePacks, s, failOn, baseline, asOf, limits, inputLimits, textRoot, timeLimit, coverage); }

    public Settings withFailOn(FailOn f) { return new Settings(rulePacks, selection, f, baseline, asOf, limits, inputLimits, textRoot, timeLimit, coverage); }

    public Settings withBaseline(Path b) { return new Settings(rulePacks, selection, failOn, b, asOf, limits, inputLimits, textRoot, timeLimit, coverage); }

    public Settings withAsOf(LocalDate d) { return new Settings(rulePacks, selection, failOn, baseline, d, limits, inputLimits, textRoot, timeLimit, coverage); }

    public Settings withLimits(EngineLimits l) { return new Settings(rulePacks, selection, failOn, baseline, asOf, l, inputLimits, textRoot, timeLimit, coverage); }

    public Settings withTextRoot(TextRoot t) { return new Settings(rulePacks, selection, failOn, baseline, asOf, limits, inputLimits, t, timeLimit, coverage); }

    public Settings withTimeLimit(Duration t) { return new Settings(rulePacks, selection, failOn, baseline, asOf, limits, inputLimits, textRoot, t, coverage); }

    public Settings withInputLimits(InputLimits l) { return new Settings(rulePacks, selection, failOn, baseline, asOf, limits, l, textRoot, timeLimit, coverage); }

    public Settings withCoverage(boolean c) { return new Settings(rulePacks, selection, failOn, baseline, asOf, limits, inputLimits, textRoot, timeLimit, c); }
}
