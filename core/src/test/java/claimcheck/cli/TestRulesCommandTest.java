package claimcheck.cli;

import static claimcheck.cli.VerifyCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.cli.VerifyCommandTest.Run;
import claimcheck.rulecases.RuleCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claimcheck test-rules: one line per case, the count alone on the last line, exit 1 on any failure. */
class TestRulesCommandTest {
    @TempDir Path dir;

    static List<String> lines(Run r) { return r.out().lines().toList(); }

    /** mvn -B verify runs every shipped case through the command itself, as a rule author would. */
    @Test
    void everyShippedCasePasses() {
        Run r = run("test-rules", "core/src/test/rules", "--rules", "rules");
        List<String> lines = lines(r);
        int cases = RuleCases.find(Path.of("core/src/test/rules")).size();
        assertEquals(cases + 1, lines.size(), r.out());
        assertEquals(cases + " passed, 0 failed", lines.get(lines.size() - 1));
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(lines.contains("pass  elections/turnout/fail-wrong-turnout"), r.out());
        assertTrue(lines.contains("pass  core/total-sum/derive-one-unknown"), r.out());
        assertEquals(r.out(), run("test-rules").out(), "without arguments: the shipped cases against the shipped packs");
    }

    /** A copy of one shipped case, to break on purpose. */
    private Path copyCase(String rule, String name) throws IOException {
        Path from = Path.of("core/src/test/rules").resolve(rule).resolve(name);
        Path to = dir.resolve("cases").resolve(rule).resolve(name);
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path f : s.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }

    @Test
    void aCaseWhoseRuleRecordsSomethingElseFails() throws IOException {
        copyCase("elections/turnout", "pass");
        Path broken = copyCase("elections/turnout", "fail-wrong-turnout");
        Files.writeString(broken.resolve("expected.yaml"), "checks:\n  - {status: pass, facts: [race]}\nfindings: []\n");
        Run r = run("test-rules", dir.resolve("cases").toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals(List.of(
                "FAIL  elections/turnout/fail-wrong-turnout: expected check not recorded: status=pass facts=[race]; "
                        + "unexpected check: status=fail facts=[race] \"29,884 votes cast of 48,200 registered voters is 62.0%, but the article says 64%\"; "
                        + "unexpected finding: severity=error facts=[race] \"29,884 votes cast of 48,200 registered voters is 62.0%, but the article says 64%\"",
                "pass  elections/turnout/pass",
                "1 passed, 1 failed"), lines(r));
    }

    @Test
    void aCaseThatCannotBeReadFailsWithoutStoppingTheOthers() throws IOException {
        Path typo = copyCase("elections/turnout", "pass");
        Files.writeString(typo.resolve("expected.yaml"), "checks:\n  - {satus: pass, facts: [race]}\n");
        Path badFacts = copyCase("elections/winner-margin", "pass");
        Files.writeString(badFacts.resolve("facts.yaml"), Files.readString(badFacts.resolve("facts.yaml")).replace("points: 9", "points: nine"));
        Path ghost = dir.resolve("cases/elections/recount/pass");
        Files.createDirectories(ghost);
        Files.writeString(ghost.resolve("expected.yaml"), "checks: []\n");
        Run r = run("test-rules", dir.resolve("cases").toString(), "--rules", "rules");
        assertEquals(1, r.exit());
        assertEquals(List.of(
                "FAIL  elections/recount/pass: no rule elections/recount in the loaded rule packs",
                "FAIL  elections/turnout/pass: " + typo.resolve("expected.yaml") + ":2:6: checks[0].satus: unknown key; did you mean \"status\"?",
                "FAIL  elections/winner-margin/pass: " + badFacts.resolve("facts.yaml") + ":38:13: facts[4].points: expected a number, got \"nine\"",
                "0 passed, 3 failed"), lines(r));
    }

    @Test
    void oneFolderOfAPacksCasesNamesThePackByTheFolder() {
        Run r = run("test-rules", "core/src/test/rules/elections", "--rules", "rules/elections");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals("pass  elections/shares-sum/fail-over-100", lines(r).get(0));
        assertEquals("11 passed, 0 failed", lines(r).get(lines(r).size() - 1));
    }

    @Test
    void noCasesOrABadFolderIsAUsageError() throws IOException {
        Run missing = run("test-rules", dir.resolve("none").toString());
        assertEquals(2, missing.exit());
        assertEquals(dir.resolve("none") + ": no such folder of rule cases\n", missing.err());
        Files.createDirectories(dir.resolve("empty"));
        Run empty = run("test-rules", dir.resolve("empty").toString());
        assertEquals(2, empty.exit());
        assertTrue(empty.err().startsWith(dir.resolve("empty") + ": no rule cases here"), empty.err());
        Run unnamed = run("test-rules", "--rules", "rules/core");
        assertEquals(2, unnamed.exit());
        assertEquals("DIR: name the folder of rule cases for the rule packs given\n", unnamed.err());
    }
}
