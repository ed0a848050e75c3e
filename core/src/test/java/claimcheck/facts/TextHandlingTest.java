package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import claimcheck.InputError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines and columns stay right whatever the text is made of. Columns count characters as Unicode
 * code points: a tab, a combining accent, an Arabic letter, a Chinese character and an emoji are
 * one column each.
 */
class TextHandlingTest {
    @TempDir Path dir;

    private Span locate(byte[] articleBytes, String quote) throws IOException {
        Files.write(dir.resolve("a.txt"), articleBytes);
        Files.writeString(dir.resolve("f.yaml"), """
                article: {id: a1, title: T, published: 2026-01-20, text: a.txt}
                facts:
                  - {id: e1, kind: event, type: t, quote: "%s"}
                """.formatted(quote));
        FactsFile f = new FactsLoader().load(dir.resolve("f.yaml"), "f.yaml");
        return f.text().locate(quote);
    }

    private static byte[] utf8(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void lineEnds(String eol) throws IOException {
        Span s = locate(utf8("first" + eol + "second" + eol + "the quote here" + eol), "quote here");
        assertEquals(3, s.line());
        assertEquals(5, s.column());
    }

    @Test
    void byteOrderMarkIsNotText() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = utf8("Start here.");
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, 3);
        System.arraycopy(text, 0, both, 3, text.length);
        Span s = locate(both, "Start");
        assertEquals(0, s.start());
        assertEquals(1, s.column());
    }

    @Test
    void tabsAreOneColumn() throws IOException {
        assertEquals(3, locate(utf8("\t\tX marks"), "X marks").column());
    }

    @Test
    void nonLatinScriptsCombiningMarksAndEmoji() throws IOException {
        // Arabic (4), space, Chinese (2), space, e + combining acute (2), space, emoji (1), space: 13 code points
        String prefix = "\u062a\u0645\u0627\u0645 \u4e2d\u6587 e\u0301 \uD83D\uDE00 ";
        Span s = locate(utf8(prefix + "37 people"), "37 people");
        assertEquals(13, prefix.codePointCount(0, prefix.length()));
        assertEquals(13, s.start());
        assertEquals(14, s.column());
        assertEquals(22, s.end());
        Span arabic = locate(utf8("\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064a\u0631"), "\u0627\u0644\u0648\u0632\u064a\u0631");
        assertEquals(5, arabic.column());
    }

    @Test
    void quotesAcrossLineEndsKeepStartAndEnd() throws IOException {
        Span s = locate(utf8("one two\r\nthree four"), "two three");
        assertEquals(1, s.line());
        assertEquals(5, s.column());
        assertEquals(2, s.endLine());
        assertEquals(5, s.endColumn());
    }

    @Test
    void invalidUtf8InTheArticleNamesTheByte() throws IOException {
        byte[] bad = {'o', 'k', ' ', (byte) 0xFF, 'x'};
        Files.write(dir.resolve("a.txt"), bad);
        Files.writeString(dir.resolve("f.yaml"), "article: {id: a1, title: T, published: 2026-01-20, text: a.txt}\nfacts: []\n");
        InputError e = assertThrows(InputError.class, () -> new FactsLoader().load(dir.resolve("f.yaml"), "f.yaml"));
        assertEquals("f.yaml:1:58: article.text: a.txt: not valid UTF-8 at byte offset 3", e.oneLine());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n"})
    void factsFilePositionsWithCrLfAndBom(String eol) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        String yaml = "\uFEFFarticle: {id: a1, title: T, published: 2026-01-20, text: a.txt}" + eol
                + "facts:" + eol + "  - {id: e1, kind: event, type: t, quote: x, count: thirty}" + eol;
        Files.writeString(dir.resolve("f.yaml"), yaml);
        InputError e = assertThrows(InputError.class, () -> new FactsLoader().load(dir.resolve("f.yaml"), "f.yaml"));
        assertEquals(3, e.line());
        assertEquals(53, e.column());
    }

    @Test
    void factsFileColumnsCountCodePoints() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "x");
        // the emoji before the bad value is one column, not two
        for (String name : new String[] {"f.yaml", "f.json"}) {
            String content = name.endsWith("json")
                    ? "{\"article\": {\"id\": \"a1\", \"title\": \"\uD83D\uDE00\", \"published\": \"2026-01-20\", \"text\": \"a.txt\", \"x\": 1}, \"facts\": []}"
                    : "article: {id: a1, title: \"\uD83D\uDE00\", published: 2026-01-20, text: a.txt, x: 1}\nfacts: []\n";
            Files.writeString(dir.resolve(name), content);
            InputError e = assertThrows(InputError.class, () -> new FactsLoader().load(dir.resolve(name), name));
            int expected = content.codePointCount(0, content.indexOf(name.endsWith("json") ? "\"x\"" : "x:")) + 1;
            assertEquals(expected, e.column(), name + ": " + e.oneLine());
        }
    }
}
