package claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.rulecases.RuleCases;
import claimcheck.findings.ArticleReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule case under src/test/rules (see {@link RuleCases} for the layout) against the shipped packs. */
class RuleCasesTest {
    static final Path CASES = Path.of("core/src/test/rules");
    static RuleSet rules;
    static RuleCases runner;

    @BeforeAll
    static void compileShippedRules() {
        rules = new RuleLoader().load(List.of(Path.of("rules")));
        runner = new RuleCases(new Engine(rules, EngineLimits.DEFAULT, new ArticleReport.Tool("claimcheck", "test")));
    }

    @TestFactory
    Stream<DynamicTest> everyCase() {
        return RuleCases.find(CASES).stream().map(c -> DynamicTest.dynamicTest(c.toString(), c.dir().toUri(), () -> {
            List<String> problems = runner.run(c).problems();
            assertTrue(problems.isEmpty(), () -> c + ":\n  " + String.join("\n  ", problems));
        }));
    }

    @Test
    void everyShippedRuleHasPassingAndFailingCases() {
        List<RuleCases.Case> cases = RuleCases.find(CASES);
        Set<String> ids = new TreeSet<>();
        rules.rules().forEach(r -> ids.add(r.id()));
        assertEquals(ids, RuleCases.rulesWithStatus(cases, "pass"), "rules with a passing case");
        assertEquals(ids, RuleCases.rulesWithStatus(cases, "fail"), "rules with a failing case");
    }

    @Test
    void derivingRulesHaveDeriveCases() throws Exception {
        boolean found = false;
        for (RuleCases.Case c : RuleCases.find(CASES)) {
            if (c.ruleId().equals("core/total-sum") && Files.readString(c.dir().resolve("expected.yaml")).contains("derived:")) found = true;
        }
        assertTrue(found, "core/total-sum derives counts and needs a case that shows it");
    }
}
