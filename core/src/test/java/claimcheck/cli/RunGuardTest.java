package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule packs are code; a rule that ends the JVM must not end the run as a success. Run in a real process. */
class RunGuardTest {
    @TempDir Path dir;

    @Test
    void aRuleThatCallsSystemExitZeroEndsTheRunWithExitThree() throws Exception {
        Path pack = dir.resolve("quitter");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("quit.drl"), """
                package packs.quitter;
                import claimcheck.facts.*;
                rule "quit" @id("quitter/quit") @severity("info") @claim("Fact") @title("t") @help("h")
                when $e : Event() then System.exit(0); end
                """);
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        Files.writeString(dir.resolve("f.yaml"), """
                article: {id: art, title: T, published: 2026-01-20, text: a.txt}
                facts:
                  - {id: e1, kind: event, type: transfer, count: 3, quote: sent 3 people}
                """);
        Process p = start("verify", dir.resolve("f.yaml").toString(), "--rules", pack.toString(), "--out", dir.resolve("out").toString());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the run ended");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(3, p.exitValue(), err);
        assertEquals("claimcheck: the run ended before it completed (System.exit called by a rule, or a signal); exit 3, reports may be missing\n", err);
        assertFalse(Files.exists(dir.resolve("out")), "no report");
    }

    @Test
    void aCompletedRunKeepsItsExitCode() throws Exception {
        Process p = start("verify", VerifyCommandTest.SAMPLE, "--out", dir.resolve("out").toString());
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertEquals("", err);
    }

    @Test
    void sigtermIsNotASuccessEither() throws Exception {
        Path pack = dir.resolve("slow");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("slow.drl"), """
                package packs.slow;
                import claimcheck.facts.*;
                rule "slow" @id("slow/slow") @severity("info") @claim("Fact") @title("t") @help("h")
                when $e : Event() then Thread.sleep(20000); end
                """);
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        Files.writeString(dir.resolve("f.yaml"), """
                article: {id: art, title: T, published: 2026-01-20, text: a.txt}
                facts:
                  - {id: e1, kind: event, type: transfer, count: 3, quote: sent 3 people}
                """);
        Process p = start("verify", dir.resolve("f.yaml").toString(), "--rules", pack.toString(), "--out", dir.resolve("out").toString(),
                "--rule-timeout", "60s");
        Thread.sleep(4000);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertTrue(p.exitValue() != 0, "not a success: " + p.exitValue());
    }

    private static Process start(String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
