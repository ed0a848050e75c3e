package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A share of a whole: "31 percent, or $6.2 billion", "two-thirds of the budget", "less than half of
 * all spending". {@code whole} names the fact the share is of (a total, a measure); {@code part}
 * the fact with the part's own amount, when there is one; {@code value} the amount this passage
 * states beside the share. The share is a {@code percent} or a {@code fraction} ("2/3").
 */
public record Share(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String whole,
        String part,
        Quantity percent,
        String fraction,
        Quantity value,
        String label,
        String source,
        String note) implements Fact {

    private static final java.util.regex.Pattern FRACTION = java.util.regex.Pattern.compile("[1-9][0-9]*/[1-9][0-9]*");

    public Share {
        quotes = Fact.quotes(quotes);
        Fact.required(whole, "whole");
        if ((percent == null) == (fraction == null)) throw new IllegalArgumentException("a share states a percent or a fraction (one of them)");
        if (fraction != null && !FRACTION.matcher(fraction).matches())
            throw new IllegalArgumentException("fraction: expected a fraction such as \"2/3\", got \"" + fraction + "\"");
        if (part != null && value != null) throw new IllegalArgumentException("a share names its part (part) or states the part's amount (value), not both");
    }

    @Override public String kind() { return "share"; }
    @Override public Quantity quantity() { return value; }

    /**
     * The percents this share allows: a percent at the precision it is written with (31 allows 30.5
     * to 31.5); a fraction exactly (2/3 is 66.666...).
     */
    public Interval percentAllowed() {
        if (percent != null) return percent.atStatedPrecision();
        String[] nd = fraction.split("/");
        return Interval.point(new BigDecimal(nd[0]).multiply(BigDecimal.valueOf(100)).divide(new BigDecimal(nd[1]), MathContext.DECIMAL64));
    }

    /** The share as written: "31%" or "2/3". */
    public String describe() { return (percent != null ? percent + "%" : fraction) + (label == null ? "" : " (" + label + ")"); }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("whole", whole, Fact.class));
        if (part != null) refs.add(new Reference("part", part, Fact.class));
        return refs;
    }
}
