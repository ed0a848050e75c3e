package claimcheck.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReportOrderTest {
    private static final String[] RULES = {"core/total-sum", "core/mention-agreement", "core/total", "facts/quote-found",
            "extradition/assurance-attached", "core/total-sum-2", "a", "z/z"};

    /** The order as first written, with every key worked out at each comparison: what ReportOrder must still give. */
    private static List<Check> naive(List<Check> checks, Map<String, Integer> firstOffset) {
        Comparator<Check> order = Comparator.comparing(Check::ruleId)
                .thenComparingInt(c -> c.facts().stream().filter(firstOffset::containsKey).findFirst().map(firstOffset::get).orElse(Integer.MAX_VALUE))
                .thenComparing(Check::message)
                .thenComparing(c -> String.join(",", c.facts()))
                .thenComparing(Check::status);
        List<Check> sorted = new ArrayList<>(checks);
        sorted.sort(order);
        return sorted;
    }

    @Test
    void checksAreInTheOrderOfRuleIdPlaceMessageFactsAndStatus() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 200; round++) {
            Map<String, Integer> firstOffset = new HashMap<>();
            for (int f = 0; f < 12; f++) if (random.nextBoolean()) firstOffset.put("f" + f, random.nextInt(5));
            List<Check> checks = new ArrayList<>();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                List<String> facts = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) facts.add("f" + random.nextInt(12));
                checks.add(new Check(RULES[random.nextInt(RULES.length)], random.nextBoolean() ? Check.Status.PASS : Check.Status.FAIL,
                        facts, "message " + random.nextInt(3)));
            }
            assertEquals(naive(checks, firstOffset), ReportOrder.checks(checks, firstOffset), "round " + round);
        }
    }
}
