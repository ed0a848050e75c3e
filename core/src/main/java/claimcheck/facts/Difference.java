package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stated difference between two figures: "won by 4,312 votes", "61,420 fewer votes than in the first
 * round", "a margin of 7 points". {@code of} is the figure compared, {@code than} the one it is
 * compared with; {@code value} is the size of the difference, never signed: {@code direction} says
 * which way, from the article's words ("more", "gained", "won by": more; "fewer", "fell", "lost": fewer).
 */
public record Difference(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String of,
        String than,
        Quantity value,
        Direction direction,
        String unit,
        String source,
        String note) implements Fact {

    /** Which way {@code of} differs from {@code than}. */
    public enum Direction {
        @JsonProperty("more") MORE,
        @JsonProperty("fewer") @JsonAlias("less") FEWER;

        @Override public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Difference {
        quotes = Fact.quotes(quotes);
        Fact.required(of, "of");
        Fact.required(than, "than");
        if (value == null) throw new IllegalArgumentException("value is required");
        if (value.interval().allNegative() || (value.value() != null && value.value().signum() < 0) || (value.min() != null && value.min().signum() < 0))
            throw new IllegalArgumentException("value: a difference is a size, never negative; say which way with direction: more or fewer");
        if (direction == null) throw new IllegalArgumentException("direction is required (more or fewer)");
    }

    @Override public String kind() { return "difference"; }
    @Override public Quantity quantity() { return value; }

    /** The signed differences {@code of − than} the article's words allow, at the precision the size is written with. */
    public Interval signedAllowed() {
        Interval size = value.atStatedPrecision();
        return direction == Direction.MORE ? size : size.negated();
    }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("of", of, Fact.class), new Reference("than", than, Fact.class));
    }
}
