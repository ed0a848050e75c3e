package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Words the article attributes to someone, and how they were said (a statement, a post on X). The
 * speaker is named ({@code speaker}), or described by a role or unnamed description ({@code role}:
 * "a ministry spokesperson", "a senior official"), or both.
 */
public record Quotation(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String speaker,
        String role,
        String words,
        String channel,
        String note) implements Fact {

    public Quotation {
        quotes = Fact.quotes(quotes);
        // Normal form, like the names of roles and terms.
        speaker = NormalText.of(speaker);
        role = NormalText.of(role);
        if ((speaker == null || speaker.isBlank()) && (role == null || role.isBlank()))
            throw new IllegalArgumentException("speaker (or role) is required");
        Fact.required(words, "words");
    }

    @Override public String kind() { return "quote"; }
}
