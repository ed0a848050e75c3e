package claimcheck.engine;

import claimcheck.baseline.Baseline;
import claimcheck.findings.FailOn;
import java.time.LocalDate;

/**
 * How an article's findings are judged: the least severe finding that fails the run, the baseline
 * of findings accepted for now, and the day its expiry dates are judged on.
 */
public record Gate(FailOn failOn, Baseline baseline, LocalDate asOf) {
    public Gate {
        if (failOn == null || baseline == null || asOf == null) throw new IllegalArgumentException("failOn, baseline and asOf are required");
    }

    /** Fails on {@code failOn}; no baseline. */
    public static Gate of(FailOn failOn) { return new Gate(failOn, Baseline.EMPTY, LocalDate.EPOCH); }
}
