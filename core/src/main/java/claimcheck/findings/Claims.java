package claimcheck.findings;

import java.util.ArrayList;
import java.util.List;

/** The claim under review among the facts of a check or finding: shared checks for both records. */
final class Claims {
    private Claims() {}

    /** The default claim: the first fact named, as rules named the fact a result is about first. */
    static List<String> firstOf(List<String> facts) {
        return facts.isEmpty() ? List.of() : List.of(facts.get(0));
    }

    /** {@code claim} in the order of {@code facts}; an empty claim among facts is the first fact; a claim outside them is a programming error. */
    static List<String> within(List<String> claim, List<String> facts) {
        if (claim == null || claim.isEmpty()) return firstOf(facts);
        if (!facts.containsAll(claim)) throw new IllegalArgumentException("the claim " + claim + " is not among the facts " + facts);
        List<String> ordered = new ArrayList<>();
        for (String id : facts) if (claim.contains(id)) ordered.add(id);
        return List.copyOf(ordered);
    }

    /** {@code facts} with the claim first: the order in which evidence and locations are looked for. */
    static List<String> claimFirst(List<String> claim, List<String> facts) {
        List<String> out = new ArrayList<>(claim);
        for (String id : facts) if (!claim.contains(id)) out.add(id);
        return out;
    }
}
