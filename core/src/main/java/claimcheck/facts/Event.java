package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/**
 * Something that happened: a transfer, an extradition, a vote. {@code type} says what sort of
 * event it is; {@code count} is null when the article does not say how many (rules may derive it).
 * A {@code planned} event is one the article announces ("by the end of 2027"): it may lie after
 * publication. {@code date} is null when the article does not date it.
 */
public record Event(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String type,
        PartialDate date,
        @JsonDeserialize(using = WholeQuantity.class) Quantity count,
        String unit,
        String from,
        String to,
        String legalBasis,
        boolean planned,
        String source,
        String note) implements Fact {

    public Event {
        quotes = Fact.quotes(quotes);
        Fact.required(type, "type");
    }

    @Override public String kind() { return "event"; }
    @Override public Quantity quantity() { return count; }

    /** How messages name the event: "the transfer of 2025-08 (t-aug)". */
    public String describe() {
        return "the " + type + (date == null ? "" : " of " + date) + " (" + id + ")";
    }
}
