package claimcheck.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A derived fact: {@code fact} (id {@code part}) is one of the parts of the total {@code total}, as
 * {@link Total#includes} says; {@code listed} when the total names it among its components, rather
 * than selecting it by its type. The engine inserts one per pair beside the article's facts, so that a
 * rule joins totals to their parts on ids, which Drools hash-indexes, instead of calling
 * {@code includes} for every total and every fact (a session quadratic in the article's size):
 * <pre>
 *   collect( Fact( $total.includes(this) ) )   →   accumulate( Membership( total == $total.id, $p : fact ); collectList( $p ) )
 *   Total( this.covers($e) )                   →   Membership( part == $e.id, $tid : total )  Total( id == $tid )
 *   Total( components contains $id )           →   Membership( part == $id, listed, $tid : total )  Total( id == $tid )
 * </pre>
 */
public record Membership(String total, String part, Fact fact, boolean listed) {

    /**
     * Every (total, part) pair among {@code facts}, each total's parts in file order (the order a
     * {@code collect} over the facts gives them). Built with maps, in time linear in the facts and pairs.
     */
    public static List<Membership> of(List<Fact> facts) {
        Map<String, List<Total>> listing = new HashMap<>();   // component id -> totals that list it
        Map<String, List<Total>> byType = new HashMap<>();    // event type -> totals that select by it
        for (Fact f : facts) {
            if (!(f instanceof Total t)) continue;
            if (!t.components().isEmpty()) {
                for (String c : t.components()) {
                    List<Total> totals = listing.computeIfAbsent(c, k -> new ArrayList<>());
                    // A component listed twice is still one part (the same total comes last then).
                    if (totals.isEmpty() || totals.get(totals.size() - 1) != t) totals.add(t);
                }
            } else if (t.eventType() != null) {
                byType.computeIfAbsent(t.eventType(), k -> new ArrayList<>()).add(t);
            }
        }
        List<Membership> out = new ArrayList<>();
        if (listing.isEmpty() && byType.isEmpty()) return out;
        for (Fact f : facts) {
            for (Total t : listing.getOrDefault(f.id(), List.of())) out.add(new Membership(t.id(), f.id(), f, true));
            if (f instanceof Event e && e.type() != null) {
                for (Total t : byType.getOrDefault(e.type(), List.of())) {
                    if (t.covers(e)) out.add(new Membership(t.id(), f.id(), f, false));
                }
            }
        }
        return out;
    }
}
