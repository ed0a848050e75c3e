package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real claimcheck process at several moments of a run. Whenever it dies, every report is
 * either the previous one, untouched, or a complete new one: never half-written.
 */
class KillTest {
    static final int ARTICLES = 12;
    static final String OLD = "previous report\n";

    @TempDir Path dir;

    @Test
    void aKilledRunNeverLeavesAHalfWrittenReport() throws Exception {
        Path pack = dir.resolve("slow");
        Files.createDirectories(pack);
        // Each article takes a while, so kills land during rules as well as during writing.
        Files.writeString(pack.resolve("slow.drl"), """
                package packs.slow;
                import claimcheck.facts.*;
                import claimcheck.rules.Outcomes;
                rule "slow" @id("slow/slow") @severity("info") @claim("Fact") @title("t") @help("h")
                when $e : Event() then Thread.sleep(120); Outcomes.pass(kcontext, "ok", $e); end
                """);
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        List<String> args = new ArrayList<>(List.of("verify", "--rules", pack.toString(), "--out", dir.resolve("out").toString(), "--format", "json,md"));
        for (int i = 0; i < ARTICLES; i++) {
            Path f = dir.resolve("article-" + i + ".yaml");
            Files.writeString(f, """
                    article: {id: article-%d, title: "Article %d", published: 2026-01-20, text: a.txt}
                    facts:
                      - {id: e1, kind: event, type: transfer, count: 3, quote: sent 3 people}
                    """.formatted(i, i));
            args.add(f.toString());
        }

        int killedBeforeWriting = 0, killed = 0;
        boolean lastFinished = false;
        // An article's folder is replaced whole: the json and md of one article are both old or both new.
        for (long delay : new long[] {200, 1200, 1800, 2300, 2600, 2900, 3300, 300_000}) {
            writePreviousReports();
            Process p = start(args);
            boolean finished = p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                killed++;
            }
            int fresh = checkEveryReportIsWhole();
            if (fresh == 0) killedBeforeWriting++;
            if (finished) {
                assertEquals(0, p.exitValue(), new String(p.getErrorStream().readAllBytes()));
                assertEquals(ARTICLES * 2, fresh);
            }
            lastFinished = finished;
        }
        // How many kills land while reports are written depends on the machine's speed; that every one left
        // whole folders is checked above, run by run.
        assertTrue(killedBeforeWriting > 0, "at least one kill landed before any report was written");
        assertTrue(killed >= 3, killed + " runs killed");
        assertTrue(lastFinished, "the last run was left to finish");
        try (Stream<Path> s = Files.walk(dir.resolve("out"))) {
            assertEquals(List.of(), s.filter(p -> p.toString().endsWith(".tmp")).toList(), "a finished run removes what killed runs left");
        }
    }

    private void writePreviousReports() throws IOException {
        for (int i = 0; i < ARTICLES; i++) {
            Path d = dir.resolve("out").resolve("article-" + i);
            Files.createDirectories(d);
            Files.writeString(d.resolve("findings.json"), OLD);
            Files.writeString(d.resolve("findings.md"), OLD);
        }
    }

    /** Every report is the previous one or a whole new one; returns how many are new. */
    private int checkEveryReportIsWhole() throws IOException {
        int fresh = 0;
        for (int k = 0; k < ARTICLES; k++) {
            final int i = k;
            Path d = dir.resolve("out").resolve("article-" + i);
            if (!Files.exists(d)) {
                // Killed in the instant between moving the previous folder aside and the new one in:
                // the previous folder is whole beside it, and the next run moves it back.
                try (Stream<Path> s = Files.list(dir.resolve("out"))) {
                    d = s.filter(p -> p.getFileName().toString().startsWith(".article-" + i + ".old-")).findFirst().orElseThrow();
                }
            }
            String json = Files.readString(d.resolve("findings.json"));
            if (!json.equals(OLD)) {
                JsonNode n = new ObjectMapper().readTree(json);
                assertEquals("article-" + i, n.at("/article/id").asText());
                assertTrue(json.endsWith("}\n"));
                fresh++;
            }
            String md = Files.readString(d.resolve("findings.md"));
            assertEquals(json.equals(OLD), md.equals(OLD), "article-" + i + ": one report old and one new");
            if (!md.equals(OLD)) {
                assertTrue(md.startsWith("# claimcheck: Article " + i) && md.endsWith("</details>\n"), md);
                fresh++;
            }
        }
        return fresh;
    }

    private static Process start(List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(args);
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
