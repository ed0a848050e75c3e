package claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.Deadline;
import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.FailOn;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that misbehaves at run time is named, with the facts it was working on; it never hangs the
 * run. Nor does an article that takes too long in any phase: its time limit stops it, naming the phase.
 */
class EngineTest {
    @TempDir Path dir;
    FactsFile facts;

    static final String HEAD = """
            package packs.bad;
            import claimcheck.facts.*;
            import claimcheck.rules.Outcomes;
            """;

    /** Each firing inserts a new fact that fires the rule again. */
    static final String LOOP = """
                rule "breeds" @id("bad/breeds") @severity("error") @claim("Fact") @title("t") @help("h")
                when $s : String() then insert($s + "x"); end
                rule "seed" @id("bad/seed") @severity("info") @claim("Fact") @title("t") @help("h")
                when Event() then insert("x"); end
            """;

    @BeforeEach
    void facts() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        Files.writeString(dir.resolve("f.yaml"), """
                article: {id: a1, title: T, published: 2026-01-20, text: a.txt}
                facts:
                  - {id: e1, kind: event, type: transfer, count: 3, quote: sent 3 people}
                """);
        facts = new FactsLoader().load(dir.resolve("f.yaml"), "f.yaml");
    }

    private Engine engine(String rule, EngineLimits limits) throws IOException {
        Path pack = dir.resolve("bad");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("r.drl"), HEAD + rule);
        RuleSet rules = new RuleLoader().load(List.of(pack));
        return new Engine(rules, limits, new ArticleReport.Tool("claimcheck", "test"));
    }

    @Test
    void aConsequenceThatThrowsIsNamedWithItsFacts() throws IOException {
        Engine e = engine("""
                rule "boom" @id("bad/boom") @severity("error") @claim("Fact") @title("t") @help("h")
                when $e : Event() then int zero = 0; int x = 1 / zero; end
                """, EngineLimits.DEFAULT);
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(facts, FailOn.ERROR));
        assertEquals("rule bad/boom failed on facts [e1] of f.yaml: ArithmeticException: / by zero", ex.getMessage());
    }

    @Test
    void aRuleThatKeepsInsertingHitsTheFiringLimit() throws IOException {
        Engine e = engine(LOOP, new EngineLimits(1_000, Duration.ofSeconds(30)));
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(facts, FailOn.ERROR));
        assertTrue(ex.getMessage().startsWith("the rules fired more than 1000 times on f.yaml; rule bad/breeds fired "), ex.getMessage());
        assertTrue(ex.getMessage().endsWith(" times (last on no facts) and probably loops"), ex.getMessage());
    }

    @Test
    void aLoopIsStoppedByTheTimeout() throws IOException {
        Engine e = engine(LOOP, new EngineLimits(Integer.MAX_VALUE - 1, Duration.ofMillis(300)));
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(facts, FailOn.ERROR));
        assertTrue(ex.getMessage().startsWith("the rules did not finish within 300 ms on f.yaml; rule bad/breeds fired most"), ex.getMessage());
    }

    @Test
    void aLoopNamesTheFactsItWasWorkingOn() throws IOException {
        Engine e = engine("""
                rule "ping" @id("bad/ping") @severity("error") @claim("Fact") @title("t") @help("h")
                when $e : Event() $s : String() then insert($s + "x"); end
                rule "seed" @id("bad/seed") @severity("info") @claim("Fact") @title("t") @help("h")
                when Event() then insert("x"); end
                """, new EngineLimits(500, Duration.ofSeconds(30)));
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(facts, FailOn.ERROR));
        assertTrue(ex.getMessage().startsWith("the rules fired more than 500 times on f.yaml; rule bad/ping fired "), ex.getMessage());
        assertTrue(ex.getMessage().endsWith(" times (last on facts [e1]) and probably loops"), ex.getMessage());
    }

    @Test
    void aConsequenceThatNeverReturnsIsAbandoned() throws IOException {
        Engine e = engine("""
                rule "spin" @id("bad/spin") @severity("error") @claim("Fact") @title("t") @help("h")
                when $e : Event() then while (true) { Thread.onSpinWait(); } end
                """, new EngineLimits(1_000, Duration.ofMillis(200)));
        long t0 = System.nanoTime();
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(facts, FailOn.ERROR));
        assertEquals("rule bad/spin did not return within 200 ms on f.yaml (facts [e1]); its consequence probably loops", ex.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "abandoned promptly");
    }

    @Test
    void aConditionThatThrowsIsReported() throws IOException {
        Engine e = engine("""
                rule "words" @id("bad/words") @severity("error") @claim("Fact") @title("t") @help("h")
                when $w : claimcheck.rules.Vocabulary() $e : Event( $w.has("bad/no-such-list", type) ) then end
                """, EngineLimits.DEFAULT);
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(facts, FailOn.ERROR));
        assertTrue(ex.getMessage().startsWith("rules failed on f.yaml"), ex.getMessage());
        assertTrue(ex.getMessage().contains("no vocabulary list \"bad/no-such-list\""), ex.getMessage());
    }

    @Test
    void exactlyAtTheLimitIsNotALoop() throws IOException {
        Engine e = engine("""
                rule "once" @id("bad/once") @severity("info") @claim("Fact") @title("t") @help("h")
                when $e : Event() then Outcomes.pass(kcontext, "ok", $e); end
                """, new EngineLimits(1, Duration.ofSeconds(30)));
        assertEquals(1, e.check(facts, FailOn.ERROR).checks().size());
    }

    // The article's time limit: one deadline over loading, quote location and rules.

    @Test
    void anArticleOutOfTimeBeforeItsChecksIsNamedAsLoading() throws IOException {
        Engine e = engine(LOOP, EngineLimits.DEFAULT);
        Deadline spentLoading = Deadline.resumed(Duration.ofSeconds(1), Duration.ofSeconds(2));
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(facts, Gate.of(FailOn.ERROR), spentLoading));
        assertEquals("loading took longer than 1 s on f.yaml", ex.getMessage());
    }

    @Test
    void quoteLocationOutOfTimeNamesTheFileAndTheFact() throws IOException {
        // 200 quotes, none in a text of 4,000,000 chars: each search is linear, all of them far beyond 100 ms.
        Files.writeString(dir.resolve("big.txt"), "They sent 3 people. ".repeat(200_000));
        StringBuilder yaml = new StringBuilder("article: {id: big, title: T, published: 2026-01-20, text: big.txt}\nfacts:\n");
        for (int i = 0; i < 200; i++) yaml.append("  - {id: q").append(i).append(", kind: event, type: t, quote: not in the text ").append(i).append("}\n");
        Files.writeString(dir.resolve("big.yaml"), yaml);
        FactsFile big = new FactsLoader().load(dir.resolve("big.yaml"), "big.yaml");
        Engine e = engine(LOOP, EngineLimits.DEFAULT);
        long t0 = System.nanoTime();
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(big, Gate.of(FailOn.ERROR), Deadline.after(Duration.ofMillis(100))));
        assertTrue(ex.getMessage().matches("quote location took longer than 100 ms on big\\.yaml \\(fact q\\d+\\)"), ex.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "stopped promptly");
    }

    @Test
    void theRulesGetWhatIsLeftOfTheArticlesTimeWhenThatIsLess() throws IOException {
        Engine e = engine(LOOP, new EngineLimits(Integer.MAX_VALUE - 1, Duration.ofSeconds(60)));
        long t0 = System.nanoTime();
        RuleRunException ex = assertThrows(RuleRunException.class, () -> e.check(facts, Gate.of(FailOn.ERROR), Deadline.after(Duration.ofMillis(500))));
        assertTrue(ex.getMessage().matches("the rules did not finish within \\d+ ms \\(what was left of the time limit of 500 ms\\) on f\\.yaml; "
                + "rule bad/breeds fired most .*"), ex.getMessage());
        assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "halted at the article's limit, not the rules' 60 s");
    }

    /** Sessions are reused (a pool): what one article left behind, a loop halted mid-way included, never reaches the next. */
    @Test
    void aReusedSessionStartsEmpty() throws IOException {
        Engine e = engine("""
                rule "count" @id("bad/count") @severity("warning") @claim("Fact") @title("t") @help("h")
                when $e : Event( count != null ) $n : Number() from accumulate( Event(), count() ) then
                  Outcomes.fail(kcontext, "events in the session: " + $n, $e);
                end
                rule "breeds" @id("bad/breeds") @severity("info") @claim("Fact") @title("t") @help("h")
                when $s : String( this == "loop" ) then insert(new String("loop")); end
                rule "seed" @id("bad/seed") @severity("info") @claim("Fact") @title("t") @help("h")
                when Event( type == "looping" ) then insert("loop"); end
                """, new EngineLimits(1_000, Duration.ofSeconds(30)));
        Files.writeString(dir.resolve("loops.yaml"), """
                article: {id: a2, title: T, published: 2026-01-20, text: a.txt}
                facts:
                  - {id: l1, kind: event, type: looping, count: 3, quote: sent 3 people}
                  - {id: l2, kind: event, type: looping, count: 3, quote: sent 3 people}
                """);
        FactsFile loops = new FactsLoader().load(dir.resolve("loops.yaml"), "loops.yaml");
        List<String> first = messages(e.check(facts, FailOn.ERROR));
        for (int i = 0; i < 3; i++) {
            assertThrows(RuleRunException.class, () -> e.check(loops, FailOn.ERROR));
            assertEquals(first, messages(e.check(facts, FailOn.ERROR)));
        }
        assertEquals(List.of("events in the session: 1"), first);
    }

    private static List<String> messages(ArticleReport report) {
        return report.findings().stream().map(f -> f.message()).toList();
    }
}
