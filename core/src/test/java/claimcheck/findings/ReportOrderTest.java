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

    /** The findings' order as first written, a chain of comparators: what ReportOrder must still give. */
    private static List<Finding> naive(List<Finding> findings) {
        Comparator<Finding> order = Comparator.comparing(Finding::severity)
                .thenComparing(Finding::ruleId)
                .thenComparingInt(f -> f.firstLocated() == null ? Integer.MAX_VALUE : f.firstLocated().span().start())
                .thenComparing(Finding::message)
                .thenComparing(f -> String.join(",", f.facts()));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(order);
        return sorted;
    }

    @Test
    void findingsAreInTheOrderOfSeverityRuleIdPlaceMessageAndFacts() {
        SplittableRandom random = new SplittableRandom(12);
        Severity[] severities = Severity.values();
        for (int round = 0; round < 200; round++) {
            List<Finding> findings = new ArrayList<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                List<String> facts = new ArrayList<>();
                List<Evidence> evidence = new ArrayList<>();
                for (int k = random.nextInt(4); k > 0; k--) {
                    String id = "f" + random.nextInt(12);
                    facts.add(id);
                    int at = random.nextInt(5);
                    evidence.add(new Evidence(id, "q", random.nextBoolean() ? null : new claimcheck.facts.Span(at, at + 3, 1, at + 1, 1, at + 3)));
                }
                findings.add(new Finding(RULES[random.nextInt(RULES.length)], severities[random.nextInt(severities.length)],
                        "message " + random.nextInt(3), facts, evidence, List.of()));
            }
            assertEquals(naive(findings), ReportOrder.findings(findings), "round " + round);
        }
    }
}
