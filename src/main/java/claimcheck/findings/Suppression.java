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
}
