package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;

/** Items the article names ("six cities: ..."), the count it states if any, and whether it says the list is partial ("including ..."). */
public record ItemList(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        List<String> items,
        @JsonDeserialize(using = WholeQuantity.class) Quantity count,
        boolean partial,
        String note) implements Fact {

    public ItemList {
        quotes = Fact.quotes(quotes);
        items = Fact.list(items);
        if (items.isEmpty()) throw new IllegalArgumentException("a list names at least one item");
    }

    @Override public String kind() { return "list"; }
    @Override public Quantity quantity() { return count; }
}
