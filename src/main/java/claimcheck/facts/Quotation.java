package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Words the article attributes to someone, and how they were said (a statement, a post on X). */
public record Quotation(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String speaker,
        String words,
        String channel,
        String note) implements Fact {

    public Quotation {
        quotes = Fact.quotes(quotes);
        // Normal form, like the names of roles and terms.
        speaker = Fact.required(NormalText.of(speaker), "speaker");
        Fact.required(words, "words");
    }

    @Override public String kind() { return "quote"; }
}
