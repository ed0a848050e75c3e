package claimcheck.extract;

import java.time.LocalDate;
import java.util.List;

/** A draft facts file: the article's header and the proposed facts, in text order, each with its quote. */
public record Draft(String id, String title, LocalDate published, String textPath, List<Proposal> facts, List<String> quotes) {
    public Draft {
        facts = List.copyOf(facts);
        quotes = List.copyOf(quotes);
        if (facts.size() != quotes.size()) throw new IllegalArgumentException("a quote per fact");
    }
}
