package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A percent change of a metric: "a 50% reduction in seizures". {@code percent} is the size of the
 * change (never signed; {@code direction} says which way). {@code from}/{@code to} are the values
 * before and after when the article states them; {@code baseline} the period compared against.
 */
public record Change(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String metric,
        Direction direction,
        Quantity percent,
        Quantity from,
        Quantity to,
        String baseline,
        String evidenceFor,
        String source,
        String note) implements Fact {

    public enum Direction {
        @JsonProperty("increase") INCREASE,
        @JsonProperty("decrease") DECREASE;

        @Override public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Change {
        quotes = Fact.quotes(quotes);
        Fact.required(metric, "metric");
        if (direction == null) throw new IllegalArgumentException("direction is required");
        if (percent == null) throw new IllegalArgumentException("percent is required");
    }

    @Override public String kind() { return "change"; }

    /**
     * The value before the change the article implies when it states only the value after: after
     * over the factor, within the rounding of both, two decimals rounded outwards. Null when not
     * computable (no value after, a value before already stated, or a fall of 100% or more).
     */
    public Interval valueBefore() {
        if (from != null || to == null || factor().hi() == null || factor().hi().signum() <= 0) return null;
        Interval i = to.asRounded().over(factor());
        return i == null || i.hi() == null ? null : i.roundedForDisplay(2);
    }

    /** The value after the change the article implies when it states only the value before; null when not computable. */
    public Interval valueAfter() {
        if (to != null || from == null) return null;
        Interval i = from.asRounded().times(factor());
        return i == null || i.hi() == null ? null : i.roundedForDisplay(2);
    }

    /** The factor the change multiplies by, at the precision the percent is written with: up 4.1% is 1.0405 to 1.0415. */
    public Interval factor() {
        Interval p = percent.atStatedPrecision().scaledBy(new java.math.BigDecimal("0.01"));
        Interval one = Interval.point(java.math.BigDecimal.ONE);
        return direction == Direction.INCREASE ? one.plus(p) : one.minus(p);
    }

    /**
     * The signed percent change from {@code from} to {@code to}, when both are exact and {@code from}
     * is not zero; else null. Ten decimal places, so a rule can round it to the stated precision.
     */
    public java.math.BigDecimal computedPercent() {
        if (from == null || to == null || !from.isExactAsWritten() || !to.isExactAsWritten() || from.value().signum() == 0) return null;
        return to.value().subtract(from.value()).multiply(java.math.BigDecimal.valueOf(100))
                .divide(from.value().abs(), 10, java.math.RoundingMode.HALF_UP);
    }
    @Override public Quantity quantity() { return percent; }
}
