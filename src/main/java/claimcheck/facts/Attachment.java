package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A condition attached to an event, such as an assurance that the death penalty will not be sought. */
public record Attachment(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String event,
        String type,
        String givenBy,
        String givenTo,
        String note) implements Fact {

    public Attachment {
        quotes = Fact.quotes(quotes);
        Fact.required(event, "event");
        Fact.required(type, "type");
    }

    @Override public String kind() { return "attachment"; }
    @Override public List<Reference> references() { return List.of(new Reference("event", event, Event.class)); }
}
