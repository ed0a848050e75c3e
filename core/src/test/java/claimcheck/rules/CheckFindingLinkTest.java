package claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A failed check and the finding it records are linked when the rule records them, not matched up afterwards. */
class CheckFindingLinkTest {

    @Test
    void everyFailedCheckOfTheSampleHasItsOwnFinding() {
        RuleSet rules = new RuleLoader().load(List.of(Path.of("rules")));
        ArticleReport r = new Engine(rules, EngineLimits.DEFAULT, new ArticleReport.Tool("claimcheck", "test"))
                .check(new FactsLoader().load(Path.of("facts/mx-us-transfers-2026-01.yaml"), "mx-us-transfers-2026-01.yaml"), FailOn.ERROR);
        int failed = 0;
        for (Check c : r.checks()) {
            Finding f = r.findingOf(c);
            if (c.status() == Check.Status.PASS) {
                assertNull(f, c.message());
                continue;
            }
            failed++;
            assertSame(c, f.check(), c.message());
            assertEquals(c.message(), f.message());
            assertEquals(c.facts(), f.facts());
        }
        assertEquals(4, failed);
    }

    @Test
    void aCheckEqualInEveryFieldIsNotTheSameCheck() {
        Check failed = new Check("demo/x", Check.Status.FAIL, List.of("e1"), "no date");
        Check lookalike = new Check("demo/x", Check.Status.FAIL, List.of("e1"), "no date");
        Finding f = Finding.of(failed, Severity.ERROR).withEvidence(List.of()).withSeverity(Severity.WARNING);
        ArticleReport r = new ArticleReport(new ArticleReport.Tool("claimcheck", "test"), "f.yaml", null, "", List.of(), List.of(),
                List.of(f), List.of(failed, lookalike), List.of(), null);
        assertSame(f, r.findingOf(failed));
        assertNull(r.findingOf(lookalike));
    }
}
