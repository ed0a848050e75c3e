package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {
    @Test
    void theSampleDraftLoadsInVerifyWithoutEdits(@TempDir Path dir) throws IOException {
        Path text = Files.copy(Path.of("facts/mx-us-transfers-2026-01.txt"), dir.resolve("article.txt"));
        Path draft = dir.resolve("draft.yaml");
        VerifyCommandTest.Run extracted = VerifyCommandTest.run("extract", text.toString(), "--published", "2026-01-20", "-o", draft.toString());
        assertEquals(0, extracted.exit(), extracted.err());
        String yaml = Files.readString(draft);
        // Relative dates resolved against publication, links made, doubts written as comments.
        assertTrue(yaml.contains("date: \"2025-08\"") && yaml.contains("date: \"2025-02\""), yaml);
        assertTrue(yaml.contains("components: [event-lead, event-2025-08, event-2025-02]"), yaml);
        assertTrue(yaml.contains("kind: mention\n    refers: event-lead\n    value: 37"), yaml);
        assertTrue(yaml.contains("# unsure: "), yaml);
        VerifyCommandTest.Run verified = VerifyCommandTest.run("verify", "--out", dir.resolve("reports").toString(), draft.toString());
        assertTrue(verified.exit() == 0 || verified.exit() == 1, verified.err());
        // The draft quotes every number, percentage, ordinal and date of the article.
        assertFalse(verified.out().contains("core/uncovered-claim"), verified.out());
    }

    @Test
    void aMissingPublicationDateIsAUsageError(@TempDir Path dir) throws IOException {
        Path text = Files.writeString(dir.resolve("a.txt"), "Seven people were hurt.");
        assertEquals(2, VerifyCommandTest.run("extract", text.toString()).exit());
    }

    @Test
    void coverageListsWhatTheFactsLeaveOutUnlessTurnedOff(@TempDir Path dir) throws IOException {
        Files.copy(Path.of("facts/mx-us-transfers-2026-01.txt"), dir.resolve("mx-us-transfers-2026-01.txt"));
        String facts = Files.readString(Path.of("facts/mx-us-transfers-2026-01.yaml"));
        int from = facts.indexOf("  - id: measure-aircraft"), to = facts.indexOf("  - id: list-jurisdictions");
        Path file = Files.writeString(dir.resolve("facts.yaml"), facts.substring(0, from) + facts.substring(to));
        VerifyCommandTest.Run on = VerifyCommandTest.run("verify", "--out", dir.resolve("r1").toString(), file.toString());
        assertTrue(on.out().contains("info     core/uncovered-claim            5:39     \"seven\" is a quantity that no fact's quote covers"), on.out());
        VerifyCommandTest.Run off = VerifyCommandTest.run("verify", "--no-coverage", "--out", dir.resolve("r2").toString(), file.toString());
        assertFalse(off.out().contains("uncovered-claim"), off.out());
        assertEquals(on.exit(), off.exit());
    }
}
