package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.Golden;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command in-process on the sample article and on bad input, as a user would. */
class VerifyCommandTest {
    static final String SAMPLE = "facts/mx-us-transfers-2026-01.yaml";
    static final String ID = "mx-us-transfers-2026-01";

    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void sampleArticle() throws IOException {
        Run r = run("verify", SAMPLE, "--out", dir.toString());
        assertEquals(1, r.exit(), "the sample contains an error: " + r.out() + r.err());
        assertEquals("", r.err());
        JsonNode report = new ObjectMapper().readTree(dir.resolve(ID).resolve("findings.json").toFile());

        // core/total-sum derives the February count as 29 (92 - 37 - 26), and the sum then holds.
        JsonNode derived = only(report.get("derived"), "factId", "transfer-2025-02");
        assertEquals(29, derived.get("value").asInt());
        assertEquals("count", derived.get("field").asText());
        JsonNode derivedFinding = only(findings(report, "core/total-sum"), "severity", "info");
        assertTrue(derivedFinding.get("message").asText().contains("92 \u2212 37 \u2212 26 = 29"), derivedFinding.toString());
        assertEquals("37 + 26 + 29 (derived) = 92, stated 92", only(checks(report, "core/total-sum"), "status", "pass").get("message").asText());

        // core/role-status: "former President Donald Trump" against "Trump's second administration".
        JsonNode role = only(findings(report, "core/role-status"), "severity", "error");
        assertEquals("[\"role-trump\",\"term-trump\"]", role.get("facts").toString());

        // extradition/assurance-attached warns for August and February, passes for the current transfer.
        List<String> warned = new ArrayList<>();
        for (JsonNode f : findings(report, "extradition/assurance-attached")) {
            assertEquals("warning", f.get("severity").asText());
            warned.add(f.get("facts").get(0).asText());
        }
        assertEquals(List.of("transfer-2025-08", "transfer-2025-02"), warned);
        JsonNode assured = only(checks(report, "extradition/assurance-attached"), "status", "pass");
        assertEquals("transfer-2026-01", assured.get("facts").get(0).asText());

        // extradition/legal-basis-term warns; mention-agreement passes for 37; ordinal-count passes for "third".
        assertEquals("warning", only(findings(report, "extradition/legal-basis-term"), "ruleId", "extradition/legal-basis-term").get("severity").asText());
        assertTrue(only(checks(report, "core/mention-agreement"), "status", "pass").get("message").asText().contains("37"));
        assertTrue(only(checks(report, "core/ordinal-count"), "status", "pass").get("message").asText().startsWith("the 3rd transfer"));

        // facts/quote-found finds every quote.
        assertEquals(0, findings(report, "facts/quote-found").size());
        int quotes = 0;
        for (JsonNode f : report.get("facts")) quotes += f.get("quotes").size();
        assertEquals(quotes, checks(report, "facts/quote-found").size());
        for (JsonNode f : report.get("facts")) for (JsonNode q : f.get("quotes")) assertFalse(q.get("line").isNull(), q.toString());

        assertEquals("fail", report.at("/summary/gate").asText());
        assertEquals(1, report.at("/summary/findings/error").asInt());
        assertEquals(3, report.at("/summary/findings/warning").asInt());

        // The printed summary: counts, then a line per finding with severity, rule, line:column, message.
        assertTrue(r.out().startsWith(ID + ": gate failed (fail on error): 1 error, 3 warnings, 2 info;"), r.out());
        assertTrue(r.out().contains("  error    core/role-status                1:240    \"former President Donald Trump\""), r.out());
    }

    /** Every format's file, in the order --format all writes them. */
    static final List<String> ALL_FILES = List.of("findings.json", "findings.md", "report.html", "findings.sarif", "junit.xml", "claimreview.jsonld");
    static final String HOSTILE = "core/src/test/resources/scenarios/hostile/hostile.yaml";

    static String[] all(Path out, String facts) {
        return new String[] {"verify", facts, "--out", out.toString(), "--format", "all", "--publisher", "Example Fact Checks",
                "--review-date", "2026-01-21"};
    }

