package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayList;
import java.util.List;

/**
 * A stated total: "92 since the beginning of the administration", "a $20 billion budget". Its
 * parts are the facts listed in {@code components} when the article names them (events, measures,
 * or other totals, which makes totals nest), else every event of {@code eventType} that may fall
 * inside the window. A {@code partial} total's list of parts is not complete ("including", "among
 * them", "such as"): its parts must not exceed it, and need not reach it.
 */
public record Total(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String eventType,
        Window window,
        Quantity value,
        String unit,
        List<String> components,
        boolean partial,
        String source,
        String note) implements Fact {

    public Total {
        quotes = Fact.quotes(quotes);
        components = IdList.of(components);
        if (components.isEmpty()) Fact.required(eventType, "eventType (or components)");
        if (value == null) throw new IllegalArgumentException("value is required");
        // A total of events counts them, so its numbers are whole; a total of amounts need not be.
        if (eventType != null && !value.isWhole()) throw new IllegalArgumentException("value: a total of events counts them, expected a whole number, got \"" + value + "\"");
        if (window == null) window = Window.ALWAYS;
    }

    @Override public String kind() { return "total"; }
    @Override public Quantity quantity() { return value; }

    /** True when this total counts {@code e}. An undated event is counted only when the total lists it. */
    public boolean covers(Event e) {
        if (!components.isEmpty()) return components.contains(e.id());
        return eventType != null && eventType.equals(e.type()) && window.mayContain(e.date());
    }

    /** True when {@code f} is one of this total's parts: a listed component, or an event it selects by type and window. */
    public boolean includes(Fact f) {
        if (f instanceof Event e) return covers(e);
        return components.contains(f.id());
    }

    /** True when this total counts events: by eventType, or with every listed part an event. */
    public boolean countsEvents() { return eventType != null; }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < components.size(); i++)
            refs.add(new Reference("components[" + i + "]", components.get(i), eventType != null ? Event.class : Fact.class));
        return refs;
    }
}
