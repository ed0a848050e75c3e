package claimcheck.cli;

import static claimcheck.cli.VerifyCommandTest.ID;
import static claimcheck.cli.VerifyCommandTest.SAMPLE;
import static claimcheck.cli.VerifyCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.cli.VerifyCommandTest.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify --write-baseline and --baseline, and inline acceptance, as a CI job would run them. */
class BaselineCommandTest {
    @TempDir Path dir;
    Path facts;

    @BeforeEach
    void copySample() throws IOException {
        facts = dir.resolve("facts.yaml");
        Files.copy(Path.of(SAMPLE), facts);
        Files.copy(Path.of("facts/mx-us-transfers-2026-01.txt"), dir.resolve("mx-us-transfers-2026-01.txt"));
    }

    private static void sameReports(Path a, Path b) throws IOException {
        for (String f : List.of("findings.json", "findings.md"))
            assertArrayEquals(Files.readAllBytes(a.resolve(ID).resolve(f)), Files.readAllBytes(b.resolve(ID).resolve(f)), f);
    }

    @Test
    void writingABaselineThenUsingItGivesTheSameBytesAndExitCode() throws IOException {
        Path baseline = dir.resolve("baseline.yaml");
        Run written = run("verify", facts.toString(), "--out", dir.resolve("o1").toString(), "--write-baseline", baseline.toString());
        assertEquals(0, written.exit(), written.out() + written.err());
        assertTrue(written.out().contains(ID + ": gate passed (fail on error): 0 errors, 0 warnings, 0 info, 6 suppressed;"), written.out());
        assertTrue(written.out().endsWith("baseline: " + baseline + " (6 entries)\n"), written.out());

        Run used = run("verify", facts.toString(), "--out", dir.resolve("o2").toString(), "--baseline", baseline.toString());
        assertEquals(0, used.exit(), used.out());
        sameReports(dir.resolve("o1"), dir.resolve("o2"));
        String md = Files.readString(dir.resolve("o2").resolve(ID).resolve("findings.md"));
        assertTrue(md.contains("| error (suppressed) | `core/role-status` | 1:240 |"), md);
        assertTrue(md.contains(" — suppressed, baseline: recorded with --write-baseline; replace with the reason it is accepted |"), md);
        assertTrue(Files.readString(dir.resolve("o2").resolve(ID).resolve("findings.json")).contains("\"kind\": \"baseline\""));

        // Same findings, same baseline bytes.
        Path again = dir.resolve("again.yaml");
        run("verify", facts.toString(), "--out", dir.resolve("o3").toString(), "--write-baseline", again.toString());
        assertArrayEquals(Files.readAllBytes(baseline), Files.readAllBytes(again));
    }

    @Test
    void aBaselineNamedWithoutAFolderIsWrittenInTheWorkingDirectory() throws IOException {
        Path cwdFile = Path.of("baseline-test-" + ProcessHandle.current().pid() + ".yaml");
        try {
            Run r = run("verify", facts.toString(), "--out", dir.resolve("o").toString(), "--write-baseline", cwdFile.toString());
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(Files.readString(cwdFile).contains("core/role-status"));
        } finally {
            Files.deleteIfExists(cwdFile);
        }
    }

