package claimcheck.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.facts.Article;
import claimcheck.input.Position;
import claimcheck.facts.Span;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Summary;
import claimcheck.findings.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file: what it records, how it is written and read, and every way reading it can fail. */
class BaselineTest {
    @TempDir Path dir;

    static Finding finding(String rule, Severity severity, String message, List<String> facts, String... quotes) {
        List<Evidence> evidence = new java.util.ArrayList<>();
        for (int i = 0; i < quotes.length; i++) evidence.add(new Evidence(facts.get(Math.min(i, facts.size() - 1)), quotes[i], new Span(i, i + 1, 1, 1, 1, 2)));
        return new Finding(rule, severity, message, facts, evidence, List.of());
    }

    static ArticleReport report(String article, Finding... findings) {
        Summary s = new Summary(0, 0, 0, 0, 0, 0, 0, 0, true, FailOn.ERROR);
        return new ArticleReport(new ArticleReport.Tool("claimcheck", "test"), article + ".yaml",
                new Article(article, "T", LocalDate.of(2026, 1, 1), "a.txt", null), "", List.of(), List.of(), List.of(findings),
                List.of(), List.of(), s);
    }

    /** Quotes a YAML writer might get wrong: a colon, a hash, a leading dash, quotes of both kinds, a word YAML 1.1 reads as a boolean. */
    static final Finding TRICKY = finding("core/role-status", Severity.ERROR, "says \"former\": wrong # really",
            List.of("r1", "t1"), "- former President: Ana", "yes", "Lind's \"second\" term #2");
    static final Finding PLAIN = finding("extradition/assurance-attached", Severity.WARNING, "no assurance", List.of("e1"), "sent in May");

    @Test
    void writtenInOneOrderAndReadBackToTheSameBytes() throws IOException {
        Baseline b = Baseline.EMPTY.recording(List.of(report("b-article", PLAIN), report("a-article", TRICKY, PLAIN)), "known");
        assertEquals(List.of("a-article", "a-article", "b-article"), b.entries().stream().map(BaselineEntry::article).toList());
        assertEquals("core/role-status", b.entries().get(0).rule());
        String yaml = b.toYaml();
        assertTrue(yaml.startsWith("# claimcheck baseline"), yaml);
        Path file = dir.resolve("baseline.yaml");
        Files.writeString(file, yaml);
        Baseline read = Baseline.read(file, "baseline.yaml");
        assertEquals(yaml, read.toYaml());
        BaselineEntry first = read.entries().get(0);
        assertEquals(List.of("- former President: Ana", "Lind's \"second\" term #2", "yes"), first.quotes());
        assertEquals("says \"former\": wrong # really", first.message());
        assertEquals(Severity.ERROR, first.severity());
        assertEquals(new Position(7, 5), first.position());
        // Recording the same findings in another order gives the same bytes.
        assertEquals(yaml, Baseline.EMPTY.recording(List.of(report("a-article", PLAIN, TRICKY), report("b-article", PLAIN)), "known").toYaml());
    }

    /** The file's exact layout: its fields in one order, an optional field left out when it has no value, never written as null. */
    @Test
    void writtenFieldsAreInOneOrderAndOptionalOnesOnlyWhenGiven() throws IOException {
        Path file = dir.resolve("baseline.yaml");
        Files.writeString(file, """
                entries:
                  - justification: "kept: until June"
                    expires: 2026-06-30
                    quotes: []
                    facts: [r1]
                    rule: core/role-status
                    article: a
                """);
        String yaml = Baseline.read(file, "baseline.yaml").toYaml();
        assertEquals("""
                entries:
                  - article: a
                    rule: core/role-status
                    facts:
                      - r1
                    quotes: []
                    justification: "kept: until June"
                    expires: 2026-06-30
                """, yaml.substring(yaml.indexOf("entries:")));
    }

