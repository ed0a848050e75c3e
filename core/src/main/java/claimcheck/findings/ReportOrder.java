package claimcheck.findings;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/** The one order reports use, so output is the same bytes every run: severity, rule id, place in the article, message. */
public final class ReportOrder {
    private ReportOrder() {}

    private static final int NOWHERE = Integer.MAX_VALUE;

    public static final Comparator<Finding> FINDINGS = Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparingInt(f -> f.firstLocated() == null ? NOWHERE : f.firstLocated().span().start())
            .thenComparing(Finding::message)
            .thenComparing(f -> String.join(",", f.facts()));

    /** Checks by rule id, then by where their first located fact sits ({@code firstOffset}: fact id to offset), then message. */
    public static Comparator<Check> checks(Map<String, Integer> firstOffset) {
        // Each check's place is worked out once, not at every comparison: a big article's sort compares 10^5 checks
        // many times over. The comparator is made for one sort (one thread), so the memo needs no locking.
        Map<Check, Integer> places = new IdentityHashMap<>();
        ToIntFunction<Check> place = c -> places.computeIfAbsent(c, k -> firstPlace(k, firstOffset));
        return Comparator.comparing(Check::ruleId)
                .thenComparingInt(place)
                .thenComparing(Check::message)
                .thenComparing(c -> String.join(",", c.facts()))
                .thenComparing(Check::status);
    }

    private static int firstPlace(Check c, Map<String, Integer> firstOffset) {
        for (String id : c.facts()) {
            Integer offset = firstOffset.get(id);
            if (offset != null) return offset;
        }
        return NOWHERE;
    }
}
