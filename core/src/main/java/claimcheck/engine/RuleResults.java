package claimcheck.engine;

import claimcheck.facts.DerivedValue;
import claimcheck.findings.Check;
import claimcheck.findings.Finding;
import java.util.List;

/**
 * What one article's session recorded, as the rules left it: checks, findings without evidence,
 * derived values, in no particular order. {@link ReportAssembler} judges and orders them.
 */
public record RuleResults(List<Check> checks, List<Finding> findings, List<DerivedValue> derived) {
    public RuleResults {
        checks = List.copyOf(checks);
        findings = List.copyOf(findings);
        derived = List.copyOf(derived);
    }
}
