package claimcheck.findings;

import java.util.Comparator;
import java.util.Map;

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
        return Comparator.comparing(Check::ruleId)
                .thenComparingInt((Check c) -> c.facts().stream().filter(firstOffset::containsKey).findFirst().map(firstOffset::get).orElse(NOWHERE))
                .thenComparing(Check::message)
                .thenComparing(c -> String.join(",", c.facts()))
                .thenComparing(Check::status);
    }
}
