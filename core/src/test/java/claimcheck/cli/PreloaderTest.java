package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list of classes the build writes for {@link Preloader}, and a run with it against one without. */
class PreloaderTest {
    @TempDir Path dir;

    @Test
    void theBuildListsTheClassesOfEveryStageOfAVerifyRunInTheOrderTheRunNeedsThem() throws IOException {
        List<String> listed = listed();
        // The command line, the rules, the facts, the reports: in the order a run reaches them, not sorted.
        List<String> stages = List.of("picocli.CommandLine", "org.drools.core.impl.RuleBaseFactory", "org.yaml.snakeyaml.parser.ParserImpl",
                "claimcheck.report.FindingsJson", "io.pebbletemplates.pebble.PebbleEngine");
        for (String c : List.of("com.networknt.schema.Schema", "claimcheck.engine.SessionRunner", "org.drools.mvel.MVELConstraint"))
            assertTrue(listed.contains(c), c);
        int last = -1;
        for (String c : stages) {
            int at = listed.indexOf(c);
            assertTrue(at > last, c + " listed after " + (last < 0 ? "the start" : listed.get(last)));
            last = at;
        }
        assertEquals(listed.size(), listed.stream().distinct().count(), "each class once");
    }

    @Test
    void everyClassListedLoads() throws IOException {
        assertEquals(listed().size(), Preloader.loadListed());
    }

    @Test
    void aRunWithClassesPreloadedWritesWhatARunWithoutWrites() throws Exception {
        Path out = dir.resolve("out");
        Result without = verify("-Dclaimcheck.preload=false", out);
        Files.move(out, dir.resolve("without"));
        Result with = verify("-Dclaimcheck.preload=true", out);
        assertEquals(without, with);
        List<Path> files = files(dir.resolve("without"));
        assertEquals(files, files(out));
        assertTrue(files.size() >= 3, "json, md and html: " + files);
        for (Path f : files) assertArrayEquals(Files.readAllBytes(dir.resolve("without").resolve(f)), Files.readAllBytes(out.resolve(f)), f.toString());
    }

    private record Result(int exit, String out, String err) {}

    private Result verify(String preload, Path out) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), preload,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "verify", VerifyCommandTest.SAMPLE, "--out", out.toString()));
        Process p = new ProcessBuilder(cmd).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        byte[] stderr = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the run ended");
        return new Result(p.exitValue(), new String(stdout, StandardCharsets.UTF_8), new String(stderr, StandardCharsets.UTF_8));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    private static List<String> listed() throws IOException {
        try (InputStream in = Preloader.class.getClassLoader().getResourceAsStream(Preloader.LIST)) {
            assertNotNull(in, Preloader.LIST + " on the class path (written by the build's process-classes phase)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
