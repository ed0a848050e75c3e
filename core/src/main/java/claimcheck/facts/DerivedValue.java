package claimcheck.facts;

import java.util.List;

/**
 * A value the article implies but does not state, worked out by a rule: the February count
 * from the total and the other counts. Other rules may use it; reports show it as derived.
 */
public record DerivedValue(String factId, String field, Quantity value, String ruleId, String reasoning, List<String> basis) {
    public DerivedValue {
        Fact.required(factId, "factId");
        Fact.required(field, "field");
        if (value == null) throw new IllegalArgumentException("value is required");
        basis = Fact.list(basis);
    }
}
