package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A later reference to a fact already stated: "these 37 cartel members" restates a number
 * ({@code value}); "the extradited individuals" names the act with a word ({@code term}).
 */
public record Mention(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String refers,
        Quantity value,
        String term,
        String source,
        String note) implements Fact {

    public Mention {
        quotes = Fact.quotes(quotes);
        Fact.required(refers, "refers");
        if (value == null && term == null) throw new IllegalArgumentException("a mention restates a value or a term");
    }

    @Override public String kind() { return "mention"; }
    @Override public Quantity quantity() { return value; }
    @Override public List<Reference> references() { return List.of(new Reference("refers", refers, Fact.class)); }
}
