package claimcheck.cli;

import static claimcheck.cli.VerifyCommandTest.ID;
import static claimcheck.cli.VerifyCommandTest.SAMPLE;
import static claimcheck.cli.VerifyCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.cli.VerifyCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claimcheck.yaml and the options that select and weigh rules, run in-process as a user would. */
class VerifySettingsTest {
    @TempDir Path dir;

    private Path config(String yaml) throws IOException {
        Path c = dir.resolve("claimcheck.yaml");
        Files.writeString(c, yaml);
        return c;
    }

    /** reference: in claimcheck.yaml reads reference data as --reference does; --reference replaces the list. */
    @Test
    void theConfigurationNamesReferenceData() throws IOException {
        Files.createDirectories(dir.resolve("ref"));
        Files.copy(Path.of("facts/reference/mx-us-transfers.yaml"), dir.resolve("ref/mx-us-transfers.yaml"));
        Path c = config("format: [json]\nout: out\nreference: [ref]\n");
        Run r = run("verify", "--config", c.toString(), SAMPLE);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().contains("core/role-reference"), r.out());

        // The command line's --reference replaces the file's list: an empty reference file checks nothing against the record.
        Files.writeString(dir.resolve("none.yaml"), "sources:\n  desk: {publisher: Desk, title: Notes, accessed: 2026-01-21}\n");
        Run replaced = run("verify", "--config", c.toString(), "--reference", dir.resolve("none.yaml").toString(), SAMPLE);
        assertEquals(1, replaced.exit(), replaced.err());
        assertFalse(replaced.out().contains("core/role-reference"), replaced.out());

