package claimcheck.findings;

import java.util.Locale;

/**
 * How much a finding matters. ERROR: the article contradicts itself or its quotes; WARNING: a claim
 * is unsupported or probably misworded; INFO: something worth knowing (a derived value, a claim that
 * cannot be checked). Declared order is report order, most severe first.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() { return name().toLowerCase(Locale.ROOT); }

    /** True when this severity is {@code threshold} or more severe. */
    public boolean atLeast(Severity threshold) { return compareTo(threshold) <= 0; }

    public static Severity parse(String s) {
        for (Severity v : values()) if (v.label().equals(s)) return v;
        throw new IllegalArgumentException("unknown severity \"" + s + "\"; expected error, warning or info");
    }

    @Override public String toString() { return label(); }
}
