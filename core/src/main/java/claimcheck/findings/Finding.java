package claimcheck.findings;

import claimcheck.facts.DerivedValue;
import java.util.List;

/**
 * Something a reader should know about the article: a failed check, a derived value, a claim that
 * cannot be checked. Rules create findings without evidence; the engine attaches the quoted
 * passages of the facts named. A finding with a {@link Suppression} is still reported but does not
 * count against the gate.
 *
 * @param check the failed check this finding reports, the same instance the report lists; null for
 *              a finding that is not a check (a note, a derived value, an expired baseline entry)
 */
public record Finding(String ruleId, Severity severity, String message, List<String> facts,
                      List<Evidence> evidence, List<DerivedValue> derived, Suppression suppression, Check check) {

    public Finding(String ruleId, Severity severity, String message, List<String> facts,
                   List<Evidence> evidence, List<DerivedValue> derived) {
        this(ruleId, severity, message, facts, evidence, derived, null, null);
    }

    /** The finding of a failed check: its rule, message and facts are the check's. */
    public static Finding of(Check failed, Severity severity) {
        if (failed.status() != Check.Status.FAIL) throw new IllegalArgumentException("only a failed check has a finding");
        return new Finding(failed.ruleId(), severity, failed.message(), failed.facts(), List.of(), List.of(), null, failed);
    }

    public Finding {
        if (ruleId == null || severity == null || message == null) throw new IllegalArgumentException("ruleId, severity and message are required");
        facts = List.copyOf(facts);
        evidence = List.copyOf(evidence);
        derived = List.copyOf(derived);
    }

    public Finding withEvidence(List<Evidence> e) { return new Finding(ruleId, severity, message, facts, e, derived, suppression, check); }

    public Finding suppressed(Suppression s) { return new Finding(ruleId, severity, message, facts, evidence, derived, s, check); }

    public Finding withSeverity(Severity s) { return new Finding(ruleId, s, message, facts, evidence, derived, suppression, check); }

    /** True when the finding counts: it is not suppressed. */
    public boolean active() { return suppression == null; }

    /**
     * Where the finding points in the article: the first found passage of the first fact it names
     * that has one (rules name the fact a finding is about first), or null.
     */
    public Evidence firstLocated() {
        for (String id : facts) {
            Evidence first = evidence.stream().filter(e -> e.factId().equals(id) && e.span() != null)
                    .min(java.util.Comparator.comparingInt(e -> e.span().start())).orElse(null);
            if (first != null) return first;
        }
        return null;
    }
}
