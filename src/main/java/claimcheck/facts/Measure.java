package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Any other stated quantity: "seven armed aircraft", "a 61% turnout", with what it measures and when. */
public record Measure(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String subject,
        String metric,
        Quantity value,
        String unit,
        PartialDate asOf,
        String note) implements Fact {

    public Measure {
        quotes = Fact.quotes(quotes);
        Fact.required(subject, "subject");
        if (value == null) throw new IllegalArgumentException("value is required");
    }

    @Override public String kind() { return "measure"; }
    @Override public Quantity quantity() { return value; }
}
