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

/** verify on a folder a pull request may have written: where texts may come from, second runs, colliding ids. */
class UntrustedInputCommandTest {
    @TempDir Path dir;

    static String facts(String id, String text) {
        return "article: {id: " + id + ", title: T, published: 2026-01-20, text: '" + text + "'}\n"
                + "facts:\n  - {id: e1, kind: event, type: transfer, quote: sent 3 people}\n";
    }

    @Test
    void aSecondRunOverTheFolderDoesNotReadItsOwnReports() throws IOException {
        Path facts = Files.createDirectory(dir.resolve("facts"));
        Files.writeString(facts.resolve("a.txt"), "They sent 3 people.");
        Files.writeString(facts.resolve("a.yaml"), facts("a1", "a.txt"));
        Path out = facts.resolve("reports");
        for (int i = 0; i < 2; i++) {
            Run r = VerifyCommandTest.run("verify", facts.toString(), "--out", out.toString(), "--format", "json,md");
            assertEquals(0, r.exit(), "run " + (i + 1) + ": " + r.out() + r.err());
            assertTrue(Files.isRegularFile(out.resolve("a1/findings.json")));
        }
        // Named itself, a report is one clear line: it has an article block, so the schema names what is wrong.
        Path report = out.resolve("a1/findings.json");
        Run named = VerifyCommandTest.run("verify", report.toString(), "--out", dir.resolve("o2").toString());
        assertEquals(2, named.exit());
        assertEquals(report + ":2:3: schemaVersion: unknown field; expected one of article, facts\n", named.err());
    }

    @Test
    void textsOutsideTheFolderNeedTextRoot() throws IOException {
        Path facts = Files.createDirectory(dir.resolve("facts"));
        Path texts = Files.createDirectory(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), "They sent 3 people.");
        Path f = Files.writeString(facts.resolve("a.yaml"), facts("a1", "../texts/a.txt"));
        Run refused = VerifyCommandTest.run("verify", f.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, refused.exit());
        assertEquals(f + ":1:58: article.text: " + texts.resolve("a.txt") + " is outside the facts file's folder (links followed); "
                + "article texts are read only from there or from --text-root DIR\n", refused.err());
        assertFalse(Files.exists(dir.resolve("out")));
        Run allowed = VerifyCommandTest.run("verify", f.toString(), "--out", dir.resolve("out").toString(), "--text-root", texts.toString());
        assertEquals(0, allowed.exit(), allowed.out() + allowed.err());
        assertTrue(VerifyCommandTest.run("verify", "--help").out().contains("--text-root"));
    }

    @Test
    void ofArticleIdsDifferingOnlyInCaseTheSecondIsLeftOut() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        Path a = Files.writeString(dir.resolve("a.yaml"), facts("Story-1", "a.txt"));
        Path b = Files.writeString(dir.resolve("b.yaml"), facts("story-1", "a.txt"));
        Run r = VerifyCommandTest.run("verify", a.toString(), b.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertEquals(b + ":1:15: article.id: article id \"story-1\" differs only in case from \"Story-1\" in " + a
                + "; reports would overwrite each other on case-insensitive file systems\n", r.err());
        // In a batch the other articles still run: the first is reported, the second never written.
        assertTrue(Files.exists(dir.resolve("out/Story-1/findings.json")));
        assertFalse(Files.exists(dir.resolve("out/story-1")) && !Files.isSameFile(dir.resolve("out/story-1"), dir.resolve("out/Story-1")));
    }
}
