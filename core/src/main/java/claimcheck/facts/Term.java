package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An office holder's period as the article implies it: "X's second administration" is an ongoing term. */
public record Term(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String person,
        String office,
        Status status,
        PartialDate from,
        PartialDate to,
        String note) implements Fact {

    public enum Status {
        @JsonProperty("ongoing") ONGOING,
        @JsonProperty("ended") ENDED;

        @Override public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Term {
        quotes = Fact.quotes(quotes);
        // Normal form, so that rules comparing names across facts see one name however it was typed.
        person = Fact.required(NormalText.of(person), "person");
        office = Fact.required(NormalText.of(office), "office");
        if (status == null) throw new IllegalArgumentException("status is required");
        if (status == Status.ONGOING && to != null) throw new IllegalArgumentException("an ongoing term has no end date");
    }

    @Override public String kind() { return "term"; }
}
