package claimcheck.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM flags the launchers choose (docs/performance.md, docs/scale.md). bin/claimcheck: the serial collector,
 * the class-data archive from the third run on, C1 alone, and C2 as well for folders holding 8,000 files or more.
 * bin/claimcheck-spark: C2 as well from 20,000 articles. The scripts run from a scratch home with placeholder jars,
 * and the {@code java} they find prints its arguments instead of starting anything (a recording run also leaves an
 * archive where it is asked to, read-only as the JVM leaves it, whatever the umask).
 */
class LauncherTest {
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    @TempDir Path dir;
    private Path home;
    private Path fakeBin;

    @BeforeEach
    void scratchHome() throws IOException {
        home = dir.resolve("home");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("core/target"));
        Files.createDirectories(home.resolve("spark/target"));
        for (String script : List.of("claimcheck", "claimcheck-spark")) Files.copy(Path.of("bin", script), home.resolve("bin").resolve(script));
        for (String placeholder : List.of("core/target/claimcheck.jar", "spark/target/claimcheck-spark-0.1.0.jar", "spark/target/classpath.txt"))
            Files.writeString(home.resolve(placeholder), "placeholder");
        fakeBin = Files.createDirectories(dir.resolve("fake-bin"));
        Path java = fakeBin.resolve("java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                for a in "$@"; do
                  echo "$a"
                  case "$a" in -XX:ArchiveClassesAtExit=*) echo archive > "${a#*=}"; chmod 444 "${a#*=}" ;; esac
                done
                """);
        assertTrue(java.toFile().setExecutable(true));
    }

    /** The -XX flags of the java command bin/claimcheck runs for {@code args}. */
    private List<String> flags(String... args) throws IOException, InterruptedException {
        return flagsOf("claimcheck", args);
    }

    private List<String> flagsOf(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("bin").resolve(script).toString()));
        command.addAll(List.of(args));
        ProcessBuilder b = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        b.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        b.environment().put("CLAIMCHECK_CACHE", dir.resolve("cache").toString());
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertEquals(0, p.waitFor(), out);
        return out.lines().filter(l -> l.startsWith("-XX:")).toList();
    }

    private Path folderOf(String name, int files) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (int i = 0; i < files; i++) Files.createFile(folder.resolve("article-" + i + ".json"));
        return folder;
    }

    private static boolean archived(List<String> flags) {
        return flags.stream().anyMatch(f -> f.startsWith("-XX:SharedArchiveFile="));
    }

    @Test
    void oneArticleUsesTheArchiveOnceItIsRecorded() throws Exception {
        List<String> first = flags("verify", "a.yaml");
        assertTrue(first.containsAll(List.of(C1_ONLY, "-XX:+UseSerialGC")), first.toString());
        assertFalse(archived(first), "the first run only makes the archive's folder");
        List<String> second = flags("verify", "a.yaml");
        assertTrue(second.stream().anyMatch(f -> f.startsWith("-XX:ArchiveClassesAtExit=")), "the second run records it: " + second);
        List<String> third = flags("verify", "a.yaml");
        assertTrue(archived(third), third.toString());
        assertTrue(third.containsAll(List.of(C1_ONLY, "-XX:+UseSerialGC")), third.toString());
    }

    @Test
    void batchesGetC1AloneUnlessAFolderHoldsThousandsOfFiles() throws Exception {
        flags("verify", "a.yaml");
        flags("verify", "a.yaml");  // records the archive: what follows runs with it, as a user's later runs do
        Path small = folderOf("small", 3);
        Path almost = folderOf("almost", 7_999);
        Path big = folderOf("big", 8_000);
        for (String[] batch : List.of(new String[] {"verify", small.toString()}, new String[] {"verify", almost.toString()},
                new String[] {"verify", "--stdin"}, new String[] {"verify", "a.yaml", "b.yaml"}, new String[] {"verify", big + "/*.json"})) {
            List<String> f = flags(batch);
            assertTrue(archived(f) && f.containsAll(List.of(C1_ONLY, "-XX:+UseSerialGC")), String.join(" ", batch) + ": " + f);
        }
        for (String[] batch : List.of(new String[] {"verify", big.toString()}, new String[] {"verify", "--jobs", "2", almost.toString(), small.toString()})) {
            List<String> f = flags(batch);
            assertTrue(archived(f) && f.contains("-XX:+UseSerialGC") && !f.contains(C1_ONLY), String.join(" ", batch) + ": " + f);
        }
        // an option's value is not a facts file or a folder: --out's 8,000 files do not make a long batch
        List<String> one = flags("verify", "--out", big.toString(), "a.yaml");
        assertTrue(one.containsAll(List.of(C1_ONLY, "-XX:+UseSerialGC")), one.toString());
    }

    @Test
    void sparkJobsGetC2AsWellFromTwentyThousandArticles() throws Exception {
        Path folder = folderOf("folder", 20_000);
        Path lines = dir.resolve("articles.jsonl");
        Files.writeString(lines, "{}\n".repeat(19_999));
        Path small = folderOf("small", 1);
        assertTrue(flagsOf("claimcheck-spark", lines.toString(), "--out", folder.toString()).contains(C1_ONLY), "19,999 lines; --out's value is no input");
        assertTrue(flagsOf("claimcheck-spark", lines.toString(), small.toString(), "--out", "rows").stream().noneMatch(C1_ONLY::equals), "19,999 lines and a folder of one file");
        assertTrue(flagsOf("claimcheck-spark", folder.toString(), "--out", "rows").stream().noneMatch(C1_ONLY::equals), "20,000 files");
        Files.writeString(lines, "{}\n", java.nio.file.StandardOpenOption.APPEND);
        List<String> f = flagsOf("claimcheck-spark", "--format", "json", lines.toString(), "--out", "rows");
        assertTrue(f.contains("-XX:+UseSerialGC") && !f.contains(C1_ONLY), "20,000 lines: " + f);
    }
}
