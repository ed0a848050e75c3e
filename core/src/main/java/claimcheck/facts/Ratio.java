package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A stated multiple: "a 12-fold increase", "three times as many", "half as many". {@code value} is
 * {@code of} over {@code than}: 12 for "12-fold", 3 for "three times as many", 0.5 for "half as many".
 */
public record Ratio(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String of,
        String than,
        Quantity value,
        String source,
        String note) implements Fact {

    public Ratio {
        quotes = Fact.quotes(quotes);
        Fact.required(of, "of");
        Fact.required(than, "than");
        if (value == null) throw new IllegalArgumentException("value is required");
        if (value.value() != null && value.value().signum() <= 0) throw new IllegalArgumentException("value: a multiple is above zero");
    }

    @Override public String kind() { return "ratio"; }
    @Override public Quantity quantity() { return value; }

    @Override
    public List<Reference> references() {
        return List.of(new Reference("of", of, Fact.class), new Reference("than", than, Fact.class));
    }
}
