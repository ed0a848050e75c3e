package claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsLoader;
import claimcheck.facts.Provenance;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Suppression;
import claimcheck.rules.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The judging of what rules recorded, without Drools: overrides, evidence, acceptances, order and the summary. */
class ReportAssemblerTest {
    static final ArticleReport.Tool TOOL = new ArticleReport.Tool("claimcheck", "test");
    static final Map<String, RuleInfo> RULES = Map.of(
            "a/loud", new RuleInfo("a/loud", Severity.ERROR, "Loud", "help", "a", "a.drl", 1),
            "a/quiet", new RuleInfo("a/quiet", Severity.WARNING, "Quiet", "help", "a", "a.drl", 9));

    @TempDir Path dir;
    FactsFile file;
    List<Provenance> provenance;

    @BeforeEach
    void facts() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Two boats left. Then three boats left.\n");
        Files.writeString(dir.resolve("f.yaml"), """
                article: {id: boats, title: Boats, published: 2026-01-20, text: a.txt}
                facts:
                  - {id: two, kind: measure, subject: boats, metric: left, value: 2, quote: Two boats left}
                  - id: three
                    kind: measure
                    subject: boats
                    metric: left
                    value: 3
                    quote: three boats left
                    accept: {rule: a/quiet, reason: the editor checked it}
                """);
        file = new FactsLoader().load(dir.resolve("f.yaml"), "f.yaml");
        provenance = List.of(new Provenance("three", 0, "three boats left", file.text().locate("three boats left")),
                new Provenance("two", 0, "Two boats left", file.text().locate("Two boats left")));
    }

    private static Finding finding(String rule, Severity s, String message, String... facts) {
        return new Finding(rule, s, message, List.of(facts), List.of(), List.of());
    }

    @Test
    void aSeverityOverrideAppliesToFindingsAtTheRulesDeclaredSeverityOnly() {
        ReportAssembler assembler = new ReportAssembler(RULES, new RuleSelection(java.util.Set.of(), Map.of("a/loud", Severity.WARNING)), TOOL);
        RuleResults results = new RuleResults(List.of(), List.of(
                finding("a/loud", Severity.ERROR, "at the declared severity", "two"),
                finding("a/loud", Severity.INFO, "a note the rule chose to give", "two")), List.of());
        ArticleReport r = assembler.assemble(file, provenance, results, Gate.of(FailOn.ERROR));
        assertEquals(List.of(Severity.WARNING, Severity.INFO), r.findings().stream().map(Finding::severity).toList());
        assertTrue(r.summary().gatePassed());
        assertEquals(1, r.summary().warnings());
        assertEquals(1, r.summary().infos());
    }

    @Test
    void findingsCarryTheirFactsPassagesAndAnAcceptanceSuppressesWithoutDropping() {
        ReportAssembler assembler = new ReportAssembler(RULES, RuleSelection.ALL, TOOL);
        RuleResults results = new RuleResults(
                List.of(new Check("a/quiet", Check.Status.FAIL, List.of("three", "two"), "3 is not 2"),
                        new Check("a/loud", Check.Status.PASS, List.of("two"), "fine")),
                List.of(finding("a/quiet", Severity.WARNING, "3 is not 2", "three", "two")), List.of());
        ArticleReport r = assembler.assemble(file, provenance, results, Gate.of(FailOn.WARNING));

        Finding f = r.findings().get(0);
        assertEquals(List.of("three", "two"), f.evidence().stream().map(e -> e.factId()).toList());
        assertEquals("three boats left", f.firstLocated().quote());
        assertEquals(new Suppression(Suppression.Kind.ACCEPTED, "the editor checked it", null), f.suppression());
        assertFalse(f.active());
        assertTrue(r.summary().gatePassed(), "an accepted finding does not fail the gate");
        assertEquals(1, r.summary().suppressed());
        assertEquals(0, r.summary().warnings());
        assertEquals(2, r.summary().checks());
        assertEquals(1, r.summary().passed());
        // checks by rule id; provenance by place in the text
        assertEquals(List.of("a/loud", "a/quiet"), r.checks().stream().map(Check::ruleId).toList());
        assertEquals(List.of("two", "three"), r.provenance().stream().map(Provenance::factId).toList());
    }

    @Test
    void findingsAreOrderedBySeverityThenRuleThenPlace() {
        ReportAssembler assembler = new ReportAssembler(RULES, RuleSelection.ALL, TOOL);
        RuleResults results = new RuleResults(List.of(), List.of(
                finding("a/quiet", Severity.WARNING, "w", "two"),
                finding("a/loud", Severity.ERROR, "later in the text", "three"),
                finding("a/loud", Severity.ERROR, "earlier in the text", "two"),
                finding("a/loud", Severity.INFO, "no place", "nowhere")), List.of());
        ArticleReport r = assembler.assemble(file, provenance, results, Gate.of(FailOn.ERROR));
        assertEquals(List.of("earlier in the text", "later in the text", "w", "no place"), r.findings().stream().map(Finding::message).toList());
        assertNull(r.findings().get(3).firstLocated());
        assertFalse(r.summary().gatePassed());
        assertEquals(2, r.summary().errors());
    }
}
