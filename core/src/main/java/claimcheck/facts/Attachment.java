package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A condition attached to an event, such as an assurance that the death penalty will not be sought.
 * {@code event} names one event; {@code events} several that one condition covers ("in each case").
 */
public record Attachment(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String event,
        List<String> events,
        String type,
        String givenBy,
        String givenTo,
        String note) implements Fact {

    public Attachment {
        quotes = Fact.quotes(quotes);
        events = IdList.of(events);
        if (event == null && events.isEmpty()) throw new IllegalArgumentException("event (or events) is required");
        Fact.required(type, "type");
    }

    @Override public String kind() { return "attachment"; }

    /** True when this condition is attached to the event {@code eventId}. */
    public boolean covers(String eventId) { return eventId.equals(event) || events.contains(eventId); }

    @Override public List<Reference> references() {
        List<Reference> refs = new java.util.ArrayList<>();
        if (event != null) refs.add(new Reference("event", event, Event.class));
        for (int i = 0; i < events.size(); i++) refs.add(new Reference("events[" + i + "]", events.get(i), Event.class));
        return refs;
    }
}