    @Test
    void anEmptyBaselineChangesNothing() throws IOException {
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "entries: []\n");
        Run without = run("verify", facts.toString(), "--out", dir.resolve("a").toString());
        Run with = run("verify", facts.toString(), "--out", dir.resolve("b").toString(), "--baseline", empty.toString());
        assertEquals(without.exit(), with.exit());
        assertEquals(without.out().replace(dir.resolve("a").toString(), "OUT"), with.out().replace(dir.resolve("b").toString(), "OUT"));
        sameReports(dir.resolve("a"), dir.resolve("b"));
    }

    @Test
    void aNewFindingFailsTheGateWhileTheRecordedOnesStaySuppressed() throws IOException {
        Path baseline = dir.resolve("baseline.yaml");
        run("verify", facts.toString(), "--out", dir.resolve("o1").toString(), "--write-baseline", baseline.toString());
        // The editor changes a restated number: a new error, which no entry matches.
        Files.writeString(facts, Files.readString(facts).replace("    refers: transfer-2026-01\n    value: 37\n", "    refers: transfer-2026-01\n    value: 38\n"));
        Files.writeString(dir.resolve("mx-us-transfers-2026-01.txt"), Files.readString(dir.resolve("mx-us-transfers-2026-01.txt")).replace("these 37 cartel members", "these 38 cartel members"));
        Files.writeString(facts, Files.readString(facts).replace("quote: these 37 cartel members", "quote: these 38 cartel members")
                .replace("'these 37 cartel members will", "'these 38 cartel members will").replace("words: these 37 cartel", "words: these 38 cartel"));
        Run r = run("verify", facts.toString(), "--out", dir.resolve("o2").toString(), "--baseline", baseline.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains(ID + ": gate failed (fail on error): 1 error, 0 warnings, 0 info, 6 suppressed;"), r.out());
        assertTrue(r.out().contains("  error    core/mention-agreement "), r.out());
    }

    @Test
    void anExpiredEntryStopsSuppressingAndIsReported() throws IOException {
        Path baseline = dir.resolve("baseline.yaml");
        run("verify", facts.toString(), "--out", dir.resolve("o1").toString(), "--write-baseline", baseline.toString());
        String yaml = Files.readString(baseline);
        int roleStatus = yaml.indexOf("rule: core/role-status");
        int justification = yaml.indexOf("    justification:", roleStatus);
        Files.writeString(baseline, yaml.substring(0, justification) + "    expires: 2026-03-31\n" + yaml.substring(justification));

        assertEquals(0, run("verify", facts.toString(), "--out", dir.resolve("o2").toString(), "--baseline", baseline.toString(), "--as-of", "2026-03-31").exit());
        // Up to its expiry the entry suppresses, and every report says until when.
        JsonNode findings = new ObjectMapper().readTree(dir.resolve("o2").resolve(ID).resolve("findings.json").toFile()).get("findings");
        assertEquals(6, findings.size(), findings.toString());
        for (JsonNode f : findings) {
            JsonNode suppression = f.get("suppression");
            assertEquals("baseline", suppression.get("kind").asText(), f.toString());
            assertEquals("recorded with --write-baseline; replace with the reason it is accepted", suppression.get("justification").asText());
            // expires is always there: the date, or null for an entry that does not expire
            assertTrue(suppression.has("expires"), f.toString());
            assertEquals(f.get("ruleId").asText().equals("core/role-status") ? "2026-03-31" : null, suppression.get("expires").textValue(), f.toString());
        }
        assertTrue(Files.readString(dir.resolve("o2").resolve(ID).resolve("findings.md"))
                .contains(" — suppressed, baseline: recorded with --write-baseline; replace with the reason it is accepted (until 2026-03-31) |"));
        Run r = run("verify", facts.toString(), "--out", dir.resolve("o3").toString(), "--baseline", baseline.toString(), "--as-of", "2026-04-01");
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("1 error, 1 warning, 0 info, 5 suppressed"), r.out());
        assertTrue(r.out().contains("  warning  claimcheck/baseline-expired     1:240    the baseline entry for core/role-status on role-trump, term-trump expired on 2026-03-31"), r.out());

        // Rewriting keeps the expiry: writing a baseline does not quietly extend a deadline.
        Run rewritten = run("verify", facts.toString(), "--out", dir.resolve("o4").toString(), "--write-baseline", baseline.toString(), "--as-of", "2026-04-01");
        assertEquals(1, rewritten.exit());
        assertTrue(Files.readString(baseline).contains("expires: 2026-03-31"));
    }

    @Test
    void aBadBaselineExitsTwoAndWritesNothing() throws IOException {
        Path baseline = dir.resolve("baseline.yaml");
        Files.writeString(baseline, "entries:\n  - article: x\n    rule: core/role-status\n    facts: []\n");
        Run r = run("verify", facts.toString(), "--out", dir.resolve("out").toString(), "--baseline", baseline.toString());
        assertEquals(2, r.exit());
        assertEquals(baseline + ":2:5: entries[0].justification: missing key\n", r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void aFactAcceptsAFindingInline() throws IOException {
        Files.writeString(facts, Files.readString(facts).replace("    quote: former President Donald Trump\n",
                "    quote: former President Donald Trump\n    accept: {rule: core/role-status, reason: the article quotes a campaign poster}\n"));
        Run r = run("verify", facts.toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("treats their term as ongoing  [accepted: the article quotes a campaign poster]"), r.out());

        // Accepted findings are the editor's own call: a baseline written now does not record them.
        Path baseline = dir.resolve("baseline.yaml");
        run("verify", facts.toString(), "--out", dir.resolve("out").toString(), "--write-baseline", baseline.toString());
        assertFalse(Files.readString(baseline).contains("core/role-status"));
    }
}
