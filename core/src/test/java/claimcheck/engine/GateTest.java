package claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.baseline.Baseline;
import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Suppression;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What decides the gate besides the rules: findings a fact accepts, a baseline's entries and their
 * expiry, rules switched off and severities overridden. Suppressed findings are always still reported.
 */
class GateTest {
    static RuleSet rules;
    static final ArticleReport.Tool TOOL = new ArticleReport.Tool("claimcheck", "test");

    @TempDir Path dir;

    @BeforeAll
    static void shippedRules() {
        rules = new RuleLoader().load(List.of(Path.of("rules")));
    }

    static final String TEXT = """
            Former President Ana Lind opened the bridge on Friday.
            It was the first project of Lind's second term, which began in March.
            """;

    static final String FACTS = """
            article: {id: bridge, title: A bridge opens, published: 2026-01-20, text: a.txt}
            facts:
              - id: role-lind
                kind: role
                person: Ana Lind
                office: President
                status: former
                quote: Former President Ana Lind
              - id: term-lind
                kind: term
                person: Ana Lind
                office: President
                status: ongoing
                quote: Lind's second term
            """;

    private FactsFile facts(String text, String facts) throws IOException {
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("f.yaml"), facts);
        return new FactsLoader(rules.kinds()).load(dir.resolve("f.yaml"), "f.yaml");
    }

    private static Finding roleStatus(ArticleReport r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("core/role-status")).findFirst().orElseThrow();
    }

    @Test
    void withoutSuppressionTheErrorFailsTheGate() throws IOException {
        ArticleReport r = new Engine(rules, EngineLimits.DEFAULT, TOOL).check(facts(TEXT, FACTS), FailOn.ERROR);
        assertTrue(roleStatus(r).active());
        assertFalse(r.summary().gatePassed());
        assertEquals(1, r.summary().errors());
    }

    @Test
    void anAcceptedFindingIsReportedMarkedAndDoesNotCount() throws IOException {
        FactsFile f = facts(TEXT, FACTS.replace("    quote: Lind's second term\n",
                "    quote: Lind's second term\n    accept: {rule: core/role-status, reason: the article quotes the ceremony's programme}\n"));
        ArticleReport r = new Engine(rules, EngineLimits.DEFAULT, TOOL).check(f, FailOn.ERROR);
        Finding found = roleStatus(r);
        assertEquals(new Suppression(Suppression.Kind.ACCEPTED, "the article quotes the ceremony's programme", null), found.suppression());
        assertEquals(Severity.ERROR, found.severity());
        assertTrue(r.summary().gatePassed());
        assertEquals(0, r.summary().errors());
        assertEquals(1, r.summary().suppressed());
    }

    @Test
    void acceptingAnotherRuleAcceptsNothing() throws IOException {
        FactsFile f = facts(TEXT, FACTS.replace("    quote: Lind's second term\n",
                "    quote: Lind's second term\n    accept: {rule: core/event-date, reason: not this one}\n"));
        ArticleReport r = new Engine(rules, EngineLimits.DEFAULT, TOOL).check(f, FailOn.ERROR);
        assertTrue(roleStatus(r).active());
        assertFalse(r.summary().gatePassed());
    }

    @Test
    void acceptingAnUnknownRuleIsAnInputError() throws IOException {
        FactsFile f = facts(TEXT, FACTS.replace("    quote: Lind's second term\n",
                "    quote: Lind's second term\n    accept: {rule: core/role-statu, reason: typo}\n"));
        InputError e = assertThrows(InputError.class, () -> new Engine(rules, EngineLimits.DEFAULT, TOOL).check(f, FailOn.ERROR));
        assertEquals("f.yaml:15:20: facts[1].accept.rule: no rule \"core/role-statu\" in the loaded rule packs; did you mean \"core/role-status\"?", e.oneLine());
    }

    @Test
    void aDisabledRuleDoesNotRun() throws IOException {
        Engine e = new Engine(rules, EngineLimits.DEFAULT, TOOL, new RuleSelection(Set.of("core/role-status"), Map.of()));
        ArticleReport r = e.check(facts(TEXT, FACTS), FailOn.ERROR);
        assertTrue(r.findings().stream().noneMatch(f -> f.ruleId().equals("core/role-status")));
        assertTrue(r.checks().stream().noneMatch(c -> c.ruleId().equals("core/role-status")));
        assertTrue(r.checks().stream().anyMatch(c -> c.ruleId().equals("facts/quote-found")), "other rules still run");
        assertTrue(r.summary().gatePassed());
    }

    @Test
    void aSeverityOverrideReplacesTheDeclaredSeverity() throws IOException {
        Engine e = new Engine(rules, EngineLimits.DEFAULT, TOOL, new RuleSelection(Set.of(), Map.of("core/role-status", Severity.WARNING)));
        ArticleReport r = e.check(facts(TEXT, FACTS), FailOn.ERROR);
        assertEquals(Severity.WARNING, roleStatus(r).severity());
        assertTrue(r.summary().gatePassed());
        assertEquals(1, r.summary().warnings());
        assertFalse(e.check(facts(TEXT, FACTS), FailOn.WARNING).summary().gatePassed());
    }

    @Test
    void anOverrideLeavesFindingsARuleGivesASeverityOfItsOwn() throws IOException {
        // core/total-sum is declared error; the value it derives is reported as info and stays info.
        String text = "Of the 10 boats, 4 sailed on Monday and the rest on Tuesday.\n";
        String facts = """
                article: {id: boats, title: Boats, published: 2026-01-20, text: a.txt}
                facts:
                  - {id: mon, kind: event, type: sailing, count: 4, quote: 4 sailed on Monday}
                  - {id: tue, kind: event, type: sailing, quote: the rest on Tuesday}
                  - {id: all, kind: total, eventType: sailing, value: 10, components: [mon, tue], quote: Of the 10 boats}
                """;
        Engine e = new Engine(rules, EngineLimits.DEFAULT, TOOL, new RuleSelection(Set.of(), Map.of("core/total-sum", Severity.WARNING)));
        Finding derived = e.check(facts(text, facts), FailOn.ERROR).findings().stream()
                .filter(f -> f.ruleId().equals("core/total-sum")).findFirst().orElseThrow();
        assertEquals(Severity.INFO, derived.severity());
        assertFalse(derived.derived().isEmpty());
    }

    @Test
    void aBaselineSuppressesAndAnExpiredEntryIsReported() throws IOException {
        // Without coverage: the article's uncovered numbers would be entries of their own.
        Engine e = new Engine(rules, EngineLimits.DEFAULT, TOOL).withCoverage(false);
        FactsFile f = facts(TEXT, FACTS);
        ArticleReport found = e.check(f, FailOn.ERROR);
        Baseline recorded = Baseline.EMPTY.recording(List.of(found), "known; the ceremony's wording");
        assertEquals(1, recorded.entries().size());

        ArticleReport suppressed = e.check(f, new Gate(FailOn.ERROR, recorded, LocalDate.of(2026, 2, 1)));
        assertEquals(Suppression.Kind.BASELINE, roleStatus(suppressed).suppression().kind());
        assertEquals("known; the ceremony's wording", roleStatus(suppressed).suppression().justification());
        assertTrue(suppressed.summary().gatePassed());

        Path file = dir.resolve("baseline.yaml");
        Files.writeString(file, recorded.toYaml().replace("    justification:", "    expires: 2026-01-31\n    justification:"));
        Baseline expiring = Baseline.read(file, "baseline.yaml");
        ArticleReport onTheDay = e.check(f, new Gate(FailOn.ERROR, expiring, LocalDate.of(2026, 1, 31)));
        assertEquals(LocalDate.of(2026, 1, 31), roleStatus(onTheDay).suppression().expires());
        assertTrue(onTheDay.summary().gatePassed(), "an entry suppresses up to and including its expiry date");

        ArticleReport after = e.check(f, new Gate(FailOn.ERROR, expiring, LocalDate.of(2026, 2, 1)));
        assertNull(roleStatus(after).suppression());
        assertFalse(after.summary().gatePassed());
        Finding expired = after.findings().stream().filter(x -> x.ruleId().equals(Baseline.EXPIRED_RULE)).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, expired.severity());
        assertEquals(List.of("role-lind", "term-lind"), expired.facts());
        assertTrue(expired.message().startsWith("the baseline entry for core/role-status on role-lind, term-lind expired on 2026-01-31"), expired.message());
        assertEquals(1, expired.firstLocated().span().line(), "it points where the finding it suppressed points");
    }

    @Test
    void baselineMatchingIgnoresLinesButNotQuotes() throws IOException {
        Engine e = new Engine(rules, EngineLimits.DEFAULT, TOOL);
        ArticleReport found = e.check(facts(TEXT, FACTS), FailOn.ERROR);
        Baseline recorded = Baseline.EMPTY.recording(List.of(found), "known");
        Gate gate = new Gate(FailOn.ERROR, recorded, LocalDate.of(2026, 2, 1));

        // Two paragraphs added above: every line moves, the finding is still the recorded one.
        ArticleReport moved = e.check(facts("BRIDGE TOWN\n\nA correspondent writes.\n" + TEXT, FACTS), gate);
        assertEquals(4, roleStatus(moved).firstLocated().span().line());
        assertNotEquals(roleStatus(found).firstLocated().span().line(), roleStatus(moved).firstLocated().span().line());
        assertEquals(Suppression.Kind.BASELINE, roleStatus(moved).suppression().kind());

        // The quoted words change: a new finding, which fails the gate.
        ArticleReport reworded = e.check(facts(TEXT.replace("Former President", "Ex-President"),
                FACTS.replace("quote: Former President Ana Lind", "quote: Ex-President Ana Lind")), gate);
        assertTrue(roleStatus(reworded).active());
        assertFalse(reworded.summary().gatePassed());
    }
}
