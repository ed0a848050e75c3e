package claimcheck.findings;

import java.util.Locale;

/** The gate: the least severe finding that fails a run, or NONE to never fail on findings. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NONE(null);

    private final Severity threshold;

    FailOn(Severity threshold) { this.threshold = threshold; }

    public boolean fails(Severity s) { return threshold != null && s.atLeast(threshold); }

    public String label() { return name().toLowerCase(Locale.ROOT); }

    @Override public String toString() { return label(); }
}