    @Test
    void verboseTimingsSayWhereTheRulesCameFrom() {
        Run shipped = run("verify", SAMPLE, "--out", dir.toString(), "--format", "json", "--verbose");
        assertTrue(shipped.err().matches("(?s).*timings: rules \\d+ ms \\(\\d+ rules, read from the jar\\).*"), shipped.err());
        Run compiled = run("verify", SAMPLE, "--out", dir.toString(), "--format", "json", "--verbose", "--no-cache");
        assertTrue(compiled.err().matches("(?s).*timings: rules \\d+ ms \\(\\d+ rules, compiled\\).*"), compiled.err());
    }

    @Test
    void sameInputSameBytes() throws IOException {
        Path a = dir.resolve("a"), b = dir.resolve("b");
        Run first = run(all(a, SAMPLE));
        Run second = run(all(b, SAMPLE));
        assertEquals(first.exit(), second.exit());
        assertEquals(first.out().replace(a.toString(), "OUT"), second.out().replace(b.toString(), "OUT"));
        for (String f : ALL_FILES)
            assertArrayEquals(Files.readAllBytes(a.resolve(ID).resolve(f)), Files.readAllBytes(b.resolve(ID).resolve(f)), f);
    }

    @Test
    void reportsMatchTheGoldenFiles() throws IOException {
        assertEquals(1, run(all(dir, SAMPLE)).exit());
        Golden.check(dir.resolve(ID), ID, ALL_FILES);
    }

    /** With other coverage of the story: the claim-by-source table in report.html and findings.md. */
    @Test
    void corroborationMatchesTheGoldenFiles() throws IOException {
        Run r = run("verify", SAMPLE, "--out", dir.toString(), "--format", "html,md", "--corroborate", "facts/coverage");
        assertEquals(1, r.exit(), r.err());
        Golden.check(dir.resolve(ID), "corroborated", List.of("report.html", "findings.md"));
        String html = Files.readString(dir.resolve(ID).resolve("report.html"));
        assertTrue(html.contains("<td class=\"corroboration-disagrees\">disagrees: 95 (not 92)</td>"), html);
    }

    @Test
    void hostileStringsMatchTheGoldenFiles() throws IOException {
        assertEquals(1, run(all(dir, HOSTILE)).exit());
        Golden.check(dir.resolve("hostile-strings"), "hostile-strings", ALL_FILES);
    }

    @Test
    void aPlainRunWritesJsonMarkdownAndHtml() throws IOException {
        Run r = run("verify", SAMPLE, "--out", dir.toString());
        assertEquals(1, r.exit(), r.err());
        try (Stream<Path> files = Files.list(dir.resolve(ID))) {
            assertEquals(List.of("findings.json", "findings.md", "report.html"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(r.out().contains("(findings.json, findings.md, report.html)"), r.out());
    }

    @Test
    void claimReviewNeedsAPublisher() {
        Path out = dir.resolve("out");
        Run r = run("verify", SAMPLE, "--out", out.toString(), "--format", "json,claimreview");
        assertEquals(2, r.exit());
        assertEquals("--publisher: the claimreview format needs --publisher NAME, the fact-checker that publishes the reviews\n", r.err());
        assertFalse(Files.exists(out), "nothing is written");
        Run all = run("verify", SAMPLE, "--out", out.toString(), "--format", "all");
        assertEquals(2, all.exit());
        assertFalse(Files.exists(out));
    }

    @Test
    void sarifNamesAnArticleOutsideTheRepositoryRootByItsFileUri() throws IOException {
        Path root = dir.resolve("elsewhere");
        Files.createDirectories(root);
        Path out = dir.resolve("out");
        Run r = run("verify", SAMPLE, "--out", out.toString(), "--format", "sarif", "--repo-root", root.toString());
        assertEquals(1, r.exit(), r.err());  // the sample's one error, as with the article under the root
        assertEquals("", r.err());
        String sarif = Files.readString(out.resolve(ID).resolve("findings.sarif"));
        assertTrue(sarif.contains("\"uri\": \"" + Path.of(SAMPLE).toAbsolutePath().resolveSibling(ID + ".txt").toUri().toASCIIString() + "\""), sarif);
        assertFalse(sarif.contains("%SRCROOT%"), sarif);
    }

    @Test
    void reviewDateAndArticleUrlOptions() throws IOException {
        Run r = run("verify", SAMPLE, "--out", dir.toString(), "--format", "claimreview", "--publisher", "P",
                "--review-date", "2026-02-03", "--article-url", "https://news.example/a");
        assertEquals(1, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(dir.resolve(ID).resolve("claimreview.jsonld").toFile());
        assertEquals("2026-02-03", doc.at("/@graph/0/datePublished").asText());
        assertEquals("https://news.example/a", doc.at("/@graph/0/itemReviewed/appearance/url").asText());
        Run bad = run("verify", SAMPLE, "--out", dir.toString(), "--format", "claimreview", "--publisher", "P", "--review-date", "3 Feb");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("expected a date YYYY-MM-DD, got \"3 Feb\""), bad.err());
    }

    @Test
    void reportsAreReadableByAll() throws IOException {
        run("verify", SAMPLE, "--out", dir.toString());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve(ID).resolve("findings.json"))));
    }

