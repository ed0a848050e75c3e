package claimcheck.cli;

import static claimcheck.cli.VerifyCommandTest.ID;
import static claimcheck.cli.VerifyCommandTest.SAMPLE;
import static claimcheck.cli.VerifyCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import claimcheck.cli.VerifyCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A facts file in a pull request is written by anyone; what claimcheck prints and where it writes
 * must not be theirs to choose. One test per class of hostile input.
 */
class UntrustedOutputTest {
    @TempDir Path dir;

    /** A line break, a GitHub Actions workflow command, ESC, C1 and a bidi override, in one quote. */
    static final String HOSTILE_LINE = "x\n::error file=a.txt,line=1::forged\r\u001b[31mred\u009b2J\u202egnp.exe\u2028y";

    private Path article(String quote, String url) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        Path f = dir.resolve("f.yaml");
        Files.writeString(f, """
                article: {id: art, title: T, published: 2026-01-20, text: a.txt%s}
                facts:
                  - {id: e1, kind: event, type: transfer, count: 3, quote: "%s"}
                """.formatted(url == null ? "" : ", url: \"" + url + "\"", quote.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n").replace("\r", "\\r").replace("\u001b", "\\e").replace("\u009b", "\\x9b")
                .replace("\u202e", "\\u202e").replace("\u2028", "\\L")));
        return f;
    }

    private static void assertPrintable(String printed) {
        for (String line : printed.split("\n", -1)) assertFalse(line.startsWith("::"), "a workflow command: " + printed);
        assertFalse(printed.chars().anyMatch(c -> c != '\n' && claimcheck.Printable.isUnsafe((char) c)), "a control character: " + printed);
    }

    @Test
    void quotesInTheSummaryCannotBreakTheLine() throws IOException {
        Run r = run("verify", article(HOSTILE_LINE, null).toString(), "--out", dir.resolve("out").toString());
        assertTrue(r.out().contains("\\n::error file=a.txt,line=1::forged\\r\\u001b[31mred\\u009b2J\\u202egnp.exe\\u2028y"), r.out());
        assertPrintable(r.out());
        assertPrintable(r.err());
    }

    @Test
    void baselineJustificationsAndPathsArePrintedEscaped() throws IOException {
        Path f = article("not in the article", null);
        Path baseline = dir.resolve("b\u001b]0;t\u0007.yaml");
        Run r = run("verify", "--no-coverage", f.toString(), "--out", dir.resolve("out").toString(), "--write-baseline", baseline.toString(),
                "--justification", "ok\n::warning::forged");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("ok\\n::warning::forged"), r.out());
        assertTrue(r.out().contains("baseline: " + dir + "/b\\u001b]0;t\\u0007.yaml (3 entries)"), r.out());
        assertPrintable(r.out());
    }

    @Test
    void ruleFailuresArePrintedEscaped() throws IOException {
        Path pack = dir.resolve("boom");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("boom.drl"), """
                package packs.boom;
                import claimcheck.facts.*;
                rule "boom" @id("boom/boom") @severity("error") @claim("Fact") @title("t") @help("h")
                when $e : Event() then throw new IllegalStateException("bad\\n::error::forged \\u001b[2J"); end
                """);
        Run r = run("verify", article("sent 3 people", null).toString(), "--rules", pack.toString(), "--out", dir.resolve("out").toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().contains("bad\\n::error::forged \\u001b[2J"), r.err());
        assertPrintable(r.err());
    }

    @Test
    void onlyHttpUrlsAreArticleUrls() throws IOException {
        for (String url : List.of("javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JAVASCRIPT:x", "file:///etc/passwd",
                "//example.org/a", "https://exa mple.org", "vbscript:x")) {
            Run option = run("verify", SAMPLE, "--out", dir.resolve("out").toString(), "--article-url", url);
            assertEquals(2, option.exit(), url);
            assertTrue(option.err().startsWith("--article-url: expected an http:// or https:// URL"), option.err());
            assertEquals(1, option.err().lines().count(), option.err());

            Run facts = run("verify", article("sent 3 people", url).toString(), "--out", dir.resolve("out").toString());
            assertEquals(2, facts.exit(), url);
            assertTrue(facts.err().startsWith(dir.resolve("f.yaml") + ":1:") && facts.err().contains(": article.url: "), facts.err());
            assertEquals(1, facts.err().lines().count(), facts.err());
        }
        assertFalse(Files.exists(dir.resolve("out")), "nothing written");
        assertEquals(1, run("verify", SAMPLE, "--out", dir.resolve("out").toString(), "--article-url", "HTTPS://example.org/a?b=<c>").exit());
    }

    @Test
    void writeBaselineWritesOnlyRegularFilesOrNewPaths() throws IOException, InterruptedException {
        Path out = dir.resolve("out");
        Path fifo = dir.resolve("fifo");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path linkToDevice = Files.createSymbolicLink(dir.resolve("null-link"), Path.of("/dev/null"));
        for (Path target : List.of(Path.of("/dev/null"), fifo, folder, linkToDevice)) {
            Run r = run("verify", SAMPLE, "--out", out.toString(), "--write-baseline", target.toString());
            assertEquals(2, r.exit(), target + ": " + r.err());
            assertTrue(r.err().startsWith("--write-baseline: " + target + " is "), r.err());
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null is still a device");
        assertFalse(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isSymbolicLink(linkToDevice));
        assertFalse(Files.exists(out), "checked before anything is written");
        Run inMissingFolder = run("verify", SAMPLE, "--out", out.toString(), "--write-baseline", dir.resolve("a-file/b.yaml").toString());
        assertEquals(0, inMissingFolder.exit(), inMissingFolder.err()); // a new path: its folders are made
        assertTrue(Files.isRegularFile(dir.resolve("a-file/b.yaml")));
    }

    @Test
    void outThatCannotHoldReportsIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        Run r = run("verify", SAMPLE, "--out", file.toString());
        assertEquals("--out: " + file + " is not a folder\n", r.err());
        assertEquals(2, r.exit());
        assertEquals(2, run("verify", SAMPLE, "--out", file.resolve("below").toString()).exit());

        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve(ID), "a file where the article's folder goes");
        Run f = run("verify", SAMPLE, "--out", out.toString());
        assertEquals(2, f.exit(), f.err());
        assertEquals(1, f.err().lines().count(), f.err());

        Path locked = Files.createDirectories(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(locked), "running as root: every folder is writable");
            Run l = run("verify", SAMPLE, "--out", locked.resolve("reports").toString());
            assertEquals("--out: cannot write in " + locked + ": permission denied\n", l.err());
            assertEquals(2, l.exit());
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aNulInAPathIsAUsageError() throws IOException {
        // (only in-process: no operating system passes a NUL in an argument) picocli refuses the option, with its usage
        Run option = run("verify", SAMPLE, "--out", "re\0ports");
        assertEquals(2, option.exit(), option.err());
        assertTrue(option.err().startsWith("Invalid value for option '--out'"), option.err());
        Run baseline = run("verify", SAMPLE, "--out", dir.toString(), "--write-baseline", "b\0.yaml");
        assertEquals(2, baseline.exit(), baseline.err());
        Path config = Files.writeString(dir.resolve("claimcheck.yaml"), "out: \"re\\0ports\"\n");
        Run fromConfig = run("verify", SAMPLE, "--config", config.toString());
        assertEquals(2, fromConfig.exit(), fromConfig.err());
        assertEquals(1, fromConfig.err().lines().count(), fromConfig.err());
        assertTrue(fromConfig.err().contains("re\\u0000ports"), "shown escaped: " + fromConfig.err());
    }

    @Test
    void aFormatListNamingNoFormatIsRefused() {
        for (String formats : List.of(",", ",,", "")) {
            Run r = run("verify", SAMPLE, "--out", dir.resolve("out").toString(), "--format", formats);
            assertEquals(2, r.exit(), "\"" + formats + "\": " + r.err());
        }
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void helpNamesTheFormatsWrittenByDefault() {
        Run h = run("verify", "--help");
        assertTrue(h.out().replaceAll("\\s+", " ").contains("else " + String.join(",", claimcheck.report.Renderers.defaults()) + "."), h.out());
    }

    @Test
    void theArticleFolderHoldsOnlyThisRunsReports() throws IOException {
        Path out = dir.resolve("out");
        assertEquals(1, run("verify", SAMPLE, "--out", out.toString(), "--format", "all", "--publisher", "P").exit());
        assertEquals(1, run("verify", SAMPLE, "--out", out.toString(), "--format", "json").exit());
        try (Stream<Path> s = Files.list(out.resolve(ID))) {
            assertEquals(List.of("findings.json"), s.map(p -> p.getFileName().toString()).toList());
        }
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(ID), s.map(p -> p.getFileName().toString()).toList(), "no folder left aside");
        }
    }
}
