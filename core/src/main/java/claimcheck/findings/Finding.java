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
 * @param claim the facts under review, a subset of {@code facts} in their order (see {@link Check#claim()});
 *              the finding points at them first
 */
public record Finding(String ruleId, Severity severity, String message, List<String> facts,
                      List<Evidence> evidence, List<DerivedValue> derived, Suppression suppression, Check check,
                      List<String> claim) {

    public Finding(String ruleId, Severity severity, String message, List<String> facts,
                   List<Evidence> evidence, List<DerivedValue> derived) {
        this(ruleId, severity, message, facts, evidence, derived, null, null, Claims.firstOf(facts));
    }

    /** A finding that is not a check, whose claim is {@code claim}. */
    public Finding(String ruleId, Severity severity, String message, List<String> facts, List<String> claim) {
        this(ruleId, severity, message, facts, List.of(), List.of(), null, null, claim);
    }

    public Finding(String ruleId, Severity severity, String message, List<String> facts,
                   List<Evidence> evidence, List<DerivedValue> derived, Suppression suppression, Check check) {
        this(ruleId, severity, message, facts, evidence, derived, suppression, check, check != null ? check.claim() : Claims.firstOf(facts));
    }

    /** The finding of a failed check: its rule, message, facts and claim are the check's. */
    public static Finding of(Check failed, Severity severity) {
        if (failed.status() != Check.Status.FAIL) throw new IllegalArgumentException("only a failed check has a finding");
        return new Finding(failed.ruleId(), severity, failed.message(), failed.facts(), List.of(), List.of(), null, failed, failed.claim());
    }

    public Finding {
        if (ruleId == null || severity == null || message == null) throw new IllegalArgumentException("ruleId, severity and message are required");
        facts = List.copyOf(facts);
        evidence = List.copyOf(evidence);
        derived = List.copyOf(derived);
        claim = Claims.within(claim, facts);
    }

    public Finding withEvidence(List<Evidence> e) { return new Finding(ruleId, severity, message, facts, e, derived, suppression, check, claim); }

    public Finding suppressed(Suppression s) { return new Finding(ruleId, severity, message, facts, evidence, derived, s, check, claim); }

    public Finding withSeverity(Severity s) { return new Finding(ruleId, s, message, facts, evidence, derived, suppression, check, claim); }

    /** Whether the finding is about the article or about its facts file. */
    public Category category() { return Category.of(ruleId); }

    /** True when the finding counts: it is not suppressed. */
    public boolean active() { return suppression == null; }

    /** The facts it names, the claim under review first: the order its evidence is listed and its location looked for in. */
    public List<String> claimFirst() { return Claims.claimFirst(claim, facts); }

    /**
     * Where the finding points in the article: the first found passage of the claim under review,
     * else of the first other fact it names that has one, or null.
     */
    public Evidence firstLocated() {
        for (String id : claimFirst()) {
            Evidence first = evidence.stream().filter(e -> e.factId().equals(id) && e.span() != null)
                    .min(java.util.Comparator.comparingInt(e -> e.span().start())).orElse(null);
            if (first != null) return first;
        }
        return null;
    }
}
