package claimcheck.findings;

import java.time.LocalDate;

/**
 * Why a finding does not count against the gate: recorded in a baseline, or accepted in the facts
 * file itself. A suppressed finding is still reported, marked, with its justification.
 */
public record Suppression(Kind kind, String justification, LocalDate expires) {
    public enum Kind {
        /** Recorded in a baseline file (claimcheck verify --baseline). */
        BASELINE,
        /** Accepted in the facts file (a fact's {@code accept: {rule, reason}}). */
        ACCEPTED;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

        @Override public String toString() { return label(); }
    }

    public Suppression {
        if (kind == null) throw new IllegalArgumentException("kind is required");
        if (justification == null || justification.isBlank()) throw new IllegalArgumentException("a suppression needs a justification");
    }

    /*
     * How every report and the command line word a suppression, in one place so that they agree.
     * Each format then frames it in its own way ("[...]", "(suppressed, ...)", a SARIF justification).
     */

    /** "baseline: why" or "accepted: why". */
    public String reason() { return kind.label() + ": " + justification; }

    /** " (until 2026-12-31)" for a suppression that expires, else "". */
    public String until() { return expires == null ? "" : " (until " + expires + ")"; }

    /** "baseline: why (until 2026-12-31)": the reason and, when it has one, the expiry date. */
    public String reasonUntil() { return reason() + until(); }
}
