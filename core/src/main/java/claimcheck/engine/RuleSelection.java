package claimcheck.engine;

import claimcheck.findings.Severity;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which rules run and how severe their findings are, by rule id: the rules switched off, and the
 * severity that replaces a rule's declared one. An override applies to the findings a rule reports
 * at its declared severity; a finding the rule gives a severity of its own (an info note, a
 * derived value) keeps it.
 */
public record RuleSelection(Set<String> disabled, Map<String, Severity> severities) {
    public static final RuleSelection ALL = new RuleSelection(Set.of(), Map.of());

    public RuleSelection {
        disabled = Set.copyOf(new TreeSet<>(disabled));
        severities = Map.copyOf(new TreeMap<>(severities));
    }

    public boolean enabled(String ruleId) { return !disabled.contains(ruleId); }
}
