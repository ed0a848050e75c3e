package claimcheck.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.bench.Articles;
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
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Spark in local mode (local[2]), against {@code claimcheck verify} run in the same JVM
 * over the same inputs: every row's findings.json byte for byte, every input error's line, the exit code.
 */
class SparkVerifyTest {
    private static SparkSession spark;
    private static final String AS_OF = "2026-02-01";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("claimcheck-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    /** What verify did: its exit code, what it printed on stderr, and its findings.json by article id. */
    record Cli(int exit, String err, Map<String, String> findings) {}

    static Cli verify(Path out, String... inputs) throws IOException {
        return verifyAs(out, "json", inputs);
    }

    /** verify with report formats {@code formats}. */
    static Cli verifyAs(Path out, String formats, String... inputs) throws IOException {
        List<String> args = new ArrayList<>(List.of("verify", "--format", formats, "--as-of", AS_OF, "--out", out.toString(), "--quiet"));
        args.addAll(List.of(inputs));
        StringWriter o = new StringWriter(), e = new StringWriter();
        int exit = Main.run(args.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true));
        Map<String, String> findings = new TreeMap<>();
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.list(out)) {
                for (Path d : s.filter(Files::isDirectory).toList())
                    if (Files.isRegularFile(d.resolve("findings.json"))) findings.put(d.getFileName().toString(), Files.readString(d.resolve("findings.json")));
            }
        }
        return new Cli(exit, e.toString(), findings);
    }

    static SparkVerify.Result job(Path out, String... inputs) {
        List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--as-of", AS_OF));
        args.addAll(List.of(inputs));
        return SparkVerify.run(spark, SparkVerify.parse(args.toArray(String[]::new)));
    }

    /** The rows as written in JSON Lines, in input order. */
    static List<JsonNode> rows(Path out) throws IOException {
        List<JsonNode> rows = new ArrayList<>();
        try (Stream<Path> s = Files.list(out.resolve("articles.jsonl"))) {
            for (Path part : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList())
                for (String line : Files.readAllLines(part)) rows.add(JSON.readTree(line));
        }
        return rows;
    }

    @Test
    void sampleGalleryAndGeneratedArticlesAreVerifyByteForByte(@TempDir Path tmp) throws IOException {
        Path generated = tmp.resolve("generated");
        Articles.write(generated, 2000, 8, 10, 15);
        String[] inputs = {"facts/mx-us-transfers-2026-01.yaml", "facts/examples", generated.toString()};
        Cli cli = verify(tmp.resolve("cli"), inputs);
        SparkVerify.Result result = job(tmp.resolve("spark"), inputs);

        List<JsonNode> rows = rows(tmp.resolve("spark"));
        assertEquals(cli.findings().size(), rows.size(), "one row per article verify reported");
        for (int i = 0; i < rows.size(); i++) {
            JsonNode row = rows.get(i);
            assertEquals(i, row.get("input").asLong(), "rows in input order");
            assertEquals("ok", row.get("status").asText(), row.toString());
            assertEquals(cli.findings().get(row.get("articleId").asText()), row.get("findingsJson").asText(), row.get("source").asText());
        }
        assertEquals(cli.exit(), result.exitCode());
        assertEquals(1, result.exitCode(), "the sample and the seeded articles fail their gates");
        assertEquals(rows.size(), result.articles());
        long failed = cli.findings().values().stream().filter(j -> j.contains("\"gate\" : \"fail\"") || j.contains("\"gate\": \"fail\"")).count();
        assertEquals(failed, result.gateFailures());

        // The Parquet copy holds the same rows.
        List<Row> parquet = spark.read().parquet(tmp.resolve("spark/articles.parquet").toString()).orderBy("input").collectAsList();
        assertEquals(rows.size(), parquet.size());
        for (int i = 0; i < parquet.size(); i++) assertEquals(rows.get(i).get("findingsJson").asText(), parquet.get(i).getAs("findingsJson"));
    }

    @Test
    void jsonLinesAreReadAsVerifyReadsThemOnStandardInput(@TempDir Path tmp) throws IOException {
        Path generated = tmp.resolve("generated");
        Articles.write(generated, 40, 8, 5, 21);
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.list(generated)) {
            for (Path f : s.sorted().toList()) lines.add(JSON.readTree(f.toFile()).toString());   // one document per line, text inline
        }
        String first = JSON.readTree(lines.get(0)).at("/article/id").asText();
        lines.add(3, "");                                                                        // blank: skipped, but counted
        lines.add(7, "{\"article\": {\"id\": \"from-file\", \"title\": \"T\", \"published\": \"2026-01-20\", \"text\": \"facts/mx-us-transfers-2026-01.txt\"}, \"facts\": []}");
        lines.add(9, "{\"article\": {\"id\": \"" + first.toUpperCase(java.util.Locale.ROOT) + "\", \"title\": \"T\", \"published\": \"2026-01-20\", \"content\": \"x\"}, \"facts\": []}");
        lines.add(12, "{\"article\": {\"id\": \"mx-us-transfers-2026-01\", \"title\": \"T\", \"published\": \"2026-01-20\", \"content\": \"x\"}, \"facts\": []}");
        lines.add(15, "{\"article\": {\"id\": \"outside\", \"title\": \"T\", \"published\": \"2026-01-20\", \"text\": \"../../../etc/passwd\"}, \"facts\": []}");
        lines.add("{\"article\": {\"id\": \"cut\"");
        String text = String.join("\n", lines) + "\n";
        Path jsonl = tmp.resolve("in.jsonl");
        Files.writeString(jsonl, text);

        java.io.InputStream saved = System.in;
        System.setIn(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Cli cli;
        try {
            cli = verify(tmp.resolve("cli"), "facts/mx-us-transfers-2026-01.yaml", "--stdin");
        } finally {
            System.setIn(saved);
        }
        SparkVerify.Result result = job(tmp.resolve("spark"), "facts/mx-us-transfers-2026-01.yaml", jsonl.toString());

        List<JsonNode> rows = rows(tmp.resolve("spark"));
        assertEquals(1 + lines.size() - 1, rows.size(), "the facts file, then one row per line that is not blank");
        assertEquals("facts/mx-us-transfers-2026-01.yaml", rows.get(0).get("source").asText());
        assertEquals(jsonl + ":1", rows.get(1).get("source").asText());
        assertEquals(jsonl + ":5", rows.get(4).get("source").asText(), "line numbers count the blank line");
        List<String> errors = new ArrayList<>();
        int ok = 0;
        for (JsonNode row : rows) {
            if (row.get("status").asText().equals("input-error")) errors.add(row.get("message").asText());
            else {
                ok++;
                // A line's inline text is named after its source, <stdin>:N by verify and in.jsonl:N here; all else is the same bytes.
                String expected = cli.findings().get(row.get("articleId").asText()).replace("\"\\u003Cstdin\\u003E:", "\"in.jsonl:");
                assertEquals(expected, row.get("findingsJson").asText(), row.get("source").asText());
            }
        }
        assertEquals(cli.findings().size(), ok);
        assertEquals(4, errors.size(), errors.toString());
        List<String> printed = cli.err().lines().filter(l -> !l.isBlank()).map(l -> l.replace("<stdin>", jsonl.toString())).toList();
        assertEquals(printed, errors, "verify's lines, the .jsonl file named where verify names <stdin>");
        assertTrue(errors.stream().anyMatch(e -> e.contains("differs only in case")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("is also used by facts/mx-us-transfers-2026-01.yaml")), errors.toString());
        assertEquals(2, cli.exit());
        assertEquals(cli.exit(), result.exitCode());
    }

    @Test
    void reportFoldersAreVerifysByteForByte(@TempDir Path tmp) throws IOException {
        String formats = "json,md,html,sarif,junit";
        String[] inputs = {"facts/mx-us-transfers-2026-01.yaml", "facts/examples"};
        Cli cli = verifyAs(tmp.resolve("cli"), formats, inputs);
        List<String> args = new ArrayList<>(List.of("--format", formats));
        args.addAll(List.of(inputs));
        SparkVerify.Result result = job(tmp.resolve("spark"), args.toArray(String[]::new));

        Path reports = tmp.resolve("spark/reports");
        List<String> folders;
        try (Stream<Path> s = Files.list(reports)) {
            folders = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.copyOf(cli.findings().keySet()), folders, "a folder per article verify reported");
        int compared = 0;
        for (String id : folders) {
            try (Stream<Path> s = Files.list(tmp.resolve("cli").resolve(id))) {
                List<Path> files = s.sorted().toList();
                assertEquals(5, files.size(), id);
                for (Path f : files) {
                    assertEquals(Files.readString(f), Files.readString(reports.resolve(id).resolve(f.getFileName())), id + "/" + f.getFileName());
                    compared++;
                }
            }
        }
        assertTrue(compared >= 5 * 2, "reports compared: " + compared);
        assertEquals(cli.exit(), result.exitCode());
    }

    @Test
    void optionsTheJobDoesNotTakeAreRefusedWithOneLine() {
        for (String option : List.of("--stdin", "--jobs")) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> SparkVerify.parse(new String[] {"facts", "--out", "x", option, "y"}));
            assertTrue(e.getMessage().startsWith(option + ": the job does not take it; "), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SparkVerify.parse(new String[] {"facts", "--out", "x", "--time-limit", "0s"}));
        assertTrue(e.getMessage().startsWith("--time-limit: expected a positive duration"), e.getMessage());
        JobSpec spec = SparkVerify.parse(new String[] {"facts", "--out", "x", "--time-limit", "2m", "--rule-timeout", "500ms",
                "--text-root", "facts", "--reference", "facts/reference", "--corroborate", "facts/examples"}).spec();
        assertEquals(120_000, spec.timeLimitMillis());
        assertEquals(500, spec.ruleTimeoutMillis());
        assertEquals(Path.of("facts").toAbsolutePath().toString(), spec.textRoot());
        assertEquals(List.of("facts/reference"), spec.reference());
        assertEquals(List.of("facts/examples"), spec.corroborate());
    }

    @Test
    void theSettingsFilesFormatAndVerifysOtherOptionsAreTaken(@TempDir Path tmp) throws IOException {
        Path config = tmp.resolve("claimcheck.yaml");
        Files.writeString(config, "format: [md, json]\nfail-on: warning\n");
        JobSpec spec = SparkVerify.parse(new String[] {"facts", "--out", "x", "--config", config.toString(), "--no-coverage"}).spec();
        assertEquals(claimcheck.report.Renderers.of(List.of("md", "json")).stream().map(claimcheck.report.Renderer::format).toList(), spec.formats());
        assertEquals("WARNING", spec.failOn());
        assertEquals(false, spec.coverage());
        assertEquals(false, spec.settings().coverage());
        // --format replaces the settings file's, as in verify; without either the job writes no report files.
        assertEquals(List.of("sarif"), SparkVerify.parse(new String[] {"facts", "--out", "x", "--config", config.toString(), "--format", "sarif"})
                .spec().formats());
        assertEquals(List.of(), SparkVerify.parse(new String[] {"facts", "--out", "x"}).spec().formats());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SparkVerify.parse(new String[] {"facts", "--out", "x", "--max-firings", "0"}));
        assertEquals("--max-firings: expected a whole number from 1 up, got 0", e.getMessage());
    }

    @Test
    void aBadOptionValueIsOneLineNamingTheOption() {
        Map<List<String>, String> bad = new java.util.LinkedHashMap<>();
        bad.put(List.of("--as-of", "2026-13-01"), "--as-of: expected a date YYYY-MM-DD, got \"2026-13-01\"");
        bad.put(List.of("--severity", "core/total-sum=loud"), "--severity: expected error, warning or info, got \"loud\"");
        bad.put(List.of("--fail-on", "sometimes"), "--fail-on: expected error, warning, info or none, got \"sometimes\"");
        bad.put(List.of("--rule-timeout", "10h"), "--rule-timeout: expected a positive duration such as 500ms, 10s or 2m, got \"10h\"");
        bad.put(List.of("--rule-timeout"), "--rule-timeout: a value is missing");
        bad.put(List.of("--colour", "x"), "unknown option --colour");
        bad.put(List.of("--format", ","), "--format: no format named; expected one or more of ");
        bad.put(List.of("--format", " , "), "--format: unknown format \" \"; expected one of ");   // verify's words for it
        bad.forEach((option, expected) -> {
            List<String> args = new ArrayList<>(List.of("facts", "--out", "x"));
            args.addAll(option);
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> SparkVerify.parse(args.toArray(String[]::new)), option.toString());
            assertTrue(e.getMessage().startsWith(expected), e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        });
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SparkVerify.parse(new String[] {"facts", "--out", "x", "--max-firings", "many"}));
        assertTrue(e.getMessage().contains("--max-firings") && e.getMessage().contains("many"), e.getMessage());

        // As verify takes them: every --format named; and the later of --rule-timeout and --rule-timeout-ms.
        JobSpec spec = SparkVerify.parse(new String[] {"facts", "--out", "x", "--format", "md", "--format", "json,sarif",
                "--rule-timeout", "2s", "--rule-timeout-ms", "700", "--disable", "a,b", "--disable", "c"}).spec();
        assertEquals(claimcheck.report.Renderers.of(List.of("md", "json", "sarif")).stream().map(claimcheck.report.Renderer::format).toList(),
                spec.formats());
        assertEquals(700, spec.ruleTimeoutMillis());
        assertEquals(List.of("a", "b", "c"), spec.disabled());
    }

    @Test
    void helpListsTheOptionsTheJobTakesAndNotThoseItRefuses() {
        picocli.CommandLine cl = SparkVerify.commandLine();
        cl.parseArgs("--help");
        assertTrue(cl.isUsageHelpRequested());
        String usage = cl.getUsageMessage();
        for (String option : List.of("--out", "--rules", "--config", "--disable", "--severity", "--fail-on", "--baseline", "--as-of",
                "--max-firings", "--rule-timeout", "--rule-timeout-ms", "--time-limit", "--text-root", "--reference", "--corroborate",
                "--format", "--publisher", "--article-url", "--review-date", "--repo-root", "--write-baseline", "--justification"))
            assertTrue(usage.contains(option + "="), option + " in\n" + usage);
        assertTrue(usage.contains("--no-coverage"), usage);
        for (String refused : List.of("--stdin", "--jobs", "--no-cache"))
            assertTrue(cl.getCommandSpec().findOption(refused).hidden() && !usage.contains("[" + refused), refused + " in\n" + usage);
    }

    @Test
    void writeBaselineWritesVerifysBytesAndJudgesByThem(@TempDir Path tmp) throws IOException {
        Path generated = tmp.resolve("generated");
        Articles.write(generated, 200, 8, 4, 31);
        Path again = tmp.resolve("again");
        Files.createDirectories(again);
        Files.copy(generated.resolve("article-00000.json"), again.resolve("copy.json"));   // a duplicate id: rejected, not recorded
        String[] inputs = {"facts/mx-us-transfers-2026-01.yaml", "facts/examples", generated.toString(), again.toString()};

        // A first baseline, recorded from nothing.
        Cli cli = verify(tmp.resolve("cli"), concat(inputs, "--write-baseline", tmp.resolve("cli.yaml").toString()));
        SparkVerify.Result result = job(tmp.resolve("spark"), concat(inputs, "--write-baseline", tmp.resolve("job.yaml").toString()));
        String recorded = Files.readString(tmp.resolve("cli.yaml"));
        assertTrue(recorded.contains("article: article-00000"), recorded);
        assertEquals(recorded, Files.readString(tmp.resolve("job.yaml")), "verify's baseline, byte for byte");
        assertEquals(cli.exit(), result.exitCode());
        assertEquals(2, result.exitCode(), "the duplicate id");
        assertEquals(0, result.gateFailures(), "every finding is recorded, so suppressed");
        assertSameFindings(cli, rows(tmp.resolve("spark")));

        // Again, onto it: a justification and an expiry a person wrote are kept, an expired entry stays expired, the
        // entries of an article not checked are kept, and those of an article whose findings went are dropped.
        String edited = recorded.replaceFirst("justification: [^\n]*", "justification: checked by hand")
                .replaceFirst("(justification: recorded with[^\n]*)", "$1\n    expires: 2026-01-15")
                + "  - article: gone-article\n    rule: core/total-sum\n    facts: [total]\n    quotes: []\n    justification: kept\n";
        Files.writeString(tmp.resolve("cli.yaml"), edited);
        Files.writeString(tmp.resolve("job.yaml"), edited);
        String[] fewer = {"facts/mx-us-transfers-2026-01.yaml", generated.toString()};
        cli = verify(tmp.resolve("cli2"), concat(fewer, "--write-baseline", tmp.resolve("cli.yaml").toString(), "--justification", "new"));
        result = job(tmp.resolve("spark2"), concat(fewer, "--write-baseline", tmp.resolve("job.yaml").toString(), "--justification", "new"));
        String rerecorded = Files.readString(tmp.resolve("cli.yaml"));
        assertTrue(rerecorded.contains("checked by hand") && rerecorded.contains("gone-article") && rerecorded.contains("expires: 2026-01-15"), rerecorded);
        assertEquals(rerecorded, Files.readString(tmp.resolve("job.yaml")), "verify's baseline, byte for byte");
        assertEquals(cli.exit(), result.exitCode());
        assertEquals(1, result.exitCode(), "the expired entry suppresses nothing");
        assertSameFindings(cli, rows(tmp.resolve("spark2")));
    }

    private static void assertSameFindings(Cli cli, List<JsonNode> rows) {
        int ok = 0;
        for (JsonNode row : rows) {
            if (!row.get("status").asText().equals("ok")) continue;
            ok++;
            assertEquals(cli.findings().get(row.get("articleId").asText()), row.get("findingsJson").asText(), row.get("source").asText());
        }
        assertEquals(cli.findings().size(), ok);
    }

    private static String[] concat(String[] a, String... b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }

    @Test
    void badInputBecomesRowsWithVerifysLinesAndTheRestGoesOn(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Articles.write(in, 6, 8, 0, 7);
        // Names Spark's own listing would skip or miss; verify's finder takes them all.
        Files.move(in.resolve("article-00001.json"), in.resolve(".hidden.json"));
        Files.move(in.resolve("article-00002.json"), in.resolve("_under.json"));
        Files.move(in.resolve("article-00003.json"), in.resolve("UPPER.JSON"));
        Files.copy(in.resolve("article-00004.json"), in.resolve("article-00004-again.json"));   // a duplicate id
        Files.writeString(in.resolve("bad.yaml"), "article:\n  id: bad\n  title: 7\nfacts: []\n");  // fails validation

        Cli cli = verify(tmp.resolve("cli"), in.toString());
        SparkVerify.Result result = job(tmp.resolve("spark"), in.toString());

        List<JsonNode> rows = rows(tmp.resolve("spark"));
        List<String> errors = new ArrayList<>();
        int ok = 0;
        for (JsonNode row : rows) {
            if (row.get("status").asText().equals("input-error")) errors.add(row.get("message").asText());
            else {
                ok++;
                assertEquals(cli.findings().get(row.get("articleId").asText()), row.get("findingsJson").asText());
            }
        }
        assertEquals(6, ok, "the three oddly named files and the others are all checked");
        assertEquals(cli.findings().size(), ok);
        assertEquals(2, errors.size(), errors.toString());
        List<String> printed = cli.err().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(printed, errors, "the same located lines verify prints");
        assertTrue(errors.stream().anyMatch(e -> e.contains("article-00004-again.json") && e.contains("article.id")), errors.toString());
        assertEquals(2, result.inputErrors());
        assertEquals(2, cli.exit());
        assertEquals(cli.exit(), result.exitCode());
    }

    @Test
    void anAcceptanceOfAnUnknownRuleIsThatArticlesInputError(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        Articles.write(in, 3, 8, 0, 9);
        Path bad = in.resolve("article-00001.json");
        Files.writeString(bad, Files.readString(bad).replaceFirst("\"kind\":\"event\"", "\"accept\":{\"rule\":\"core/no-such-rule\",\"reason\":\"r\"},\"kind\":\"event\""));
        Cli alone = verify(tmp.resolve("cli"), bad.toString());
        SparkVerify.Result result = job(tmp.resolve("spark"), in.toString());

        List<JsonNode> rows = rows(tmp.resolve("spark"));
        assertEquals(List.of("ok", "input-error", "ok"), rows.stream().map(r -> r.get("status").asText()).toList());
        assertEquals(alone.err().strip(), rows.get(1).get("message").asText(), "the line verify prints");
        assertTrue(alone.err().contains("core/no-such-rule"), alone.err());
        assertEquals(2, alone.exit());
        assertEquals(2, result.exitCode());
    }

    @Test
    void aRuleThatLoopsIsStoppedByTheSameLimitsAndRecordedForItsArticleAlone(@TempDir Path tmp) throws IOException {
        Path pack = tmp.resolve("looping");
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
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "They sent 3 people.");
        for (String id : List.of("first", "second", "third"))
            Files.writeString(in.resolve(id + ".yaml"), """
                    article: {id: %s, title: T, published: 2026-01-20, text: a.txt}
                    facts:
                      - {id: e1, kind: event, type: %s, quote: sent 3 people}
                    """.formatted(id, id.equals("second") ? "loop" : "transfer"));

        StringWriter o = new StringWriter(), e = new StringWriter();
        int exit = Main.run(new String[] {"verify", in.toString(), "--rules", pack.toString(), "--max-firings", "2000", "--as-of", AS_OF,
                "--format", "json", "--out", tmp.resolve("cli").toString(), "--quiet"}, new PrintWriter(o, true), new PrintWriter(e, true));
        SparkVerify.Result result = job(tmp.resolve("spark"), in.toString(), "--rules", pack.toString(), "--max-firings", "2000");

        List<JsonNode> rows = rows(tmp.resolve("spark"));
        assertEquals(List.of("ok", "rule-error", "ok"), rows.stream().map(r -> r.get("status").asText()).toList());
        assertEquals(e.toString().strip(), rows.get(1).get("message").asText(), "the line verify prints");
        assertEquals(Files.readString(tmp.resolve("cli/third/findings.json")), rows.get(2).get("findingsJson").asText());
        assertEquals(3, exit);
        assertEquals(1, result.ruleErrors());
        assertEquals(exit, result.exitCode());
    }
}
