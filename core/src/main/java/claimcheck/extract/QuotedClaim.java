package claimcheck.extract;

import claimcheck.facts.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A derived fact: the passage of a found quote, {@code by}, takes in the whole of {@code passage}, as
 * {@link TextClaim#coveredBy} says. The engine inserts one per covered claim beside the claims, so that
 * rule core/uncovered-claim joins on the claim, which Drools hash-indexes, instead of testing every
 * claim of the text against every quote (a session quadratic in the article's size):
 * <pre>
 *   not Provenance( $c.coveredBy(this) )   →   not QuotedClaim( passage == $c )
 * </pre>
 */
public record QuotedClaim(TextClaim passage, Provenance by) {

    /**
     * Each of {@code claims} that a found quote of {@code quotes} takes in, with the quote whose passage,
     * of those starting at or before the claim, ends last. In time n log n: the quotes sorted by where
     * they start, then one binary search per claim.
     */
    public static List<QuotedClaim> of(List<TextClaim> claims, List<Provenance> quotes) {
        List<Provenance> found = quotes.stream().filter(Provenance::found)
                .sorted(Comparator.comparingInt(p -> p.span().start())).toList();
        List<QuotedClaim> out = new ArrayList<>();
        if (found.isEmpty()) return out;
        // reach[i]: of the first i + 1 quotes by start, the one that ends last (the earliest of equals).
        Provenance[] reach = new Provenance[found.size()];
        for (int i = 0; i < found.size(); i++) {
            Provenance p = found.get(i);
            reach[i] = i > 0 && reach[i - 1].span().end() >= p.span().end() ? reach[i - 1] : p;
        }
        for (TextClaim c : claims) {
            int last = lastStartingBy(found, c.span().start());
            if (last >= 0 && reach[last].span().end() >= c.span().end()) out.add(new QuotedClaim(c, reach[last]));
        }
        return out;
    }

    /** The index of the last of {@code sorted} that starts at or before {@code offset}, or -1. */
    private static int lastStartingBy(List<Provenance> sorted, int offset) {
        int lo = 0, hi = sorted.size() - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).span().start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
