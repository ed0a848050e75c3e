package claimcheck.engine;

import claimcheck.baseline.Baseline;
import claimcheck.baseline.BaselineEntry;
import claimcheck.facts.Acceptance;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.FactsFile;
import claimcheck.facts.Provenance;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.ReportOrder;
import claimcheck.findings.Severity;
import claimcheck.findings.Summary;
import claimcheck.findings.Suppression;
import claimcheck.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges what a session recorded and assembles the article's report: severities overridden as the
 * {@link RuleSelection} says, the quoted passages attached to each finding as evidence, findings the
 * facts accept or the {@link Gate}'s baseline records marked suppressed, expired baseline entries
 * reported, everything in report order, and the summary with the gate decision. Needs no Drools.
 */
public final class ReportAssembler {
    private final Map<String, RuleInfo> declared;
    private final RuleSelection selection;
    private final ArticleReport.Tool tool;

    /** @param declared the loaded rules by id, to tell a rule's declared severity from one it chose itself */
    public ReportAssembler(Map<String, RuleInfo> declared, RuleSelection selection, ArticleReport.Tool tool) {
        this.declared = Map.copyOf(declared);
        this.selection = selection;
        this.tool = tool;
    }

    public ArticleReport assemble(FactsFile file, List<Provenance> provenance, RuleResults results, Gate gate) {
        Map<String, List<Provenance>> byFact = new HashMap<>();
        Map<String, Integer> firstOffset = new HashMap<>();
        for (Provenance p : provenance) {
            byFact.computeIfAbsent(p.factId(), k -> new ArrayList<>()).add(p);
            if (p.span() != null) firstOffset.merge(p.factId(), p.span().start(), Math::min);
        }

        List<Finding> findings = new ArrayList<>();
        for (Finding f : results.findings())
            findings.add(accepted(withEvidence(overridden(f), byFact), file.acceptances()));
        Baseline.Judgement judged = gate.baseline().apply(file.article().id(), findings, gate.asOf());
        findings = new ArrayList<>(judged.findings());
        for (BaselineEntry expired : judged.expired()) findings.add(withEvidence(Baseline.expiredFinding(expired), byFact));
        findings = ReportOrder.findings(findings);

        List<Check> checks = ReportOrder.checks(results.checks(), firstOffset);

        List<DerivedValue> derived = new ArrayList<>(results.derived());
        derived.sort(Comparator.comparing(DerivedValue::factId).thenComparing(DerivedValue::field).thenComparing(DerivedValue::ruleId));

        Summary summary = Summary.of(file.facts().size(), checks, findings, gate.failOn());

        List<Provenance> ordered = new ArrayList<>(provenance);
        ordered.sort(Comparator.comparing((Provenance p) -> p.span() == null ? Integer.MAX_VALUE : p.span().start())
                .thenComparing(Provenance::factId).thenComparingInt(Provenance::index));
        return new ArticleReport(tool, file.name(), file.article(), file.text().text(), file.facts(), ordered,
                findings, checks, derived, summary, file.positions());
    }

    /**
     * {@code f} at the severity the selection gives its rule; only a finding at the rule's declared
     * severity is overridden, so an info note a rule gives on its own keeps its level.
     */
    private Finding overridden(Finding f) {
        Severity override = selection.severities().get(f.ruleId());
        RuleInfo rule = declared.get(f.ruleId());
        return override != null && rule != null && f.severity() == rule.severity() ? f.withSeverity(override) : f;
    }

    /**
     * {@code f} with the quoted passages of the facts it names, the claim under review first, then the
     * others in the order it names them, after any evidence the rule gave itself (a passage that is no
     * fact's, such as an uncovered claim).
     */
    private static Finding withEvidence(Finding f, Map<String, List<Provenance>> byFact) {
        List<Evidence> evidence = new ArrayList<>(f.evidence());
        for (String id : f.claimFirst())
            for (Provenance p : byFact.getOrDefault(id, List.of())) evidence.add(new Evidence(id, p.quote(), p.span()));
        return f.withEvidence(evidence);
    }

    /** {@code f} marked accepted when a fact it names accepts its rule (the first such acceptance in the file). */
    private static Finding accepted(Finding f, List<Acceptance> acceptances) {
        for (Acceptance a : acceptances) {
            if (a.ruleId().equals(f.ruleId()) && f.facts().contains(a.factId()))
                return f.suppressed(new Suppression(Suppression.Kind.ACCEPTED, a.reason(), null));
        }
        return f;
    }
}
