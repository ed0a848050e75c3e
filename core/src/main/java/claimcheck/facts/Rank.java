package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * A comparison by rank: "the biggest chunk", "the largest source", "the second-highest turnout", "a
 * record". {@code subject} names the figure ranked; it is compared with the figures the article
 * gives in {@code among} (fact ids), or with the other parts of the total {@code within}.
 * {@code position} is 1 for the biggest (the default), 2 for the second; {@code order} is
 * {@code highest} (the default) or {@code lowest}. {@code record} marks "a record", "the most ever".
 */
public record Rank(
        String id,
        @JsonProperty("quote") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> quotes,
        String subject,
        List<String> among,
        String within,
        Integer position,
        Order order,
        boolean record,
        String source,
        String note) implements Fact {

    public enum Order {
        @JsonProperty("highest") HIGHEST,
        @JsonProperty("lowest") LOWEST;

        @Override public String toString() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    public Rank {
        quotes = Fact.quotes(quotes);
        Fact.required(subject, "subject");
        among = IdList.of(among);
        if (position == null) position = 1;
        if (position < 1) throw new IllegalArgumentException("position: 1 for the first, 2 for the second, ...");
        if (order == null) order = Order.HIGHEST;
    }

    @Override public String kind() { return "rank"; }

    /** True when {@code f} is one of the figures the subject is ranked against (never the subject itself). */
    public boolean comparesWith(Fact f, Total whole) {
        if (f.id().equals(subject)) return false;
        if (among.contains(f.id())) return true;
        return whole != null && whole.id().equals(within) && whole.includes(f);
    }

    /** "the 2nd highest", "the highest". */
    public String describe() {
        return "the " + (position == 1 ? "" : Ordinal.ordinalText(position) + "-") + order;
    }

    @Override
    public List<Reference> references() {
        List<Reference> refs = new ArrayList<>();
        refs.add(new Reference("subject", subject, Fact.class));
        for (int i = 0; i < among.size(); i++) refs.add(new Reference("among[" + i + "]", among.get(i), Fact.class));
        if (within != null) refs.add(new Reference("within", within, Total.class));
        return refs;
    }
}
