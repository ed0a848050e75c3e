package claimcheck.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.cli.Main;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample against its reference data and against the other coverage shipped in facts/coverage, through the command line. */
class ReferenceCommandTest {
    static final String SAMPLE = "facts/mx-us-transfers-2026-01.yaml";
    static final String REFERENCE = "facts/reference/mx-us-transfers.yaml";

    @TempDir Path dir;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private JsonNode report(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("verify", SAMPLE, "--out", dir.toString(), "--format", "json,md,html,sarif,junit"));
        all.addAll(List.of(args));
        Run r = run(all.toArray(String[]::new));
        assertEquals(1, r.exit(), r.out() + r.err());
        assertEquals("", r.err());
        return new ObjectMapper().readTree(dir.resolve("mx-us-transfers-2026-01").resolve("findings.json").toFile());
    }

    /** ruleId status facts -> message, for the checks of {@code ruleId}. */
    private static Map<String, String> checks(JsonNode report, String ruleId) {
        Map<String, String> out = new TreeMap<>();
        for (JsonNode c : report.get("checks"))
            if (c.get("ruleId").asText().equals(ruleId)) out.put(c.get("status").asText() + " " + c.get("facts"), c.get("message").asText());
        return out;
    }

    @Test
    void sampleAgainstTheRecord() throws IOException {
        JsonNode report = report("--reference", REFERENCE);
        Map<String, String> roles = checks(report, "core/role-reference");
        assertEquals(List.of("fail [\"role-trump\"]", "pass [\"role-bondi\"]", "pass [\"role-garcia-harfuch\"]", "pass [\"role-sheinbaum\"]"),
                List.copyOf(roles.keySet()));
        assertTrue(roles.get("fail [\"role-trump\"]").contains("but the record has them in office on 2026-01-20"), roles.toString());
        int errors = 0;
        for (JsonNode f : report.get("findings")) if (f.get("ruleId").asText().equals("core/role-reference")) errors++;
        assertEquals(1, errors);

        // The February count is never stated: the derived 29 is what the tallies are compared with.
        List<String> february = new ArrayList<>();
        for (JsonNode c : report.get("checks"))
            if (c.get("ruleId").asText().equals("core/value-reference") && c.get("facts").toString().equals("[\"transfer-2025-02\"]"))
                february.add(c.get("status").asText() + ": " + c.get("message").asText());
        assertEquals(2, february.size(), february.toString());
        for (String c : february) assertTrue(c.startsWith("pass: the derived count of the transfer of 2025-02 (transfer-2025-02), 29, agrees"), c);
        for (String s : checks(report, "core/value-reference").keySet()) assertTrue(s.startsWith("pass"), s);
        assertEquals(List.of("pass []"), List.copyOf(checks(report, "core/reference-conflict").keySet()));
        String md = Files.readString(dir.resolve("mx-us-transfers-2026-01").resolve("findings.md"));
        assertTrue(md.contains("core/role-reference"), md);
    }

    @Test
    void sampleCorroboratedByOtherCoverage() throws IOException {
        JsonNode report = report("--corroborate", "facts/coverage");
        Map<String, String> cross = checks(report, "core/cross-source");
        assertEquals("1 other source agrees with total-since-2025-01-20 (coverage-five-cities); 2 disagree: "
                + "coverage-extraditions says \"extradition\" (not \"transfer\"); coverage-wrong-total says 95 (not 92)",
                cross.get("fail [\"total-since-2025-01-20\"]"));
        assertTrue(cross.get("fail [\"list-jurisdictions\"]").contains("coverage-five-cities says 5 items, Washington, New York, Houston, San Diego, San Antonio (without Pennsylvania)"), cross.toString());
        assertTrue(cross.get("fail [\"transfer-2026-01\"]").startsWith("2 other sources agree with transfer-2026-01 (coverage-five-cities, coverage-wrong-total)"), cross.toString());
        assertTrue(cross.get("fail [\"role-trump\"]").contains("coverage-five-cities says \"current President of the United States\""), cross.toString());
        // The February count is derived (29), and the outlet that states 29 agrees on it.
        assertTrue(cross.get("fail [\"transfer-2025-02\"]").startsWith("1 other source agrees with transfer-2025-02 (coverage-five-cities)"), cross.toString());
        assertEquals("1 other source agrees with role-sheinbaum (coverage-extraditions)", cross.get("pass [\"role-sheinbaum\"]"));
        // Every format carries them.
        Path out = dir.resolve("mx-us-transfers-2026-01");
        for (String file : List.of("findings.md", "report.html", "findings.sarif", "junit.xml"))
            assertTrue(Files.readString(out.resolve(file)).contains("core/cross-source"), file);
    }

    @Test
    void referenceCheckValidatesTheShippedData() {
        Run ok = run("reference", "check", "facts/reference");
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("facts/reference/mx-us-transfers.yaml: valid\n1 file: 4 office holders, 5 tallies\n", ok.out().replace("\r\n", "\n"));
    }

    static final Path CONFLICT_CASES = Path.of("core/src/test/rules/core/reference-conflict");

    /** Exit 1 on entries that disagree, each named as rule core/reference-conflict names it in a verify run; 0 when they agree. */
    @Test
    void referenceCheckReportsConflicts() throws IOException {
        for (String c : List.of("fail-tallies-disagree", "fail-two-holders-at-once")) {
            Path ref = CONFLICT_CASES.resolve(c).resolve("reference.yaml");
            Run r = run("reference", "check", ref.toString());
            assertEquals(1, r.exit(), r.out() + r.err());
            assertEquals("", r.err());
            List<String> lines = r.out().replace("\r\n", "\n").lines().toList();
            assertEquals(ref + ": valid", lines.get(0));
            List<String> conflicts = new ArrayList<>();
            for (String l : lines) if (l.startsWith("conflict: ")) conflicts.add(l.substring(l.indexOf(": ", "conflict: ".length()) + 2));
            assertEquals(conflicts.size() + (conflicts.size() == 1 ? " conflict" : " conflicts") + " (rule core/reference-conflict)", lines.get(lines.size() - 1));

            // The same conflicts, in the same words, as the rule finds when an article is checked against the same data.
            Run verify = run("verify", CONFLICT_CASES.resolve(c).resolve("facts.yaml").toString(), "--reference", ref.toString(),
                    "--out", dir.resolve(c).toString(), "--format", "json");
            JsonNode report = new ObjectMapper().readTree(dir.resolve(c).resolve("port-ships").resolve("findings.json").toFile());
            List<String> found = new ArrayList<>();
            for (JsonNode f : report.get("findings"))
                if (f.get("ruleId").asText().equals("core/reference-conflict")) found.add(f.get("message").asText());
            assertEquals(new java.util.TreeSet<>(found), new java.util.TreeSet<>(conflicts), verify.out());
        }
        String twoHolders = run("reference", "check", CONFLICT_CASES.resolve("fail-two-holders-at-once/reference.yaml").toString()).out();
        assertTrue(twoHolders.contains("puts two people in one office at once"), twoHolders);

        Run agree = run("reference", "check", CONFLICT_CASES.resolve("pass-tallies-agree/reference.yaml").toString());
        assertEquals(0, agree.exit(), agree.out() + agree.err());
        assertTrue(agree.out().lines().noneMatch(l -> l.startsWith("conflict")), agree.out());
    }

    @Test
    void oneTermGivenTwiceIsAConflict() throws IOException {
        Path ref = dir.resolve("terms.yaml");
        Files.writeString(ref, """
                sources:
                  a: {publisher: Gazette, title: Mayors, accessed: 2024-05-10}
                  b: {publisher: Almanac, title: Office holders, accessed: 2024-05-10}
                holders:
                  - {id: voss-1, person: Peter Voss, office: Mayor of Eastbrook, jurisdiction: Eastbrook, from: 2020-03-01, to: 2024-03-01, sources: [a]}
                  - {id: voss-2, person: Peter Voss, office: Mayor of Eastbrook, jurisdiction: Eastbrook, from: 2020-03-08, to: 2024-03-01, sources: [b]}
                """);
        Run r = run("reference", "check", ref.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("conflict: voss-1, voss-2: the reference data gives Peter Voss two different terms in one office: "), r.out());
        assertTrue(r.out().contains("Gazette") && r.out().contains("Almanac"), r.out());
    }

    @Test
    void badReferenceDataIsOneLocatedLine() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                sources:
                  paper: {publisher: Harbour News, title: April, accessed: 2024-05-10}
                tallies:
                  - {id: april, eventType: arrival, date: 2024-04, value: 55, sources: [papr]}
                """);
        Run r = run("reference", "check", bad.toString());
        assertEquals(2, r.exit());
        assertEquals(bad + ":4:73: tallies[0].sources[0]: unknown source id \"papr\"; did you mean \"paper\"?", r.err().strip());

        Files.writeString(bad, """
                sources:
                  paper: {publisher: Harbour News, title: April, accessed: 2024-05-10}
                holders:
                  - {id: a, person: A, office: Mayor, jurisdiction: X, from: 2024-02-30, sources: [paper]}
                """);
        InputError e = org.junit.jupiter.api.Assertions.assertThrows(InputError.class, () -> new ReferenceLoader().load(List.of(bad)));
        assertEquals(4, e.line());
        assertTrue(e.oneLine().contains("holders[0].from"), e.oneLine());

        Files.writeString(bad, """
                sources:
                  paper: {publisher: Harbour News, title: April, acessed: 2024-05-10}
                """);
        e = org.junit.jupiter.api.Assertions.assertThrows(InputError.class, () -> new ReferenceLoader().load(List.of(bad)));
        assertTrue(e.oneLine().contains("sources.paper.acessed: unknown field; did you mean \"accessed\"?"), e.oneLine());
    }

    @Test
    void theDefaultRunIgnoresReferenceData() throws IOException {
        Run r = run("verify", SAMPLE, "--out", dir.toString(), "--format", "json");
        assertEquals(1, r.exit());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("mx-us-transfers-2026-01").resolve("findings.json").toFile());
        for (JsonNode c : report.get("checks")) {
            String rule = c.get("ruleId").asText();
            assertTrue(!rule.contains("reference") && !rule.equals("core/cross-source"), rule);
        }
    }
}