    @Test
    void failOnNoneAndWarningMoveTheGate() {
        assertEquals(0, run("verify", SAMPLE, "--out", dir.toString(), "--fail-on", "none").exit());
        assertEquals(1, run("verify", SAMPLE, "--out", dir.toString(), "--fail-on", "warning").exit());
    }

    @Test
    void aFolderOfFactsFiles() throws IOException {
        Path facts = dir.resolve("facts");
        Files.createDirectories(facts);
        Files.copy(Path.of("facts/mx-us-transfers-2026-01.txt"), facts.resolve("mx-us-transfers-2026-01.txt"));
        Files.copy(Path.of(SAMPLE), facts.resolve("sample.yaml"));
        Run r = run("verify", facts.toString(), "--out", dir.resolve("out").toString(), "--format", "json");
        assertEquals(1, r.exit(), r.err());
        assertTrue(Files.exists(dir.resolve("out").resolve(ID).resolve("findings.json")));
        assertFalse(Files.exists(dir.resolve("out").resolve(ID).resolve("findings.md")));
    }

    @Test
    void badFactsWriteNothingAndExitTwo() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(SAMPLE)).replace("count: 37", "count: thirty-seven"));
        Files.copy(Path.of("facts/mx-us-transfers-2026-01.txt"), dir.resolve("mx-us-transfers-2026-01.txt"));
        Path out = dir.resolve("out");
        // One facts file: a bad one stops the run. (In a batch it is left out and the others written: BatchVerifyTest.)
        Run r = run("verify", bad.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertEquals(bad + ":16:12: facts[0].count: expected a whole number (or a qualified one such as \"about 90\"), got \"thirty-seven\"\n", r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(out), "no report is written when any input is bad");
    }

    @Test
    void badRulesExitTwoWithFileAndLine() throws IOException {
        Path pack = dir.resolve("broken");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("x.drl"), "package p;\nrule \"r\" when\n  String( \nthen end\n");
        Run r = run("verify", SAMPLE, "--rules", pack.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith(pack.resolve("x.drl") + ":4:"), r.err());
        assertEquals(1, r.err().lines().count(), "one line, no stack trace: " + r.err());
    }

    @Test
    void badOptionsExitTwo() {
        Run r = run("verify", SAMPLE, "--fail-on", "fatal");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("expected error, warning, info or none, got \"fatal\""), r.err());
        Run f = run("verify", SAMPLE, "--format", "pdf");
        assertEquals(2, f.exit());
        assertTrue(f.err().contains("unknown format \"pdf\"; expected one of json, md, html, sarif, junit, claimreview or all"), f.err());
    }

    @Test
    void aRuleThatLoopsOnOneArticleLeavesTheOthersReported() throws IOException {
        Path pack = dir.resolve("looping");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("loop.drl"), """
                package packs.looping;
                import claimcheck.facts.*;
                import claimcheck.rules.Outcomes;
                rule "grows" @id("looping/grows") @severity("error") @claim("Fact") @title("t") @help("h")
                when $e : Event( type == "loop" ) $s : String() then insert($s + "x"); end
                rule "seed" @id("looping/seed") @severity("info") @claim("Fact") @title("t") @help("h")
                when $e : Event( type == "loop" ) then insert("x"); end
                rule "fine" @id("looping/fine") @severity("error") @claim("Fact") @title("t") @help("h")
                when $e : Event() then Outcomes.pass(kcontext, "seen", $e); end
                """);
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        for (String id : List.of("first", "second", "third")) {
            Files.writeString(dir.resolve(id + ".yaml"), """
                    article: {id: %s, title: T, published: 2026-01-20, text: a.txt}
                    facts:
                      - {id: e1, kind: event, type: %s, quote: sent 3 people}
                    """.formatted(id, id.equals("second") ? "loop" : "transfer"));
        }
        Path out = dir.resolve("out");
        Run r = run("verify", dir.resolve("first.yaml").toString(), dir.resolve("second.yaml").toString(), dir.resolve("third.yaml").toString(),
                "--rules", pack.toString(), "--out", out.toString(), "--max-firings", "2000");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.err().startsWith("claimcheck: the rules fired more than 2000 times on " + dir.resolve("second.yaml") + "; rule looping/grows fired "), r.err());
        assertTrue(Files.exists(out.resolve("first").resolve("findings.json")));
        assertTrue(Files.exists(out.resolve("third").resolve("findings.json")));
        assertFalse(Files.exists(out.resolve("second")));
        assertTrue(r.out().contains("second: could not be checked") && r.out().contains("3 articles: 2 passed, 0 failed the gate, 1 could not be checked"), r.out());
    }

    @Test
    void ruleTimeoutOption() {
        Run bad = run("verify", SAMPLE, "--rule-timeout", "forever");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("expected a positive duration such as 500ms, 10s or 2m, got \"forever\""), bad.err());
        assertEquals(1, run("verify", SAMPLE, "--out", dir.toString(), "--rule-timeout", "30s", "--max-firings", "5000").exit());
    }

    @Test
    void ofTwoFilesWithOneArticleIdTheSecondIsLeftOut() throws IOException {
        Files.copy(Path.of("facts/mx-us-transfers-2026-01.txt"), dir.resolve("mx-us-transfers-2026-01.txt"));
        Path copy = dir.resolve("copy.yaml");
        Files.copy(Path.of(SAMPLE), copy);
        Run r = run("verify", SAMPLE, copy.toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.exit());
        assertEquals(copy + ":5:7: article.id: article id \"" + ID + "\" is also used by " + SAMPLE + "; reports would overwrite each other\n", r.err());
        assertEquals("input-error", new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile()).at("/articles/1/status").asText());
        assertTrue(Files.exists(dir.resolve("out").resolve(ID).resolve("findings.json")));
    }

    @Test
    void missingFactsFile() {
        Run r = run("verify", "facts/none.yaml", "--out", dir.toString());
        assertEquals(2, r.exit());
        assertEquals("facts/none.yaml: no such facts file\n", r.err());
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertEquals(0, v.exit());
        assertTrue(v.out().startsWith("claimcheck "), v.out());
        Run h = run("verify", "--help");
        assertEquals(0, h.exit());
        assertTrue(h.out().contains("Exit codes:") && h.out().contains("--fail-on=LEVEL"), h.out());
        // Defaults as a user writes them, and the same as the engine's own.
        assertTrue(h.out().contains("Default: 10s"), h.out());
        assertFalse(h.out().contains("PT10S"), h.out());
        assertEquals(claimcheck.engine.EngineLimits.DEFAULT.timeout(), new OptionValues.Time().convert("10s"));
        assertTrue(h.out().contains("Default: 30s"), h.out());
        assertEquals(claimcheck.Deadline.DEFAULT_LIMIT, new OptionValues.Time().convert("30s"));
        assertEquals(0, run("help", "verify").exit());
        for (String command : List.of("verify", "rules", "test-rules"))
            assertTrue(run(command, "--help").out().contains("--verbose"), command + " has no --verbose");
    }

    static List<JsonNode> findings(JsonNode report, String ruleId) { return select(report.get("findings"), "ruleId", ruleId); }

    static List<JsonNode> checks(JsonNode report, String ruleId) { return select(report.get("checks"), "ruleId", ruleId); }

    static List<JsonNode> select(Iterable<JsonNode> nodes, String field, String value) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode n : nodes) if (value.equals(n.path(field).asText())) out.add(n);
        return out;
    }

    static JsonNode only(Iterable<JsonNode> nodes, String field, String value) {
        List<JsonNode> found = select(nodes, field, value);
        assertEquals(1, found.size(), "exactly one with " + field + "=" + value + " in " + found);
        return found.get(0);
    }

    @SuppressWarnings("unused")
    private static Stream<Path> files(Path p) throws IOException { return Files.list(p); }
}
