package claimcheck.facts;

import claimcheck.input.InputLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import claimcheck.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Facts files built to break the loader end in one clear line, quickly; docs/reliability.md lists them. */
class HostileInputTest {
    @TempDir Path dir;

    static final String ARTICLE = "article: {id: a1, title: T, published: 2026-01-20, text: a.txt}\n";

    @BeforeEach
    void text() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
    }

    private String error(String name, String content) throws IOException {
        return error(name, content, InputLimits.DEFAULT);
    }

    private String error(String name, String content, InputLimits limits) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputError.class, () -> new FactsLoader(limits).load(p, name)).oneLine());
    }

    @Test
    void billionLaughsFailsFast() throws IOException {
        StringBuilder y = new StringBuilder(ARTICLE + "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            y.append("x").append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 9; k++) y.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
            y.append("]\n");
        }
        y.append("facts: [{id: e1, kind: event, type: t, quote: *a9}]\n");
        assertEquals("f.yaml:8:10: x6[0]: more than 1000000 values (YAML aliases expanded); is this a \"billion laughs\" file?",
                error("f.yaml", y.toString()));
    }

    @Test
    void aliasesWithinTheBoundAreExpanded() throws IOException {
        Path p = dir.resolve("f.yaml");
        Files.writeString(p, ARTICLE + """
                facts:
                  - {id: e1, kind: event, type: transfer, quote: &q [sent 3 people]}
                  - {id: m1, kind: mention, refers: e1, value: 3, quote: *q}
                """);
        assertEquals("sent 3 people", new FactsLoader().load(p, "f.yaml").facts().get(1).quotes().get(0));
    }

    @Test
    void unknownAlias() throws IOException {
        assertEquals("f.yaml:2:47: facts[0].quote: YAML alias *nowhere names no anchored list or map (anchors on single values are not supported; repeat the value)",
                error("f.yaml", ARTICLE + "facts: [{id: e1, kind: event, type: t, quote: *nowhere}]\n"));
    }

    @Test
    void yamlTagsThatBuildObjectsAreRefused() throws IOException {
        assertEquals("f.yaml:1:10: article: YAML tags (tag:yaml.org,2002:javax.script.ScriptEngineManager) are not allowed: a facts file is plain data",
                error("f.yaml", "article: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]\nfacts: []\n"));
        assertEquals("f.yaml:2:47: facts[0].quote: YAML tags (tag:yaml.org,2002:str) are not allowed: a facts file is plain data",
                error("f.yaml", ARTICLE + "facts: [{id: e1, kind: event, type: t, quote: !!str x}]\n"));
    }

    @Test
    void deepNesting() throws IOException {
        assertEquals("f.json:1:49: article.x[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: nested deeper than the limit of 32 levels",
                error("f.json", "{\"article\": {\"x\": " + "[".repeat(5000) + "]".repeat(5000) + "}}"));
        String yaml = error("f.yaml", "article:\n  x: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        assertEquals("nested deeper than the limit of 32 levels", yaml.substring(yaml.lastIndexOf(": ") + 2));
    }

    @Test
    void longText() throws IOException {
        String e = error("f.yaml", ARTICLE + "facts: [{id: e1, kind: event, type: t, quote: " + "x".repeat(100_001) + "}]\n");
        assertEquals("f.yaml:2:47: facts[0].quote: text longer than the limit of 100000 characters",
                e.replaceAll("text of 100001 characters, more than the limit of 100000", "text longer than the limit of 100000 characters"));
    }

    @Test
    void tooManyFacts() throws IOException {
        InputLimits three = new InputLimits(1 << 20, 1 << 20, 32, 1000, 3, 10_000);
        StringBuilder y = new StringBuilder(ARTICLE + "facts:\n");
        for (int i = 0; i < 4; i++) y.append("  - {id: e").append(i).append(", kind: event, type: t, quote: sent}\n");
        assertEquals("f.yaml:3:3: facts: 4 facts, more than the limit of 3", error("f.yaml", y.toString(), three));
    }

    @Test
    void oversizedFiles() throws IOException {
        InputLimits small = new InputLimits(100, 10, 32, 1000, 10, 10_000);
        assertEquals("f.yaml: facts file of 101 bytes, larger than the limit of 100 bytes",
                error("f.yaml", ARTICLE + "#".repeat(100 - ARTICLE.length()) + "\n", small));
        assertEquals("f.yaml:1:58: article.text: a.txt: article text file of 19 bytes, larger than the limit of 10 bytes",
                error("f.yaml", ARTICLE + "facts: []\n", small));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".nan|f.yaml:2:57: facts[0].count: not a finite number: .nan",
        ".inf|f.yaml:2:57: facts[0].count: not a finite number: .inf",
        "-.Inf|f.yaml:2:57: facts[0].count: not a finite number: -.Inf",
        "1e400|f.yaml:2:57: facts[0].count: number out of range: 10000000000000000000... (numbers stay below 10^15)",
        "99999999999999999999999999|f.yaml:2:57: facts[0].count: number out of range: 99999999999999999999... (numbers stay below 10^15)",
        "0.1234567890123|f.yaml:2:57: facts[0].count: number with more than 12 decimal places",
    })
    void numbersMustBeFiniteAndModest(String number, String message) throws IOException {
        assertEquals(message, error("f.yaml", ARTICLE + "facts: [{id: e1, kind: event, type: t, quote: x, count: " + number + "}]\n"));
    }

    @Test
    void jsonNaNIsMalformed() throws IOException {
        assertEquals("f.json:1:78: malformed JSON: Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow",
                error("f.json", "{\"article\": {\"id\": \"a1\", \"title\": \"T\", \"published\": \"2026-01-20\", \"text\": NaN}, \"facts\": []}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'../../etc'|expected an id of letters, digits, '.', '_' or '-' (at most 128, starting with a letter or digit), got \"../../etc\"",
        "'/etc/passwd'|expected an id of letters, digits, '.', '_' or '-' (at most 128, starting with a letter or digit), got \"/etc/passwd\"",
        "'a\\0b'|expected an id of letters, digits, '.', '_' or '-' (at most 128, starting with a letter or digit), got \"a\\u0000b\"",
        "'CON'|id \"CON\" is a reserved device name and cannot name a report folder",
        "'nul.txt'|id \"nul.txt\" is a reserved device name and cannot name a report folder",
        "'lpt1'|id \"lpt1\" is a reserved device name and cannot name a report folder",
        "'report.'|id cannot end with '.'",
    })
    void articleIdsCannotEscapeTheReportFolder(String id, String message) throws IOException {
        String yamlId = id.replace("\\0", "\\0");
        String e = error("f.yaml", "article: {id: \"" + yamlId + "\", title: T, published: 2026-01-20, text: a.txt}\nfacts: []\n");
        assertEquals("f.yaml:1:15: article.id: " + message, e);
    }
}
