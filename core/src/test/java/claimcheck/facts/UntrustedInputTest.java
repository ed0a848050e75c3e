package claimcheck.facts;

import claimcheck.input.LocatedTree;
import claimcheck.input.TextFile;
import claimcheck.input.InputLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A facts file in a pull request is written by anyone: it may name any path as its text, be a link or a
 * device, alias one list thousands of times, or write numbers YAML 1.1 reads as something else. Each
 * class ends in one line naming the field, quickly, quoting nothing of a file that is not a facts file.
 * docs/reliability.md ("Untrusted paths and files") lists them.
 */
class UntrustedInputTest {
    static final String SECRET = "GITHUB_TOKEN=ghp_secret123";

    @TempDir Path tmp;
    Path dir;       // the facts file's folder
    Path secret;    // a file beside that folder, that no facts file may read

    @BeforeEach
    void folders() throws IOException {
        dir = Files.createDirectory(tmp.resolve("facts"));
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        secret = Files.writeString(tmp.resolve("secret.txt"), SECRET + "\n");
    }

    static String facts(String text) {
        return "article: {id: a1, title: T, published: 2026-01-20, text: '" + text + "'}\nfacts: []\n";
    }

    private String error(String content, FactsLoader loader) throws IOException {
        Path p = dir.resolve("f.yaml");
        Files.writeString(p, content, StandardCharsets.UTF_8);
        String line = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputError.class, () -> loader.load(p, "f.yaml")).oneLine());
        assertFalse(line.contains("ghp_secret"), line);
        return line;
    }

    private String error(String content) throws IOException { return error(content, new FactsLoader()); }

    // --- article.text outside the facts file's folder

    @Test
    void textPathsOutsideTheFolderAreRefused() throws IOException {
        assertEquals("f.yaml:1:58: article.text: ../secret.txt is outside the facts file's folder (links followed); "
                + "article texts are read only from there or from --text-root DIR", error(facts("../secret.txt")));
        assertTrue(error(facts(secret.toString())).startsWith("f.yaml:1:58: article.text: " + secret + " is outside the facts file's folder"));
        Files.createDirectory(dir.resolve("sub"));
        assertTrue(error(facts("sub/../../secret.txt")).startsWith("f.yaml:1:58: article.text: ../secret.txt is outside"));
    }

    @Test
    void linksAreJudgedByWhereTheyLead() throws IOException {
        Files.createSymbolicLink(dir.resolve("link.txt"), secret);
        assertEquals("f.yaml:1:58: article.text: link.txt is outside the facts file's folder (links followed); "
                + "article texts are read only from there or from --text-root DIR", error(facts("link.txt")));
        // A linked folder too.
        Files.createSymbolicLink(dir.resolve("up"), tmp);
        assertTrue(error(facts("up/secret.txt")).contains("up/secret.txt is outside the facts file's folder"));
        // The runner's environment, with its secrets.
        assumeTrue(Files.isReadable(Path.of("/proc/self/environ")));
        Files.createSymbolicLink(dir.resolve("env.txt"), Path.of("/proc/self/environ"));
        assertTrue(error(facts("env.txt")).startsWith("f.yaml:1:58: article.text: env.txt is outside"));
    }

    @Test
    void textsInsideTheFolderOrTheTextRootAreRead() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.txt"), "They sent 4 people.");
        Files.createSymbolicLink(dir.resolve("same.txt"), dir.resolve("a.txt"));
        Path f = dir.resolve("f.yaml");
        for (String text : new String[] {"sub/b.txt", "same.txt", "./sub/../a.txt"}) {
            Files.writeString(f, facts(text));
            assertFalse(new FactsLoader().load(f, "f.yaml").text().text().isEmpty(), text);
        }
        Path texts = Files.createDirectory(tmp.resolve("texts"));
        Files.writeString(texts.resolve("c.txt"), "They sent 5 people.");
        Files.writeString(f, facts("../texts/c.txt"));
        assertThrows(InputError.class, () -> new FactsLoader().load(f, "f.yaml"));
        FactsLoader withRoot = new FactsLoader(java.util.List.of(), InputLimits.DEFAULT, TextRoot.of(texts, "--text-root"));
        assertEquals("They sent 5 people.", withRoot.load(f, "f.yaml").text().text());
        // The root widens where texts may be, no further.
        assertEquals("f.yaml:1:58: article.text: ../secret.txt is outside the facts file's folder and --text-root " + texts.toRealPath()
                + " (links followed); article texts are read only from there", error(facts("../secret.txt"), withRoot));
        assertEquals("--text-root: " + secret + " is not a folder",
                assertThrows(InputError.class, () -> TextRoot.of(secret, "--text-root")).oneLine());
    }

    // --- special files: devices, /proc, FIFOs

    @Test
    void devicesAreNeverRead() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        FactsLoader devAllowed = new FactsLoader(java.util.List.of(), InputLimits.DEFAULT, TextRoot.of(Path.of("/dev"), "--text-root"));
        assertEquals("f.yaml:1:58: article.text: /dev/zero: article text file is not a regular file (a device, pipe or socket); only regular files are read",
                error(facts("/dev/zero"), devAllowed));
        assertEquals("zero: facts file is not a regular file (a device, pipe or socket); only regular files are read",
                assertThrows(InputError.class, () -> TextFile.read("zero", Path.of("/dev/zero"), "facts file")).oneLine());
    }

    @Test
    void sizeIsCountedWhileReadingNotTakenFromTheFileSystem() {
        // /proc files are regular files of size 0, whatever they hold.
        Path environ = Path.of("/proc/self/environ");
        assumeTrue(Files.isReadable(environ));
        String e = assertThrows(InputError.class, () -> TextFile.read("env", environ, "article text file", 1)).oneLine();
        assertEquals("env: article text file of more than 1 bytes, larger than the limit of 1 bytes", e);
    }

    @Test
    void aFifoIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("a.txt");
        Files.delete(fifo);
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        assertEquals("f.yaml:1:58: article.text: a.txt: article text file is not a regular file (a device, pipe or socket); only regular files are read",
                error(facts("a.txt")));
        Path factsFifo = dir.resolve("g.yaml");
        assumeTrue(mkfifo(factsFifo));
        assertEquals("g.yaml: facts file is not a regular file (a device, pipe or socket); only regular files are read",
                assertTimeoutPreemptively(Duration.ofSeconds(10),
                        () -> assertThrows(InputError.class, () -> new FactsLoader().load(factsFifo, "g.yaml")).oneLine()));
    }

    static boolean mkfifo(Path p) {
        try {
            Process proc = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start();
            return proc.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && proc.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    // --- errors quote nothing of a file that is not a facts file

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"article\": GITHUB_TOKEN=ghp_secret123}",
        "GITHUB_TOKEN=ghp_secret123\nOTHER=1\n",
        "{\"article\": {\"id\": \"a\"} ghp_secret123}",
    })
    void malformedJsonQuotesNoSource(String content) throws IOException {
        Path p = dir.resolve("f.json");
        Files.writeString(p, content);
        String e = assertThrows(InputError.class, () -> new FactsLoader().load(p, "f.json")).oneLine();
        assertTrue(e.startsWith("f.json:1:") && e.contains("malformed JSON: "), e);
        assertFalse(e.contains("ghp_secret") || e.contains("GITHUB_TOKEN"), e);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GITHUB_TOKEN=ghp_secret123\nOTHER: ghp_secret123\n",
        "a: b: ghp_secret123\n",
        "a: [ghp_secret123\n",
        "a: 'ghp_secret123\n",
        "a: \"x\\qghp_secret123\"\n",
    })
    void malformedYamlQuotesNoSource(String content) throws IOException {
        String e = error(content);
        assertTrue(e.startsWith("f.yaml:") && e.contains("malformed YAML: "), e);
    }

    @Test
    void problemsOfTheTextFileQuoteNothingOfIt() throws IOException {
        Files.write(dir.resolve("a.txt"), (SECRET + "\u00ff").getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("f.yaml:1:58: article.text: a.txt: not valid UTF-8 at byte offset 26", error(facts("a.txt")));
    }

    // --- aliases multiply output

    @Test
    void aliasesCannotMultiplyTheDocumentBeyondItsBound() throws IOException {
        // One 90,000-character quote, aliased 200 times: a 91 KB file, 18 million characters expanded.
        StringBuilder y = new StringBuilder(facts("a.txt").replace("facts: []\n", ""));
        y.append("q: &q [").append("x".repeat(90_000)).append("]\nfacts:\n");
        for (int i = 0; i < 200; i++) y.append("  - {id: e").append(i).append(", kind: event, type: t, quote: *q}\n");
        String e = error(y.toString());
        assertTrue(e.matches("f\\.yaml:\\d+:\\d+: facts\\[\\d+\\]\\.quote: more than 16777216 characters of keys and values \\(YAML aliases expanded\\); repeat less, or split the file"), e);
        assertEquals(2L * InputLimits.DEFAULT.maxFileBytes(), InputLimits.DEFAULT.maxExpandedChars());
    }

    @Test
    void theBoundCountsKeysAndValuesAliasedOrNot() throws IOException {
        InputLimits small = new InputLimits(1 << 20, 1 << 20, 32, 1000, 100, 10_000, 400);
        String three = "article: {id: a1, title: T, published: 2026-01-20, text: a.txt}\nq: &q {k: [" + "y".repeat(100) + "]}\nfacts: [{id: e1, kind: event, type: t, quote: x}]\n";
        assertThrows(InputError.class, () -> LocatedTree.read("f.yaml", three + "r: [*q, *q, *q]\n", small));
        LocatedTree ok = LocatedTree.read("f.yaml", three + "r: [*q, *q]\n", small);
        assertEquals(100, ok.root().at("/r/1/k/0").asText().length());
        // Without aliases, the same characters count the same.
        assertThrows(InputError.class, () -> LocatedTree.read("f.yaml", "a: [" + ("z".repeat(100) + ", ").repeat(4) + "z]\n", small));
    }

    // --- YAML 1.1 number forms

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "045|37", "0x25|37", "-0x1F|-31", "0b101|5", "3_7|37", "1_000|1000", "+37|37", "00|0", ".5|0.5", "+.5|0.5", "5.|5",
    })
    void yamlOnlyNumbersAreRefused(String written, String readAs) {
        String e = assertThrows(InputError.class, () -> LocatedTree.read("f.yaml", "a:\n  count: " + written + "\n")).oneLine();
        assertEquals("f.yaml:2:10: a.count: " + written + " is not a decimal number as articles write them (YAML would read it as " + readAs
                + "); write it in plain digits such as 37, -4 or 0.5, or quote it to keep it text", e);
    }

    @ParameterizedTest
    @ValueSource(strings = {"37", "-4", "0", "-0", "0.5", "12.25", "1e3", "2.5E-2"})
    void decimalNumbersAreRead(String written) {
        assertTrue(LocatedTree.read("f.yaml", "count: " + written + "\n").root().get("count").isNumber(), written);
        assertTrue(LocatedTree.read("f.json", "{\"count\": " + written + "}").root().get("count").isNumber(), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'045'", "\"0x25\"", "0o45", "1,000"})
    void quotedOrNonNumericFormsStayText(String written) {
        assertTrue(LocatedTree.read("f.yaml", "count: " + written + "\n").root().get("count").isTextual(), written);
    }

    @Test
    void aCountWrittenInOctalNamesTheField() throws IOException {
        assertEquals("f.yaml:3:53: facts[0].count: 045 is not a decimal number as articles write them (YAML would read it as 37); "
                        + "write it in plain digits such as 37, -4 or 0.5, or quote it to keep it text",
                error(facts("a.txt").replace("facts: []\n", "") + "facts:\n  - {id: e1, kind: event, type: t, quote: x, count: 045}\n"));
    }
}
