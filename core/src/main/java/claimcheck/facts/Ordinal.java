package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** "The third such operation within the past year": the Nth event of a type in a window, and which event it is. */
public record Ordinal(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        int value,
        String eventType,
        Window window,
        String event,
        String note) implements Fact {

    public Ordinal {
        quotes = Fact.quotes(quotes);
        if (value < 1) throw new IllegalArgumentException("value must be 1 or more");
        Fact.required(eventType, "eventType");
        Fact.required(event, "event");
        if (window == null) window = Window.ALWAYS;
    }

    @Override public String kind() { return "ordinal"; }
    @Override public Quantity quantity() { return Quantity.exact(value); }
    @Override public List<Reference> references() { return List.of(new Reference("event", event, Event.class)); }

    /** This ordinal as written in English: "3rd". */
    public String ordinalText() { return ordinalText(value); }

    /** "1st", "2nd", "3rd", "11th", "22nd". */
    public static String ordinalText(int value) {
        int mod100 = value % 100, mod10 = value % 10;
        String suffix = (mod100 >= 11 && mod100 <= 13) ? "th" : mod10 == 1 ? "st" : mod10 == 2 ? "nd" : mod10 == 3 ? "rd" : "th";
        return value + suffix;
    }
}
