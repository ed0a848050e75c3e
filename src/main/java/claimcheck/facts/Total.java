package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayList;
import java.util.List;

/**
 * A stated total over a selection of events: "92 since the beginning of the administration".
 * The events it counts are those listed in {@code components} when the article names them,
 * else every event of {@code eventType} that may fall inside the window.
 */
public record Total(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String eventType,
        Window window,
        @JsonDeserialize(using = WholeQuantity.class) Quantity value,
        String unit,
        List<String> components,
        String note) implements Fact {

    public Total {
        quotes = Fact.quotes(quotes);
        Fact.required(eventType, "eventType");
        if (value == null) throw new IllegalArgumentException("value is required");
        if (window == null) window = Window.ALWAYS;
        components = Fact.list(components);
    }

    @Override public String kind() { return "total"; }
    @Override public Quantity quantity() { return value; }

    /** True when this total counts {@code e}. */
    public boolean covers(Event e) {
        if (!components.isEmpty()) return components.contains(e.id());
        return eventType.equals(e.type()) && window.mayContain(e.date());
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) refs.add(new Reference("components[" + i + "]", components.get(i), Event.class));
        return refs;
    }
}