        Path outside = config("reference: [../ref]\n");
        Run refused = run("verify", "--config", outside.toString(), SAMPLE);
        assertEquals(2, refused.exit());
        assertTrue(refused.err().endsWith("claimcheck.yaml:1:13: reference[0]: ../ref is outside the folder of claimcheck.yaml\n"), refused.err());
    }

    @Test
    void theConfigurationGivesTheSettings() throws IOException {
        Path c = config("format: [json]\nfail-on: none\nout: out\n");
        Run r = run("verify", "--config", c.toString(), SAMPLE);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith(ID + ": gate passed (fail on none)"), r.out());
        assertTrue(Files.exists(dir.resolve("out").resolve(ID).resolve("findings.json")));
        assertFalse(Files.exists(dir.resolve("out").resolve(ID).resolve("findings.md")));
    }

    @Test
    void theCommandLineWins() throws IOException {
        Path c = config("format: [json]\nfail-on: none\nout: out\n");
        Run r = run("verify", "--config", c.toString(), SAMPLE, "--fail-on", "error", "--format", "md", "--out", dir.resolve("cli").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("cli").resolve(ID).resolve("findings.md")));
        assertFalse(Files.exists(dir.resolve("cli").resolve(ID).resolve("findings.json")));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void sameSettingsSameBytesWithOrWithoutAConfiguration() throws IOException {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        Run flags = run("verify", SAMPLE, "--out", a.toString(), "--format", "json,md", "--fail-on", "warning",
                "--severity", "extradition/assurance-attached=error", "--disable", "core/list-count");
        Path c = config("out: b\nformat: json, md\nfail-on: warning\nseverity: {extradition/assurance-attached: error}\ndisable: [core/list-count]\n");
        Run file = run("verify", "--config", c.toString(), SAMPLE);
        assertEquals(flags.exit(), file.exit());
        assertEquals(1, file.exit());
        assertEquals(flags.out().replace(a.toString(), "OUT"), file.out().replace(b.toString(), "OUT"));
        for (String f : List.of("findings.json", "findings.md"))
            assertArrayEquals(Files.readAllBytes(a.resolve(ID).resolve(f)), Files.readAllBytes(b.resolve(ID).resolve(f)), f);
        assertTrue(flags.out().contains("  error    extradition/assurance-attached "), flags.out());
        assertFalse(Files.readString(a.resolve(ID).resolve("findings.json")).contains("core/list-count"));
    }

    @Test
    void aBadConfigurationExitsTwoAndWritesNothing() throws IOException {
        Path c = config("out: out\nfail-on: fatal\n");
        Run r = run("verify", "--config", c.toString(), SAMPLE);
        assertEquals(2, r.exit());
        assertEquals(c + ":2:10: fail-on: expected error, warning, info or none, got \"fatal\"\n", r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(dir.resolve("out")));

        Path unknown = config("out: out\ndisable: [core/rolestatus]\n");
        Run u = run("verify", "--config", unknown.toString(), SAMPLE);
        assertEquals(2, u.exit());
        assertEquals(unknown + ":2:11: disable[0]: no rule \"core/rolestatus\" in the loaded rule packs; did you mean \"core/role-status\"?\n", u.err());
        assertFalse(Files.exists(dir.resolve("out")));

        Run missing = run("verify", "--config", dir.resolve("none.yaml").toString(), SAMPLE);
        assertEquals(2, missing.exit());
        assertEquals(dir.resolve("none.yaml") + ": no such configuration file\n", missing.err());
    }

    /** A configuration from a pull request cannot make claimcheck read a file outside its folder, nor show one. */
    @Test
    void aConfigurationsPathsStayInsideItsFolder() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(dir.resolve("secret.yaml"), "API_TOKEN: sk-live-0123456789\n");
        Path c = project.resolve("claimcheck.yaml");
        Files.writeString(c, "out: out\nbaseline: ../secret.yaml\n");
        Run r = run("verify", "--config", c.toString(), SAMPLE);
        assertEquals(2, r.exit());
        assertEquals(c + ":2:11: baseline: ../secret.yaml is outside the folder of claimcheck.yaml\n", r.err());
        assertFalse(Files.exists(project.resolve("out")));

        // Named on the command line, the same file is read, as the user asked, and refused without being shown.
        Run named = run("verify", SAMPLE, "--out", dir.resolve("out").toString(), "--baseline", dir.resolve("secret.yaml").toString());
        assertEquals(2, named.exit());
        assertEquals(dir.resolve("secret.yaml") + ":1:1: API_TOKEN: unknown key; expected one of entries\n", named.err());
        assertFalse(named.err().contains("sk-live"), named.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void disablingAndReweighingRules() {
        Run disabled = run("verify", SAMPLE, "--out", dir.toString(), "--disable", "core/role-status");
        assertEquals(0, disabled.exit(), disabled.out());
        assertFalse(disabled.out().contains("core/role-status"), disabled.out());

        Run milder = run("verify", SAMPLE, "--out", dir.toString(), "--severity", "core/role-status=warning");
        assertEquals(0, milder.exit(), milder.out());
        assertTrue(milder.out().contains("  warning  core/role-status "), milder.out());

        Run bad = run("verify", SAMPLE, "--out", dir.toString(), "--severity", "core/role-status=fatal");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("expected error, warning or info, got \"fatal\""), bad.err());

        Run unknown = run("verify", SAMPLE, "--out", dir.toString(), "--disable", "core/nope");
        assertEquals(2, unknown.exit());
        assertEquals("--disable: no rule \"core/nope\" in the loaded rule packs\n", unknown.err());
    }

    /** The one way to show that claimcheck.yaml is found in the working directory: run claimcheck there. */
    @Test
    void claimcheckYamlInTheWorkingDirectoryIsRead() throws Exception {
        Path work = dir.resolve("work");
        Files.createDirectories(work);
        Files.writeString(work.resolve("claimcheck.yaml"), "format: json\nfail-on: none\nout: out\n");
        Process ok = process(work, "verify", Path.of(SAMPLE).toAbsolutePath().toString());
        assertEquals(0, ok.exitValue(), new String(ok.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.exists(work.resolve("out").resolve(ID).resolve("findings.json")));
        assertFalse(Files.exists(work.resolve("out").resolve(ID).resolve("findings.md")));

        Files.writeString(work.resolve("claimcheck.yaml"), "fail-on: fatal\n");
        Process bad = process(work, "verify", Path.of(SAMPLE).toAbsolutePath().toString());
        assertEquals(2, bad.exitValue());
        assertEquals("claimcheck.yaml:1:10: fail-on: expected error, warning, info or none, got \"fatal\"\n",
                new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static Process process(Path workingDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dclaimcheck.home=" + Path.of("").toAbsolutePath(), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workingDir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "claimcheck finished");
        return p;
    }
}