    @Test
    void aFindingMatchesOnRuleFactsAndQuotesOnly() {
        Baseline b = Baseline.EMPTY.recording(List.of(report("a", TRICKY)), "known");
        Finding sameButElsewhere = new Finding(TRICKY.ruleId(), Severity.WARNING, "another message", List.of("t1", "r1"),
                List.of(new Evidence("t1", "yes", new Span(90, 91, 9, 9, 9, 10)), new Evidence("r1", "- former President: Ana", null),
                        new Evidence("r1", "Lind's \"second\" term #2", null)), List.of());
        assertEquals(Suppression.Kind.BASELINE, b.apply("a", List.of(sameButElsewhere), LocalDate.EPOCH).findings().get(0).suppression().kind());
        assertTrue(b.apply("other-article", List.of(TRICKY), LocalDate.EPOCH).findings().get(0).active(), "entries belong to their article");
        Finding otherQuote = finding(TRICKY.ruleId(), Severity.ERROR, TRICKY.message(), TRICKY.facts(), "- former President: Ana", "no");
        assertTrue(b.apply("a", List.of(otherQuote), LocalDate.EPOCH).findings().get(0).active());
        Finding otherFacts = finding(TRICKY.ruleId(), Severity.ERROR, TRICKY.message(), List.of("r1", "t2"), "- former President: Ana", "yes", "Lind's \"second\" term #2");
        assertTrue(b.apply("a", List.of(otherFacts), LocalDate.EPOCH).findings().get(0).active());
    }

    @Test
    void rewritingKeepsWhatAPersonWroteAndDropsWhatIsGone() throws IOException {
        Path file = dir.resolve("baseline.yaml");
        Files.writeString(file, Baseline.EMPTY.recording(List.of(report("a", TRICKY, PLAIN), report("b", PLAIN)), "known").toYaml()
                .replaceFirst("justification: known", "justification: the quote is the speaker's own\n    expires: 2026-06-30"));
        Baseline previous = Baseline.read(file, "baseline.yaml");
        // Article a is checked again and PLAIN is gone from it; article b is not checked this time.
        Baseline rewritten = previous.recording(List.of(report("a", TRICKY)), "new");
        assertEquals(2, rewritten.entries().size());
        BaselineEntry kept = rewritten.entries().get(0);
        assertEquals("the quote is the speaker's own", kept.justification());
        assertEquals(LocalDate.of(2026, 6, 30), kept.expires());
        assertEquals("b", rewritten.entries().get(1).article(), "entries of articles not checked stay");
    }

    @Test
    void recordingArticleByArticleOnTheirPartsGivesWhatRecordingAllAtOnceGives() throws IOException {
        Path file = dir.resolve("baseline.yaml");
        Files.writeString(file, Baseline.EMPTY.recording(List.of(report("a", TRICKY, PLAIN), report("b", PLAIN), report("c", PLAIN)), "known").toYaml()
                .replaceFirst("justification: known", "justification: by hand\n    expires: 2026-06-30"));
        Baseline previous = Baseline.read(file, "baseline.yaml");
        List<ArticleReport> checked = List.of(report("a", TRICKY), report("b"), report("d", PLAIN));
        Baseline whole = previous.recording(checked, "new");

        // As the Spark job's executors do: each article on its own part, then the entries joined.
        java.util.Map<String, Baseline> parts = previous.byArticle();
        assertEquals(java.util.Set.of("a", "b", "c"), parts.keySet());
        assertEquals(List.of("a", "a"), parts.get("a").entries().stream().map(BaselineEntry::article).toList());
        List<BaselineEntry> recorded = new java.util.ArrayList<>();
        for (ArticleReport r : checked)
            recorded.addAll(parts.getOrDefault(r.article().id(), Baseline.EMPTY).recording(List.of(r), "new").entries());
        Baseline joined = previous.recorded(java.util.Set.of("a", "b", "d"), recorded);
        assertEquals(whole.toYaml(), joined.toYaml());
        assertTrue(joined.toYaml().contains("by hand") && joined.toYaml().contains("article: c") && !joined.toYaml().contains("article: b"),
                joined.toYaml());
    }

