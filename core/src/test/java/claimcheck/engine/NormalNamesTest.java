package claimcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsLoader;
import claimcheck.facts.Role;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.FailOn;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name written with a no-break space or a decomposed accent in one fact and plainly in another is
 * one name: core/role-status still compares the role with the term.
 */
class NormalNamesTest {
    @TempDir Path dir;

    @Test
    void roleStatusSeesOneNameHoweverItIsTyped() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "President Jose\u0301 Pe\u0301rez spoke. His term as President of Norland ended in 2020.");
        // role: NFD accents and a no-break space; term: NFC, a plain space, a stray tab in the office.
        Files.writeString(dir.resolve("f.yaml"), """
                article: {id: a1, title: T, published: 2026-01-20, text: a.txt}
                facts:
                  - {id: role-perez, kind: role, person: "Jose\\u0301\\u00a0Pe\\u0301rez", office: "President\\u00a0of Norland", status: current, quote: "President Jos\u00e9 P\u00e9rez"}
                  - {id: term-perez, kind: term, person: "Jos\u00e9 P\u00e9rez", office: "President of\\tNorland ", status: ended, to: 2020, quote: His term as President of Norland ended in 2020}
                """);
        FactsFile facts = new FactsLoader().load(dir.resolve("f.yaml"), "f.yaml");
        Role role = (Role) facts.facts().get(0);
        assertEquals("Jos\u00e9 P\u00e9rez", role.person());
        assertEquals("President of Norland", role.office());

        RuleSet rules = new RuleLoader().load(List.of(Path.of("rules/core")));
        ArticleReport report = new Engine(rules, EngineLimits.DEFAULT, new ArticleReport.Tool("claimcheck", "test")).check(facts, FailOn.ERROR);
        List<Check> roleStatus = report.checks().stream().filter(c -> c.ruleId().equals("core/role-status")).toList();
        assertEquals(1, roleStatus.size(), report.checks().toString());
        assertEquals(Check.Status.FAIL, roleStatus.get(0).status());
        assertEquals(List.of("role-perez", "term-perez"), roleStatus.get(0).facts());
        // the quote, with its decomposed accents, is found too
        assertEquals(2, report.provenance().stream().filter(p -> p.found()).count());
    }
}
