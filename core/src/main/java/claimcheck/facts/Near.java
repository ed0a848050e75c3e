package claimcheck.facts;

import java.util.List;

/**
 * The passage of the article closest to a quote that is not in it, and what differs: "the text has
 * “percent” where the quote has “per cent”".
 *
 * @param span        where the passage is in the text
 * @param passage     the passage as the text writes it
 * @param differences what differs, each a phrase; empty when only punctuation or spacing does
 */
public record Near(Span span, String passage, List<String> differences) {
    public Near {
        differences = List.copyOf(differences);
    }

    /** The differences as one phrase: "the text has “37” where the quote has “38”; ...". */
    public String described() {
        return differences.isEmpty() ? "only punctuation or spacing differs" : String.join("; ", differences);
    }
}
