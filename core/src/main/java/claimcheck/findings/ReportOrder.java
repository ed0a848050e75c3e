package claimcheck.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The one order reports use, so output is the same bytes every run: severity, rule id, place in the article, message. */
public final class ReportOrder {
    private ReportOrder() {}

    private static final int NOWHERE = Integer.MAX_VALUE;

    /**
     * A finding with what it is sorted by, worked out once: a big article's sort compares 10^5 of them many times
     * over. {@code rule} is the rank of its rule id among the ids present, as for checks below.
     */
    private record KeyedFinding(Finding finding, int rule, int place, String facts) {}

    /** Written out, as {@link #CHECKS} is and for the same reason. */
    private static final Comparator<KeyedFinding> FINDINGS = (a, b) -> {
        int c = a.finding().severity().compareTo(b.finding().severity());
        if (c == 0) c = Integer.compare(a.rule(), b.rule());
        if (c == 0) c = Integer.compare(a.place(), b.place());
        if (c == 0) c = a.finding().message().compareTo(b.finding().message());
        if (c == 0) c = a.facts().compareTo(b.facts());
        return c;
    };

    /** {@code findings} by severity, rule id, where the claim first sits in the article, message, and the facts named. */
    public static List<Finding> findings(List<Finding> findings) {
        Map<String, Integer> ruleRank = ranks(findings.stream().map(Finding::ruleId).toList());
        List<KeyedFinding> keyed = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Evidence first = f.firstLocated();
            keyed.add(new KeyedFinding(f, ruleRank.get(f.ruleId()), first == null ? NOWHERE : first.span().start(), String.join(",", f.facts())));
        }
        keyed.sort(FINDINGS);
        List<Finding> out = new ArrayList<>(keyed.size());
        for (KeyedFinding k : keyed) out.add(k.finding());
        return out;
    }

    /** Each distinct id's rank in the ids' natural order. */
    private static Map<String, Integer> ranks(List<String> ids) {
        Map<String, Integer> rank = new HashMap<>();
        for (String id : new TreeSet<>(ids)) rank.put(id, rank.size());
        return rank;
    }

    /**
     * A check with what it is sorted by, worked out once. {@code rule} is the rank of its rule id among the
     * ids present: a big article has 10^5 checks of some twenty rules, and comparing equal ids letter by
     * letter was most of the sort.
     */
    private record Keyed(Check check, int rule, int place, String facts) {}

    /**
     * Written out rather than chained ({@code comparingInt(...).thenComparing(...)}): a big article's checks mostly
     * share their rule and place, so most comparisons go down the whole chain, and the chain's lambdas calling
     * lambdas were most of the sort's time.
     */
    private static final Comparator<Keyed> CHECKS = (a, b) -> {
        int c = Integer.compare(a.rule(), b.rule());
        if (c == 0) c = Integer.compare(a.place(), b.place());
        if (c == 0) c = a.check().message().compareTo(b.check().message());
        if (c == 0) c = a.facts().compareTo(b.facts());
        if (c == 0) c = a.check().status().compareTo(b.check().status());
        return c;
    };

    /** {@code checks} by rule id, then by where their first located fact sits ({@code firstOffset}: fact id to offset), then message. */
    public static List<Check> checks(List<Check> checks, Map<String, Integer> firstOffset) {
        Map<String, Integer> ruleRank = ranks(checks.stream().map(Check::ruleId).toList());
        List<Keyed> keyed = new ArrayList<>(checks.size());
        for (Check c : checks)
            keyed.add(new Keyed(c, ruleRank.get(c.ruleId()), firstPlace(c, firstOffset), String.join(",", c.facts())));
        keyed.sort(CHECKS);
        List<Check> out = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) out.add(k.check());
        return out;
    }

    private static int firstPlace(Check c, Map<String, Integer> firstOffset) {
        for (String id : c.facts()) {
            Integer offset = firstOffset.get(id);
            if (offset != null) return offset;
        }
        return NOWHERE;
    }
}
