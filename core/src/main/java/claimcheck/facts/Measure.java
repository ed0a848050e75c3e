package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Any other quantity: "seven armed aircraft", "a 61% turnout", "$6.2 billion for health", with what it
 * measures and when. {@code value} is null when the article names the quantity without stating it
 * ("the rest went to debt service"); a total may then derive it. {@code source} is who gives it.
 */
public record Measure(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String subject,
        String metric,
        Quantity value,
        String unit,
        PartialDate asOf,
        String source,
        String note) implements Fact {

    public Measure {
        quotes = Fact.quotes(quotes);
        Fact.required(subject, "subject");
    }

    /** How messages name the measure: "health spending (line-health)". */
    public String describe() { return subject + (metric == null ? "" : " " + metric) + " (" + id + ")"; }

    @Override public String kind() { return "measure"; }
    @Override public Quantity quantity() { return value; }
}
