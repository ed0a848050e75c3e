package claimcheck.facts;

import java.math.BigDecimal;

/**
 * The set of values a stated quantity allows: bounds may be open, closed or missing (unbounded).
 * Rules add and compare intervals, so "about 90" and "more than 90" are honoured, never treated as 90.
 */
public record Interval(BigDecimal lo, boolean loOpen, BigDecimal hi, boolean hiOpen) {

    public Interval {
        if (lo == null) loOpen = true;
        if (hi == null) hiOpen = true;
        if (lo != null && hi != null) {
            int c = lo.compareTo(hi);
            if (c > 0 || (c == 0 && (loOpen || hiOpen))) throw new IllegalArgumentException("empty interval");
        }
    }

    public static Interval point(BigDecimal v) { return new Interval(v, false, v, false); }

    public static Interval closed(BigDecimal lo, BigDecimal hi) { return new Interval(lo, false, hi, false); }

    public boolean isPoint() { return lo != null && hi != null && lo.compareTo(hi) == 0; }

    public boolean contains(BigDecimal x) {
        if (lo != null) {
            int c = x.compareTo(lo);
            if (c < 0 || (c == 0 && loOpen)) return false;
        }
        if (hi != null) {
            int c = x.compareTo(hi);
            if (c > 0 || (c == 0 && hiOpen)) return false;
        }
        return true;
    }

    /** True when some value lies in both intervals. */
    public boolean overlaps(Interval o) {
        return !endsBefore(this, o) && !endsBefore(o, this);
    }

    /** True when every value of {@code a} lies below every value of {@code b}. */
    private static boolean endsBefore(Interval a, Interval b) {
        if (a.hi == null || b.lo == null) return false;
        int c = a.hi.compareTo(b.lo);
        return c < 0 || (c == 0 && (a.hiOpen || b.loOpen));
    }

    /** True when every value here is below zero. */
    public boolean allNegative() {
        return hi != null && (hi.signum() < 0 || (hi.signum() == 0 && hiOpen));
    }

    /** True when every value here is above every value of {@code o}. */
    public boolean above(Interval o) { return endsBefore(o, this); }

    public Interval plus(Interval o) {
        return new Interval(
                lo == null || o.lo == null ? null : lo.add(o.lo), loOpen || o.loOpen,
                hi == null || o.hi == null ? null : hi.add(o.hi), hiOpen || o.hiOpen);
    }

    public Interval minus(Interval o) {
        return new Interval(
                lo == null || o.hi == null ? null : lo.subtract(o.hi), loOpen || o.hiOpen,
                hi == null || o.lo == null ? null : hi.subtract(o.lo), hiOpen || o.loOpen);
    }

    /** The part of this interval at or above zero, for counts that cannot be negative; null if none. */
    public Interval atLeastZero() {
        if (allNegative()) return null;
        if (lo == null || lo.signum() < 0) return new Interval(BigDecimal.ZERO, false, hi, hiOpen);
        return this;
    }

    private static final java.math.MathContext PRECISION = java.math.MathContext.DECIMAL64;

    /**
     * This interval times {@code o}, both taken at or above zero (shares, amounts, multiples): the
     * product of the low ends up to the product of the high ends. Null when either has no value at
     * or above zero.
     */
    public Interval times(Interval o) {
        Interval a = atLeastZero(), b = o.atLeastZero();
        if (a == null || b == null) return null;
        BigDecimal l = a.lo.multiply(b.lo, PRECISION);
        BigDecimal h = a.hi == null || b.hi == null ? null : a.hi.multiply(b.hi, PRECISION);
        return new Interval(l, a.loOpen || b.loOpen, h, h != null && (a.hiOpen || b.hiOpen));
    }

    /**
     * This interval over {@code o}, both taken at or above zero: the low end over the other's high
     * end up to the high end over its low end (unbounded when that may be zero). Null when either
     * has no value at or above zero, or {@code o} allows only zero.
     */
    public Interval over(Interval o) {
        Interval a = atLeastZero(), b = o.atLeastZero();
        if (a == null || b == null || (b.hi != null && b.hi.signum() == 0)) return null;
        BigDecimal l = b.hi == null ? BigDecimal.ZERO : a.lo.divide(b.hi, PRECISION);
        BigDecimal h = a.hi == null || b.lo.signum() == 0 ? null : a.hi.divide(b.lo, PRECISION);
        return new Interval(l, b.hi != null && (a.loOpen || b.hiOpen), h, h != null && (a.hiOpen || b.loOpen));
    }

    /** This interval with every value multiplied by {@code k} (k above zero). */
    public Interval scaledBy(BigDecimal k) {
        return new Interval(lo == null ? null : lo.multiply(k, PRECISION), loOpen, hi == null ? null : hi.multiply(k, PRECISION), hiOpen);
    }

    /** Every value negated: [2, 5] becomes [-5, -2]. */
    public Interval negated() {
        return new Interval(hi == null ? null : hi.negate(), hiOpen, lo == null ? null : lo.negate(), loOpen);
    }

    /** True when some value here lies at or below {@code x}. */
    public boolean reachesDownTo(BigDecimal x) { return lo == null || lo.compareTo(x) < 0 || (lo.compareTo(x) == 0 && !loOpen); }

    /** The interval rounded outwards to {@code scale} decimals, for messages. */
    public Interval roundedForDisplay(int scale) {
        return new Interval(lo == null ? null : lo.setScale(scale, java.math.RoundingMode.FLOOR), loOpen,
                hi == null ? null : hi.setScale(scale, java.math.RoundingMode.CEILING), hiOpen);
    }

    /** As people write it: "12,140", "64–70", "at least 12,140" (docs/quantities.md). */
    @Override
    public String toString() { return Numbers.interval(this, null, null); }
}