    @Test
    void acceptedAndExpiryFindingsAreNotRecorded() {
        Finding accepted = PLAIN.suppressed(new Suppression(Suppression.Kind.ACCEPTED, "fine", null));
        Finding expired = finding(Baseline.EXPIRED_RULE, Severity.WARNING, "expired", List.of("e1"), "sent in May");
        assertEquals(0, Baseline.EMPTY.recording(List.of(report("a", accepted, expired)), "known").entries().size());
    }

    private String error(String yaml) throws IOException {
        Path file = dir.resolve("b.yaml");
        Files.writeString(file, yaml);
        return assertThrows(InputError.class, () -> Baseline.read(file, "b.yaml")).oneLine();
    }

    static final String ENTRY = """
            entries:
              - article: a
                rule: core/role-status
                facts: [r1, t1]
                quotes: [former President]
                justification: known
            """;

    @Test
    void readingFailsOnOneLineNamingThePlace() throws IOException {
        assertEquals("b.yaml:6:5: entries[0].justifcation: unknown key; did you mean \"justification\"?",
                error(ENTRY.replace("justification:", "justifcation:")));
        assertEquals("b.yaml:2:5: entries[0].justification: missing key", error(ENTRY.replace("    justification: known\n", "")));
        assertEquals("b.yaml:7:14: entries[0].expires: expected a full date YYYY-MM-DD, got \"2026-02-30\"",
                error(ENTRY + "    expires: 2026-02-30\n"));
        assertEquals("b.yaml:3:11: entries[0].rule: expected a rule id such as core/total-sum, got \"role status\"",
                error(ENTRY.replace("core/role-status", "role status")));
        assertEquals("b.yaml:7:5: entries[1]: the same finding is recorded twice (also at line 2)",
                error(ENTRY + ENTRY.substring(ENTRY.indexOf("  - "))));
        assertEquals("b.yaml:1:1: entrys: unknown key; did you mean \"entries\"?", error("entrys: []\n"));
        assertEquals("b.yaml:7:15: entries[0].severity: expected error, warning or info, got \"fatal\"",
                error(ENTRY + "    severity: fatal\n"));
    }

    @Test
    void aFileThatIsNotABaselineIsNamedButNotShown() throws IOException {
        // What --baseline or a configuration's baseline: may name by mistake, or on purpose: its content stays unshown.
        String passwd = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n";
        assertEquals("b.yaml:1:1: expected a baseline: a map with entries, got a text", error(passwd));
        assertEquals("b.yaml:1:10: entries: expected a list of entries, got a text", error("entries: sk-live-0123456789\nAPI_TOKEN: abc\n"));
        String flow = error("entries: [{article: a, rule: core/x, facts: [f], justification: j}]\nsecret: {token: \"sk-9\" \"x\"}\n");
        assertTrue(flow.startsWith("b.yaml:2:"), flow);
        assertTrue(!flow.contains("sk-9"), flow);
        Path json = dir.resolve("b.json");
        Files.writeString(json, "{\"entries\": [], \"token\": sk-live-0123456789}");
        String malformed = assertThrows(InputError.class, () -> Baseline.read(json, "b.json")).oneLine();
        assertEquals("b.json:1:26: malformed JSON: Unrecognized token: was expecting", malformed);
        // Once the file is a baseline, the value a typo holds is shown, which is what its author needs.
        assertEquals("b.yaml:7:15: entries[0].severity: expected error, warning or info, got \"fatal\"", error(ENTRY + "    severity: fatal\n"));
    }

    @Test
    void anEmptyFileIsAnEmptyBaseline() throws IOException {
        Path file = dir.resolve("b.yaml");
        Files.writeString(file, "# nothing accepted yet\n");
        assertEquals(0, Baseline.read(file, "b.yaml").entries().size());
    }
}
