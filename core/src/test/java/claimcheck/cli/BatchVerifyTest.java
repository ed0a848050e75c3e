package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import claimcheck.Golden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.cli.VerifyCommandTest.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify over many articles: the same bytes for any --jobs, bad files left out, --stdin, the batch summary. */
class BatchVerifyTest {
    @TempDir Path dir;

    /** {@code n} small articles, every third with a list whose count is wrong (an error), every fifth with one missing quote (a warning or error). */
    private Path articles(int n) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < n; i++) {
            int named = 3, stated = i % 3 == 0 ? 4 : 3;
            String text = "The committee will interview the " + words(stated) + " candidates for post " + i + ": Ana, Ben and Cleo.\n";
            // Every fifth quote is not in the text; two of them (0, 15) also state a count their quote does not (facts/value-in-quote).
            String quote = i % 5 == 0 ? "the seven candidates" : "the " + words(stated) + " candidates for post " + i + ": Ana, Ben and Cleo";
            Files.writeString(in.resolve("a" + i + ".txt"), text);
            Files.writeString(in.resolve("a" + i + ".yaml"), "article:\n  id: article-" + i + "\n  title: Post " + i
                    + "\n  published: 2021-06-01\n  text: a" + i + ".txt\nfacts:\n  - id: list\n    kind: list\n    items: [Ana, Ben, Cleo]\n    count: "
                    + stated + "\n    quote: \"" + quote + "\"\n");
            assertEquals(3, named);
        }
        return in;
    }

    private static String words(int n) { return List.of("zero", "one", "two", "three", "four").get(n); }

    /** Every format, SARIF's paths relative to the temporary folder. */
    private Run verify(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("verify", "--out", out.toString(), "--format", "all", "--publisher", "Checkers",
                "--review-date", "2026-01-01", "--repo-root", dir.toString()));
        args.addAll(List.of(more));
        return VerifyCommandTest.run(args.toArray(String[]::new));
    }

    /** JSON reports only. */
    private Run verifyJson(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("verify", "--out", out.toString(), "--format", "json"));
        args.addAll(List.of(more));
        return VerifyCommandTest.run(args.toArray(String[]::new));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) files.put(root.relativize(p).toString(), Files.readAllBytes(p));
        }
        return files;
    }

    @Test
    void sameBytesForAnyNumberOfJobs() throws IOException {
        Path in = articles(24);
        Run one = verify(dir.resolve("out1"), "--jobs", "1", in.toString());
        Run two = verify(dir.resolve("out2"), "--jobs", "2", in.toString());
        Run four = verify(dir.resolve("out4"), "--jobs", "4", in.toString());
        assertEquals(1, one.exit(), one.out() + one.err());
        assertEquals(one.exit(), two.exit());
        assertEquals(one.out().replace("out1", "outN"), two.out().replace("out2", "outN"));
        assertEquals(one.out().replace("out1", "outN"), four.out().replace("out4", "outN"));
        Map<String, byte[]> a = tree(dir.resolve("out1")), b = tree(dir.resolve("out2")), c = tree(dir.resolve("out4"));
        assertEquals(24 * 6 + 2, a.size(), a.keySet().toString());
        assertEquals(a.keySet(), b.keySet());
        assertEquals(a.keySet(), c.keySet());
        for (String f : a.keySet()) {
            assertArrayEquals(a.get(f), b.get(f), f);
            assertArrayEquals(a.get(f), c.get(f), f);
        }
        // Input order: the summary lists the articles as the folder search found them.
        JsonNode summary = new ObjectMapper().readTree(a.get("summary.json"));
        assertEquals("article-0", summary.at("/articles/0/article").asText());
        assertEquals(24, summary.at("/totals/articles").asInt());
        assertTrue(one.out().endsWith("24 articles: 13 passed, 11 failed the gate, 0 could not be checked; 25 findings (15 errors, 0 warnings, 10 info); reports: "
                + dir.resolve("out1") + "/ (summary.md)\n"), one.out());
    }

    @Test
    void aBadFileInABatchIsReportedAndTheOthersAreWritten() throws IOException {
        Path in = articles(3);
        Files.writeString(in.resolve("a1.yaml"), Files.readString(in.resolve("a1.yaml")).replace("2021-06-01", "2021-13-01"));
        Run r = verify(dir.resolve("out"), in.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals(in.resolve("a1.yaml") + ":4:14: article.published: impossible date 2021-13-01: there is no month 13\n", r.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/article-0/findings.json")));
        assertTrue(Files.isRegularFile(dir.resolve("out/article-2/findings.json")));
        assertFalse(Files.exists(dir.resolve("out/article-1")));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
        assertEquals("input-error", summary.at("/articles/1/status").asText());
        assertEquals(in.resolve("a1.yaml").toString(), summary.at("/articles/1/facts").asText());
        assertTrue(r.out().contains(in.resolve("a1.yaml") + ": could not be checked: invalid facts\n"), r.out());
        assertTrue(r.out().contains("3 articles: 1 passed, 1 failed the gate, 1 could not be checked"), r.out());
    }

    @Test
    void aReportFolderThatCannotBeReplacedLeavesItsArticleOutAlone() throws IOException {
        Path in = articles(3);
        Path out = dir.resolve("out");
        Path notes = Files.writeString(Files.createDirectories(out.resolve("article-1")).resolve("notes.txt"), "mine");
        Run r = verifyJson(out, "--jobs", "2", in.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertEquals("--out: " + out.toAbsolutePath().resolve("article-1") + " holds notes.txt, which is not a report; the folder of article"
                + " article-1 is replaced as a whole, so it may hold only reports\n", r.err());
        assertEquals(List.of("notes.txt"), Files.list(out.resolve("article-1")).map(p -> p.getFileName().toString()).toList());
        assertEquals("mine", Files.readString(notes));
        assertTrue(Files.isRegularFile(out.resolve("article-0/findings.json")));
        assertTrue(Files.isRegularFile(out.resolve("article-2/findings.json")));
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals("input-error", summary.at("/articles/1/status").asText());
        assertEquals(in.resolve("a1.yaml").toString(), summary.at("/articles/1/facts").asText());
    }

    @Test
    void aBatchRecordingABaselineRecordsWhatRecordingAllAtOnceDoes() throws IOException {
        Path in = articles(12);
        Path baseline = dir.resolve("baseline.yaml");
        // A first baseline of half the articles, then the whole batch recorded onto it: entries of the first half kept
        // (with the justification given then), the others added, as the library records all the articles at once.
        List<Path> firstHalf = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) firstHalf.add(in.resolve("a" + i + ".yaml"));
        List<String> args = new java.util.ArrayList<>(List.of("--write-baseline", baseline.toString(), "--justification", "first"));
        firstHalf.forEach(p -> args.add(p.toString()));
        assertEquals(0, verifyJson(dir.resolve("first"), args.toArray(String[]::new)).exit());
        String first = Files.readString(baseline);

        claimcheck.Verification v = claimcheck.Verification.create(claimcheck.Settings.of(List.of(Path.of("rules"))));
        claimcheck.Verification.Outcome expected = v.verifyAndRecord(v.loadEach(List.of(in), null).requireAll(),
                claimcheck.baseline.Baseline.read(baseline, baseline.toString()), "second");
        for (String jobs : List.of("1", "3")) {
            Files.writeString(baseline, first);
            Path out = dir.resolve("out" + jobs);
            Run r = verifyJson(out, "--jobs", jobs, "--write-baseline", baseline.toString(), "--justification", "second", in.toString());
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().endsWith("baseline: " + baseline + " (" + expected.recorded().entries().size() + " entries)\n"), r.out());
            assertEquals(expected.recorded().toYaml(), Files.readString(baseline));
            for (claimcheck.findings.ArticleReport report : expected.reports()) {
                java.io.StringWriter json = new java.io.StringWriter();
                new claimcheck.report.JsonRenderer().render(report, claimcheck.report.ReportOptions.of(v.rules().rules()), json);
                assertEquals(json.toString(), Files.readString(out.resolve(report.article().id()).resolve("findings.json")), report.article().id());
            }
        }
        assertTrue(Files.readString(baseline).contains("first") && Files.readString(baseline).contains("second"));
    }

    @Test
    void oneBadFileAloneStopsTheRunAndWritesNothing() throws IOException {
        Path in = articles(1);
        Files.writeString(in.resolve("a0.yaml"), Files.readString(in.resolve("a0.yaml")).replace("2021-06-01", "2021-13-01"));
        Run r = verify(dir.resolve("out"), in.resolve("a0.yaml").toString());
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals(in.resolve("a0.yaml") + ":4:14: article.published: impossible date 2021-13-01: there is no month 13\n", r.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void quietPrintsNothingButErrors() throws IOException {
        Path in = articles(3);
        Run r = verify(dir.resolve("out"), "--quiet", in.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertEquals("", r.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/summary.md")));
    }

    @Test
    void factsDocumentsOnStandardInput() throws IOException {
        String lines = String.join("\n",
                "{\"article\": {\"id\": \"inline\", \"title\": \"T\", \"published\": \"2021-06-01\", \"content\": \"We met the three candidates: Ana, Ben and Cleo.\"},"
                        + " \"facts\": [{\"id\": \"l\", \"kind\": \"list\", \"items\": [\"Ana\", \"Ben\", \"Cleo\"], \"count\": 4, \"quote\": \"the three candidates: Ana, Ben and Cleo\"}]}",
                "",
                "{\"article\": {\"id\": \"from-file\", \"title\": \"T\", \"published\": \"2021-06-01\", \"text\": \"facts/mx-us-transfers-2026-01.txt\"}, \"facts\": []}",
                "{\"article\": {\"id\": \"outside\", \"title\": \"T\", \"published\": \"2021-06-01\", \"text\": \"../../../etc/passwd\"}, \"facts\": []}",
                "{\"article\": {\"id\": \"cut\"");
        Run r = withStdin(lines, () -> verifyJson(dir.resolve("out"), "--stdin"));
        assertEquals(2, r.exit(), r.out() + r.err());
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).startsWith("<stdin>:4:80: article.text: ../../../etc/passwd is outside the facts file's folder"), errors.get(0));
        assertTrue(errors.get(1).startsWith("<stdin>:5:25: malformed JSON"), errors.get(1));
        JsonNode inline = new ObjectMapper().readTree(dir.resolve("out/inline/findings.json").toFile());
        assertEquals("fail", inline.at("/summary/gate").asText());
        assertEquals(1, inline.at("/findings/0/evidence/0/line").asInt(), inline.toString());
        assertTrue(Files.isRegularFile(dir.resolve("out/from-file/findings.json")));
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("out/summary.json").toFile());
        assertEquals("<stdin>:1", summary.at("/articles/0/facts").asText());
        assertEquals("<stdin>:3", summary.at("/articles/1/facts").asText());
        assertEquals("input-error", summary.at("/articles/2/status").asText());
    }

    @Test
    void summaryGoldens() throws IOException {
        Run r = verifyJson(dir.resolve("out"), "facts/mx-us-transfers-2026-01.yaml", "facts/eastbrook-mayor-2026.yaml", "facts/missing.yaml");
        assertEquals(2, r.exit(), r.out() + r.err());
        Golden.check(dir.resolve("out"), "batch", List.of("summary.json", "summary.md"));
    }

    @Test
    void oneArticlePrintsAsItAlwaysHas() {
        Run r = verifyJson(dir.resolve("out"), "facts/mx-us-transfers-2026-01.yaml");
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("mx-us-transfers-2026-01: gate failed (fail on error): 1 error, 3 warnings, 2 info; 47 checks, 43 passed, 4 failed\n"), r.out());
        assertFalse(Files.exists(dir.resolve("out/summary.json")));
    }

    private static Run withStdin(String text, java.util.function.Supplier<Run> run) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        try {
            return run.get();
        } finally {
            System.setIn(saved);
        }
    }
}
