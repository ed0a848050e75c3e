package claimcheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claimcheck.yaml: every key, paths relative to the file, and one line naming file, line and column for anything wrong. */
class ConfigTest {
    @TempDir Path dir;
    Path project;

    static final String FULL = """
            # A project's settings.
            rules: [packs]
            disable: [core/percent-change]
            severity:
              extradition/assurance-attached: error
            format: [json, md]
            fail-on: warning
            out: build/reports
            baseline: accepted.yaml
            reference: [ref, ref/tallies.yaml]
            """;

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("packs"));
        Files.writeString(project.resolve("accepted.yaml"), "entries: []\n");
        Files.createDirectories(project.resolve("ref"));
        Files.writeString(project.resolve("ref/tallies.yaml"), "sources: {}\n");
    }

    private Config load(String yaml) throws IOException {
        Path file = project.resolve("claimcheck.yaml");
        Files.writeString(file, yaml);
        return Config.load(file, file.toString());
    }

    private String error(String yaml) throws IOException {
        Path file = project.resolve("claimcheck.yaml");
        Files.writeString(file, yaml);
        // Named by its path, as when found through --config; shown relative to the project for the comparisons.
        return assertThrows(InputError.class, () -> Config.load(file, file.toString())).oneLine().replace(project + "/", "");
    }

    @Test
    void readsEveryKeyWithPathsRelativeToTheFile() throws IOException {
        Config c = load(FULL);
        assertEquals(List.of(project.resolve("packs")), c.rules());
        assertEquals(List.of("core/percent-change"), c.disabled());
        assertEquals(Map.of("extradition/assurance-attached", Severity.ERROR), c.severities());
        assertEquals(List.of("json", "md"), c.formats());
        assertEquals(FailOn.WARNING, c.failOn());
        assertEquals(project.resolve("build/reports"), c.out());
        assertEquals(project.resolve("accepted.yaml"), c.baseline());
        assertEquals(List.of(project.resolve("ref"), project.resolve("ref/tallies.yaml")), c.reference());
    }

    @Test
    void singleValuesAndCommaListsAreAccepted() throws IOException {
        Config c = load("rules: packs\ndisable: core/total-sum\nformat: json, md\nreference: ref\n");
        assertEquals(List.of(project.resolve("ref")), c.reference());
        assertEquals(List.of(project.resolve("packs")), c.rules());
        assertEquals(List.of("core/total-sum"), c.disabled());
        assertEquals(List.of("json", "md"), c.formats());
    }

    @Test
    void anEmptyFileSetsNothing() throws IOException {
        Config c = load("# every setting commented out\n# fail-on: warning\n");
        assertNull(c.failOn());
        assertNull(c.rules());
    }

    @Test
    void unknownKeysAndValuesAreNamedWithFileLineAndColumn() throws IOException {
        assertEquals("claimcheck.yaml:7:1: fail_on: unknown key; did you mean \"fail-on\"?", error(FULL.replace("fail-on:", "fail_on:")));
        assertEquals("claimcheck.yaml:1:1: colour: unknown key; expected one of rules, disable, severity, format, fail-on, out, baseline, reference",
                error("colour: red\n"));
        assertEquals("claimcheck.yaml:7:10: fail-on: expected error, warning, info or none, got \"fatal\"", error(FULL.replace("fail-on: warning", "fail-on: fatal")));
        assertEquals("claimcheck.yaml:6:16: format[1]: unknown format \"pdf\"; expected one of json, md, html, sarif, junit, claimreview or all", error(FULL.replace("[json, md]", "[json, pdf]")));
        assertEquals("claimcheck.yaml:5:35: severity.extradition/assurance-attached: expected error, warning or info, got \"critical\"",
                error(FULL.replace("attached: error", "attached: critical")));
        assertEquals("claimcheck.yaml:2:9: rules[0]: no such rules folder: nope", error(FULL.replace("[packs]", "[nope]")).replace(project.resolve("nope").toString(), "nope"));
        assertEquals("claimcheck.yaml:9:11: baseline: no such baseline file: gone.yaml", error(FULL.replace("accepted.yaml", "gone.yaml")));
        assertEquals("claimcheck.yaml:1:1: expected a configuration: a map with rules, disable, severity, format, fail-on, out, baseline, reference, got a list",
                error("- rules\n"));
        assertEquals("claimcheck.yaml:3:10: disable: expected a list of rule ids, got 3", error(FULL.replace("[core/percent-change]", "3")));
        assertEquals("claimcheck.yaml:10:1: refrence: unknown key; did you mean \"reference\"?", error(FULL.replace("reference:", "refrence:")));
        assertEquals("claimcheck.yaml:10:18: reference[1]: no such reference file or folder: ref/gone.yaml",
                error(FULL.replace("ref/tallies.yaml", "ref/gone.yaml")).replace(project.resolve("ref/gone.yaml").toString(), "ref/gone.yaml"));
        assertEquals("claimcheck.yaml:10:12: reference: expected a list of reference files or folders, got 3", error(FULL.replace("[ref, ref/tallies.yaml]", "3")));
    }

    @Test
    void emptyListsAreNamed() throws IOException {
        assertEquals("claimcheck.yaml:1:8: rules: expected at least one rule folder, got a list", error("rules: []\n"));
        assertEquals("claimcheck.yaml:1:9: format: expected at least one report format, got a list", error("format: []\n"));
        assertEquals("claimcheck.yaml:1:12: reference: expected at least one reference file or folder, got a list", error("reference: []\n"));
    }

    /** A configuration can arrive in a pull request: its paths must not lead claimcheck to read or write elsewhere. */
    @Test
    void pathsMustStayInsideTheFolderOfTheFile() throws IOException {
        assertEquals("claimcheck.yaml:9:11: baseline: ../../etc/passwd is outside the folder of claimcheck.yaml",
                error(FULL.replace("accepted.yaml", "../../etc/passwd")));
        assertEquals("claimcheck.yaml:9:11: baseline: /proc/self/environ is outside the folder of claimcheck.yaml",
                error(FULL.replace("accepted.yaml", "/proc/self/environ")));
        assertEquals("claimcheck.yaml:8:6: out: ../reports is outside the folder of claimcheck.yaml",
                error(FULL.replace("build/reports", "../reports")));
        assertEquals("claimcheck.yaml:2:16: rules[1]: ../packs is outside the folder of claimcheck.yaml",
                error(FULL.replace("[packs]", "[packs, ../packs]")));
        assertEquals("claimcheck.yaml:10:18: reference[1]: ../../etc is outside the folder of claimcheck.yaml",
                error(FULL.replace("ref/tallies.yaml", "../../etc")));
        assertEquals("claimcheck.yaml:10:13: reference[0]: /etc/passwd is outside the folder of claimcheck.yaml",
                error(FULL.replace("[ref,", "[/etc/passwd,")));
        assertEquals("claimcheck.yaml:8:6: out: " + dir.resolve("reports") + " is outside the folder of claimcheck.yaml",
                error(FULL.replace("build/reports", dir.resolve("reports").toString())));
        // A link inside the folder that leads out of it is followed, and refused.
        Files.writeString(dir.resolve("secret.yaml"), "entries: []\n");
        Files.createSymbolicLink(project.resolve("linked.yaml"), dir.resolve("secret.yaml"));
        assertEquals("claimcheck.yaml:9:11: baseline: linked.yaml is outside the folder of claimcheck.yaml",
                error(FULL.replace("accepted.yaml", "linked.yaml")));
        Files.createSymbolicLink(project.resolve("away"), dir);
        assertEquals("claimcheck.yaml:8:6: out: away/new/reports is outside the folder of claimcheck.yaml",
                error(FULL.replace("build/reports", "away/new/reports")));
        // Within the folder, ".." that comes back is fine, and a folder not made yet is fine.
        assertEquals(project.resolve("accepted.yaml"), load(FULL.replace("accepted.yaml", "packs/../accepted.yaml")).baseline());
    }

    @Test
    void aFileThatIsNotAConfigurationIsNamedButNotShown() throws IOException {
        assertEquals("claimcheck.yaml:1:1: expected a configuration: a map with rules, disable, severity, format, fail-on, out, baseline, reference, got a text",
                error("root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"));
        assertEquals("claimcheck.yaml:1:6: out: expected a folder for the reports, got a list", error("out: [sk-live-0123]\nAWS_SECRET: x\n"));
        String tag = error("out: !vault sk-live-0123\n");
        assertTrue(!tag.contains("sk-live") && !tag.contains("vault"), tag);
    }

    @Test
    void ruleIdsNoRuleHasAreReportedWhereTheyAreWritten() throws IOException {
        Config c = load(FULL.replace("[core/percent-change]", "[core/percent-change, core/totl-sum]"));
        Set<String> known = Set.of("core/percent-change", "core/total-sum", "extradition/assurance-attached");
        InputError e = assertThrows(InputError.class, () -> c.requireKnownRuleIds(known));
        assertEquals(project.resolve("claimcheck.yaml") + ":3:32: disable[1]: no rule \"core/totl-sum\" in the loaded rule packs; did you mean \"core/total-sum\"?", e.oneLine());

        Config severity = load(FULL.replace("extradition/assurance-attached: error", "extradition/assurance-atached: error"));
        assertEquals(project.resolve("claimcheck.yaml") + ":5:3: severity.extradition/assurance-atached: no rule \"extradition/assurance-atached\" in the loaded rule packs; did you mean \"extradition/assurance-attached\"?",
                assertThrows(InputError.class, () -> severity.requireKnownRuleIds(known)).oneLine());
    }

    @Test
    void theCommandLineReplacesWholeSettings() throws IOException {
        Config file = load(FULL.replace("[core/percent-change]", "[core/nothing]"));
        Config cli = new Config(null, null, List.of("core/total-sum"), null, List.of("json"), FailOn.NONE, null, null, Map.of());
        Config merged = file.overriddenBy(cli);
        assertEquals(List.of("core/total-sum"), merged.disabled());
        assertEquals(Map.of("extradition/assurance-attached", Severity.ERROR), merged.severities(), "not given on the command line: the file's");
        assertEquals(List.of("json"), merged.formats());
        assertEquals(FailOn.NONE, merged.failOn());
        assertEquals(project.resolve("build/reports"), merged.out());
        assertEquals(List.of(project.resolve("ref"), project.resolve("ref/tallies.yaml")), merged.reference(), "not given: the file's");
        assertEquals(List.of(Path.of("mine.yaml")), file.overriddenBy(new Config(null, null, null, null, null, null, null, null,
                List.of(Path.of("mine.yaml")), Map.of())).reference(), "--reference replaces the file's list whole");
        // The file's unknown id is gone with its setting; the command line's own is named by its option.
        merged.requireKnownRuleIds(Set.of("core/total-sum", "extradition/assurance-attached"));
        Config bad = file.overriddenBy(new Config(null, null, List.of("core/nope"), null, null, null, null, null, Map.of()));
        assertEquals("--disable: no rule \"core/nope\" in the loaded rule packs",
                assertThrows(InputError.class, () -> bad.requireKnownRuleIds(Set.of("core/total-sum"))).oneLine());
    }

    @Test
    void anExplicitFileMustExist() {
        assertEquals(dir.resolve("none.yaml") + ": no such configuration file",
                assertThrows(InputError.class, () -> Config.find(dir.resolve("none.yaml"))).oneLine());
    }
}
