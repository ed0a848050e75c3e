package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Suppression;
import claimcheck.rules.RuleInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** findings.sarif: valid SARIF 2.1.0, built from the rule metadata, pointing at the quotes, stable across edits. */
class SarifRendererTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    static JsonNode sarif(ArticleReport r) throws IOException { return JSON.readTree(Scenarios.render(new SarifRenderer(), r)); }

    /** The SARIF 2.1.0 JSON schema as published by OASIS, carried by a Maven Central jar (no network at test time). */
    static List<String> schemaErrors(String sarif) throws IOException {
        String schemaText;
        try (InputStream in = SarifRendererTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(JSON.readTree(schemaText));
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(JSON.readTree(sarif))) out.add(e.toString());
        return out;
    }

    static ArticleReport suppressedSample() {
        return Scenarios.suppress(Scenarios.check(Scenarios.SAMPLE), f -> f.ruleId().equals("core/role-status"),
                new Suppression(Suppression.Kind.ACCEPTED, "the desk style calls him former until the archive is updated", null));
    }

    @Test
    void validAgainstTheSarifSchema() throws IOException {
        for (ArticleReport r : List.of(Scenarios.check(Scenarios.SAMPLE), Scenarios.check(Scenarios.HOSTILE), suppressedSample()))
            assertEquals(List.of(), schemaErrors(Scenarios.render(new SarifRenderer(), r)), r.article().id());
    }

    @Test
    void theSchemaCheckCatchesAnInvalidLog() throws IOException {
        String broken = Scenarios.render(new SarifRenderer(), Scenarios.check(Scenarios.SAMPLE)).replace("\"level\": \"warning\"", "\"level\": \"severe\"");
        assertFalse(schemaErrors(broken).isEmpty(), "a level SARIF does not define must be an error");
    }

    @Test
    void rulesComeFromTheRuleMetadata() throws IOException {
        JsonNode driver = sarif(Scenarios.check(Scenarios.SAMPLE)).at("/runs/0/tool/driver");
        assertEquals("claimcheck", driver.get("name").asText());
        assertEquals("https://github.com/claimcheck/claimcheck", driver.get("informationUri").asText());
        List<RuleInfo> catalog = Scenarios.options().rules();
        assertEquals(catalog.size(), driver.get("rules").size());
        for (int i = 0; i < catalog.size(); i++) {
            RuleInfo info = catalog.get(i);
            JsonNode rule = driver.get("rules").get(i);
            assertEquals(info.id(), rule.get("id").asText());
            assertTrue(rule.get("name").asText().matches("[A-Z][A-Za-z0-9]+"), rule.toString());
            assertEquals(SarifRenderer.sentence(info.title()), rule.at("/shortDescription/text").asText());
            assertEquals(SarifRenderer.sentence(info.help()), rule.at("/fullDescription/text").asText());
            assertEquals(SarifRenderer.sentence(info.help()), rule.at("/help/text").asText());
            assertEquals(SarifRenderer.level(info.severity()), rule.at("/defaultConfiguration/level").asText());
        }
    }

    @Test
    void oneResultPerFindingAtItsQuote() throws IOException {
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        JsonNode run = sarif(r).at("/runs/0");
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        assertEquals(r.findings().size(), run.get("results").size());
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            JsonNode result = run.get("results").get(i);
            assertEquals(f.ruleId(), result.get("ruleId").asText());
            assertEquals(f.ruleId(), run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt() + "/id").asText());
            assertEquals(SarifRenderer.level(f.severity()), result.get("level").asText());
            assertEquals(SarifRenderer.sentence(f.message()), result.at("/message/text").asText());
            JsonNode loc = result.at("/locations/0/physicalLocation");
            assertEquals("facts/mx-us-transfers-2026-01.txt", loc.at("/artifactLocation/uri").asText());
            assertEquals(SarifRenderer.SRCROOT, loc.at("/artifactLocation/uriBaseId").asText());
            Evidence at = f.firstLocated();
            assertEquals(at.span().line(), loc.at("/region/startLine").asInt());
            assertEquals(at.span().column(), loc.at("/region/startColumn").asInt());
            assertEquals(at.span().endLine(), loc.at("/region/endLine").asInt());
            assertEquals(at.span().endColumn() + 1, loc.at("/region/endColumn").asInt(), "SARIF's end column is exclusive");
            assertEquals(r.articleText().substring(at.span().start(), at.span().end()), loc.at("/region/snippet/text").asText(),
                    "the sample is ASCII up to its quotes' ends, so offsets are chars");
            assertTrue(result.at("/partialFingerprints/" + SarifRenderer.FINGERPRINT.replace("/", "~1")).asText().matches("[0-9a-f]{32}(:[0-9]+)?"));
        }
        // The role-status finding also cites "Trump's second administration": a related location.
        JsonNode role = run.get("results").get(0);
        assertEquals("core/role-status", role.get("ruleId").asText());
        assertEquals(5, role.at("/relatedLocations/0/physicalLocation/region/startLine").asInt());
        assertEquals(281, role.at("/relatedLocations/0/physicalLocation/region/startColumn").asInt());
    }

    @Test
    void fingerprintsSurviveEditsElsewhereInTheArticle() throws IOException {
        Path before = copySample(dir.resolve("before"), "");
        Path after = copySample(dir.resolve("after"), "Editor's note: this paragraph was added after publication.\n\n");
        Map<String, String> a = fingerprints(before), b = fingerprints(after);
        assertEquals(6, a.size());
        assertEquals(a.keySet(), b.keySet(), "the same findings, with the same fingerprints");
        JsonNode first = sarifIn(before).at("/runs/0/results/0/locations/0/physicalLocation/region/startLine");
        JsonNode moved = sarifIn(after).at("/runs/0/results/0/locations/0/physicalLocation/region/startLine");
        assertEquals(first.asInt() + 2, moved.asInt(), "the quotes did move");

        // Changing what a finding is about changes its fingerprint.
        Path reworded = copySample(dir.resolve("reworded"), "");
        Files.writeString(reworded.resolveSibling("mx-us-transfers-2026-01.txt"),
                Files.readString(reworded.resolveSibling("mx-us-transfers-2026-01.txt")).replace("former President Donald Trump", "ex-President Donald Trump"));
        Files.writeString(reworded, Files.readString(reworded).replace("quote: former President Donald Trump", "quote: ex-President Donald Trump"));
        Map<String, String> c = fingerprints(reworded);
        assertNotEquals(a.keySet(), c.keySet());
    }

    private Path copySample(Path to, String prefix) throws IOException {
        Files.createDirectories(to);
        Files.writeString(to.resolve("mx-us-transfers-2026-01.txt"), prefix + Files.readString(Path.of("facts/mx-us-transfers-2026-01.txt")));
        Path facts = to.resolve("mx-us-transfers-2026-01.yaml");
        Files.copy(Scenarios.SAMPLE, facts);
        return facts;
    }

    private JsonNode sarifIn(Path facts) throws IOException {
        return JSON.readTree(Scenarios.render(new SarifRenderer(), Scenarios.check(facts), Scenarios.options(dir)));
    }

    /** Fingerprint to rule id, for every result. */
    private Map<String, String> fingerprints(Path facts) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode result : sarifIn(facts).at("/runs/0/results"))
            out.put(result.at("/partialFingerprints/" + SarifRenderer.FINGERPRINT.replace("/", "~1")).asText(), result.get("ruleId").asText());
        return out;
    }

    @Test
    void aQuoteNotInTheArticlePointsAtItsFactInTheFactsFile() throws IOException {
        ArticleReport r = Scenarios.check(Scenarios.HOSTILE);
        JsonNode missing = null;
        for (JsonNode result : sarif(r).at("/runs/0/results"))
            if (result.get("ruleId").asText().equals("facts/quote-found")) missing = result;
        JsonNode loc = missing.at("/locations/0/physicalLocation");
        assertEquals("core/src/test/resources/scenarios/hostile/hostile.yaml", loc.at("/artifactLocation/uri").asText());
        assertEquals(r.factPositions().get("missing").line(), loc.at("/region/startLine").asInt());
    }

    @Test
    void suppressedFindingsAreReportedAsSuppressed() throws IOException {
        JsonNode results = sarif(suppressedSample()).at("/runs/0/results");
        JsonNode role = results.get(0);
        assertEquals("core/role-status", role.get("ruleId").asText());
        assertEquals("external", role.at("/suppressions/0/kind").asText());
        assertEquals("accepted", role.at("/suppressions/0/status").asText());
        assertEquals("accepted: the desk style calls him former until the archive is updated", role.at("/suppressions/0/justification").asText());
        assertTrue(results.get(1).path("suppressions").isMissingNode());
    }

    @Test
    void anArticleOutsideTheRepositoryRootIsNamedByAnAbsoluteFileUri() throws IOException {
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        ReportOptions elsewhere = new ReportOptions(Scenarios.rules().rules(), dir, null, null, Scenarios.REVIEW_DATE, "https://example.org");
        java.io.StringWriter out = new java.io.StringWriter();
        new SarifRenderer().render(r, elsewhere, out);
        assertEquals(List.of(), schemaErrors(out.toString()));
        JsonNode run = JSON.readTree(out.toString()).at("/runs/0");
        String text = Path.of("facts/mx-us-transfers-2026-01.txt").toAbsolutePath().toUri().toASCIIString();
        assertTrue(text.startsWith("file:///"), text);
        for (JsonNode result : run.get("results")) {
            JsonNode at = result.at("/locations/0/physicalLocation/artifactLocation");
            assertTrue(at.get("uri").asText().startsWith("file:///"), at.toString());
            assertTrue(at.path("uriBaseId").isMissingNode(), at.toString());
        }
        assertEquals(text, run.at("/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        // No file is under the root, so no base id is declared.
        assertTrue(run.path("originalUriBaseIds").isMissingNode());
    }

    @Test
    void theRepositoryRootIsDeclaredWithoutItsPathOnThisMachine() throws IOException {
        JsonNode run = sarif(Scenarios.check(Scenarios.SAMPLE)).at("/runs/0");
        JsonNode root = run.at("/originalUriBaseIds/" + SarifRenderer.SRCROOT);
        assertTrue(root.path("uri").isMissingNode(), root.toString());
        assertTrue(root.at("/description/text").asText().startsWith("The repository root"), root.toString());
        assertFalse(run.toString().contains(Path.of("").toAbsolutePath().toString()), "no absolute path of this machine");
    }

    @Test
    void urisAreRelativeAndEncoded() {
        Path root = Path.of("/repo");
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        assertEquals("a%20b/%C3%A9t%C3%A9.txt", SarifRenderer.relativeUri(root, Path.of("/repo/a b/été.txt"), r, null));
        assertEquals("CoreTotalSum", SarifRenderer.pascalName("core/total-sum"));
        assertEquals(Severity.values().length, 3);
    }

    /** Microsoft's validator, with GitHub's ingestion rules: no error and no warning, on every scenario. */
    @Test
    void passesTheSarifMultitoolWithGitHubRules() throws Exception {
        Path tool = Scenarios.sarifMultitool();
        int n = 0;
        for (ArticleReport r : List.of(Scenarios.check(Scenarios.SAMPLE), Scenarios.check(Scenarios.HOSTILE), suppressedSample())) {
            Path in = dir.resolve("in" + (++n) + ".sarif");
            Files.writeString(in, Scenarios.render(new SarifRenderer(), r));
            List<String> problems = multitool(tool, in);
            assertEquals(List.of(), problems, r.article().id());
        }
        // The check can fail: a result without a location breaks GitHub's rules.
        JsonNode log = JSON.readTree(Scenarios.render(new SarifRenderer(), Scenarios.check(Scenarios.SAMPLE)));
        ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/0")).remove("locations");
        Path broken = dir.resolve("broken.sarif");
        Files.writeString(broken, JSON.writeValueAsString(log));
        assertFalse(multitool(tool, broken).isEmpty(), "a result with no location must be reported");
    }

    /** The validator's errors and warnings (its notes are advice). */
    static List<String> multitool(Path tool, Path sarif) throws Exception {
        Path out = sarif.resolveSibling(sarif.getFileName() + ".validation.sarif");
        Path log = sarif.resolveSibling(sarif.getFileName() + ".log");
        int exit = Scenarios.run(log, tool.toAbsolutePath().toString(), "validate", "--rule-kind", "Gh;Sarif",
                "--level", "Error;Warning;Note", "--output", out.toString(), sarif.toString());
        assertTrue(Files.exists(out), "the multitool wrote no result (exit " + exit + "): " + Files.readString(log));
        List<String> problems = new ArrayList<>();
        for (JsonNode run : JSON.readTree(out.toFile()).get("runs")) {
            for (JsonNode result : run.path("results")) {
                String level = result.path("level").asText("warning");
                if (level.equals("error") || level.equals("warning"))
                    problems.add(level + " " + result.path("ruleId").asText() + " " + result.at("/message/arguments"));
            }
            for (JsonNode inv : run.path("invocations"))
                for (JsonNode note : inv.path("toolExecutionNotifications"))
                    if (note.path("level").asText("warning").equals("error")) problems.add("tool error: " + note.at("/message/text").asText());
        }
        if (exit != 0 && problems.isEmpty()) problems.add("exit " + exit + ": " + Files.readString(log));
        return problems;
    }
}
