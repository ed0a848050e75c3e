package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A person's title as the article gives it: "former President X" is status former. */
public record Role(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String person,
        String office,
        Status status,
        String note) implements Fact {

    public enum Status {
        @JsonProperty("current") CURRENT,
        @JsonProperty("former") FORMER;

        @Override public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Role {
        quotes = Fact.quotes(quotes);
        // Normal form, so that rules comparing names across facts see one name however it was typed.
        person = Fact.required(NormalText.of(person), "person");
        office = Fact.required(NormalText.of(office), "office");
        if (status == null) throw new IllegalArgumentException("status is required");
    }

    @Override public String kind() { return "role"; }
}
