package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.config.Config;
import claimcheck.report.Renderers;
import claimcheck.rules.RuleLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation's examples are checked, not trusted: docs/ci.md's workflows are valid YAML whose claimcheck
 * command lines parse, its claimcheck.yaml loads and fails the way the page says, and every shipped pack has a README.
 */
class DocsTest {
    static final Path CI = Path.of("docs/ci.md");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir Path dir;

    /** The fenced blocks of {@code language} in a Markdown file, in order. */
    static List<String> blocks(Path md, String language) throws IOException {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(md));
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** Every claimcheck command line in {@code text}, as arguments after the jar. */
    static List<String[]> claimcheckCommands(String text) {
        List<String[]> out = new ArrayList<>();
        for (String line : text.lines().toList()) {
            int at = line.indexOf("claimcheck.jar ");
            if (at >= 0) out.add(line.substring(at + "claimcheck.jar ".length()).strip().split("\\s+"));
        }
        return out;
    }

    static void parses(String[] args) {
        StringWriter sink = new StringWriter();
        Main.commandLine(new PrintWriter(sink), new PrintWriter(sink)).parseArgs(args);
    }

    private JsonNode workflow(String topKey) throws IOException {
        for (String block : blocks(CI, "yaml")) {
            JsonNode n = YAML.readTree(block);
            if (n.has(topKey)) return n;
        }
        throw new AssertionError("no YAML block with " + topKey + " in " + CI);
    }

    @Test
    void theGitHubWorkflowIsValidAndComplete() throws IOException {
        JsonNode wf = workflow("jobs");
        assertEquals("write", wf.at("/permissions/security-events").asText());
        JsonNode steps = wf.at("/jobs/claimcheck/steps");
        List<String> uses = new ArrayList<>();
        List<String[]> commands = new ArrayList<>();
        for (JsonNode step : steps) {
            if (step.has("uses")) uses.add(step.get("uses").asText().replaceAll("@.*", ""));
            if (step.has("run")) commands.addAll(claimcheckCommands(step.get("run").asText()));
            if (step.has("uses") && !step.get("uses").asText().startsWith("actions/checkout") && !step.get("uses").asText().startsWith("actions/setup-java"))
                assertTrue(step.path("if").asText().startsWith("always()"), "an upload runs when the gate fails: " + step);
        }
        assertTrue(uses.containsAll(List.of("github/codeql-action/upload-sarif", "mikepenz/action-junit-report", "actions/upload-artifact")), uses.toString());
        assertEquals(1, commands.size());
        String[] verify = commands.get(0);
        assertEquals("verify", verify[0]);
        assertTrue(Arrays.asList(verify).contains("--fail-on"), Arrays.toString(verify));
        parses(verify);
    }

    @Test
    void theGitLabJobIsValidAndComplete() throws IOException {
        JsonNode job = workflow("claimcheck").get("claimcheck");
        assertEquals("always", job.at("/artifacts/when").asText());
        assertFalse(job.at("/artifacts/reports/junit").isMissingNode());
        List<String[]> commands = new ArrayList<>();
        for (JsonNode line : job.get("script")) commands.addAll(claimcheckCommands(line.asText()));
        assertEquals(1, commands.size());
        assertTrue(Arrays.asList(commands.get(0)).contains("--fail-on"));
        parses(commands.get(0));
        for (String sh : blocks(CI, "sh")) for (String[] args : claimcheckCommands(sh)) parses(args);
    }

    @Test
    void theSettingsExampleLoadsAndFailsAsThePageSays() throws IOException {
        String example = null;
        for (String block : blocks(CI, "yaml")) if (block.contains("fail-on: warning") && !block.contains("jobs:") && !block.contains("script:")) example = block;
        Files.createDirectories(dir.resolve(".claimcheck/rules"));
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(dir.resolve("claimcheck-baseline.yaml"), "entries: []\n");
        // The page documents the CI formats: every one it names must be a format this build writes.
        Matcher formats = Pattern.compile("(?m)^format: \\[(.*)]").matcher(example);
        assertTrue(formats.find(), example);
        for (String f : formats.group(1).split(",\\s*")) assertTrue(Renderers.names().contains(f), "docs/ci.md names an unknown format " + f);
        Path file = dir.resolve("claimcheck.yaml");
        Files.writeString(file, example);
        Config.load(file, file.toString());

        String page = Files.readString(CI);
        Files.writeString(file, example.replace("fail-on: warning", "fail-on: fatal"));
        String failOn = assertThrows(InputError.class, () -> Config.load(file, file.toString())).oneLine().replace(dir + "/", "");
        assertTrue(page.contains(failOn), failOn);

        Files.writeString(file, example.replace("[core/percent-change]", "[core/percent-chang]"));
        Config typo = Config.load(file, file.toString());
        List<String> shipped = new RuleLoader().load(List.of(Path.of("rules"))).rules().stream().map(r -> r.id()).toList();
        String unknown = assertThrows(InputError.class, () -> typo.requireKnownRuleIds(shipped)).oneLine().replace(dir + "/", "");
        assertTrue(page.contains(unknown), unknown);
    }

    /** The editor settings on the page map every schema claimcheck ships, each to a file that exists. */
    @Test
    void theEditorSettingsNameEverySchema() throws IOException {
        JsonNode settings = null;
        for (String block : blocks(CI, "json")) if (block.contains("yaml.schemas")) settings = new ObjectMapper().readTree(block);
        assertTrue(settings != null, "no yaml.schemas block in " + CI);
        List<String> mapped = new ArrayList<>();
        settings.get("yaml.schemas").fieldNames().forEachRemaining(f -> mapped.add(f.replaceFirst("^\\.claimcheck/", "")));
        List<String> shipped;
        try (Stream<Path> s = Files.list(Path.of("core/src/main/resources/claimcheck"))) {
            shipped = s.map(Path::toString).filter(n -> n.endsWith(".schema.json")).sorted().toList();
        }
        assertEquals(shipped, mapped.stream().sorted().toList());
    }

    @Test
    void everyFormatIsDocumented() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String reports = Files.readString(Path.of("docs/reports.md"));
        for (String format : Renderers.names()) {
            assertTrue(readme.contains("| `" + format + "` |"), "README.md's table of formats has no row for " + format);
            String file = Renderers.of(List.of(format)).get(0).fileName();
            assertTrue(reports.contains("\n## " + file), "docs/reports.md has no section for " + file);
        }
    }

    @Test
    void everyShippedPackHasAReadme() throws IOException {
        try (Stream<Path> packs = Files.list(Path.of("rules"))) {
            for (Path pack : packs.filter(Files::isDirectory).toList())
                assertTrue(Files.isRegularFile(pack.resolve("README.md")), pack + " has no README.md");
        }
    }
}
