package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.cli.VerifyCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --time-limit: one article out of time fails alone (exit 3); the others are checked and written. */
class TimeLimitTest {
    @TempDir Path dir;

    @Test
    void anArticleOutOfTimeLeavesTheOthersReported() throws IOException {
        // 5,000 quotes, none in a text of 4,000,000 chars: linear each, minutes in all.
        Files.writeString(dir.resolve("big.txt"), "They sent 3 people. ".repeat(200_000));
        StringBuilder big = new StringBuilder("article: {id: big, title: T, published: 2026-01-20, text: big.txt}\nfacts:\n");
        for (int i = 0; i < 5_000; i++) big.append("  - {id: q").append(i).append(", kind: event, type: t, quote: not in the text ").append(i).append("}\n");
        Files.writeString(dir.resolve("big.yaml"), big);
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        for (String id : new String[] {"small", "other"})
            Files.writeString(dir.resolve(id + ".yaml"), """
                    article: {id: %s, title: T, published: 2026-01-20, text: a.txt}
                    facts:
                      - {id: e1, kind: event, type: transfer, count: 3, quote: sent 3 people}
                    """.formatted(id));
        Path out = dir.resolve("out");
        long t0 = System.nanoTime();
        Run r = VerifyCommandTest.run("verify", dir.resolve("big.yaml").toString(), dir.resolve("small.yaml").toString(),
                dir.resolve("other.yaml").toString(), "--out", out.toString(), "--time-limit", "5s");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().matches("claimcheck: quote location took longer than 5 s on \\Q" + dir.resolve("big.yaml") + "\\E \\(fact q\\d+\\)\\R"), r.err());
        assertFalse(Files.exists(out.resolve("big")));
        assertTrue(Files.exists(out.resolve("small").resolve("findings.json")));
        assertTrue(Files.exists(out.resolve("other").resolve("findings.json")));
        // A batch prints the articles that fail or could not be checked, then the totals.
        assertTrue(r.out().contains("big: could not be checked") && !r.out().contains("small:") && !r.out().contains("other:"), r.out());
        assertTrue(System.nanoTime() - t0 < 60_000_000_000L, "stopped at the limit, not after every search");
    }

    @Test
    void theLimitIsADuration() {
        Run bad = VerifyCommandTest.run("verify", VerifyCommandTest.SAMPLE, "--time-limit", "0s");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("expected a positive duration such as 500ms, 10s or 2m, got \"0s\""), bad.err());
    }
}
