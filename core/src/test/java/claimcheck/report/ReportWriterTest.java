package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.Deadline;
import claimcheck.InputError;
import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article's report folder is written all or nothing, only where a folder belongs, and within a size limit. */
class ReportWriterTest {
    @TempDir Path dir;

    private ReportWriter writer() {
        return new ReportWriter(dir, List.of(new JsonRenderer(), new MarkdownRenderer()), Scenarios.options());
    }

    private static Map<String, String> files(String... nameThenText) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenText.length; i += 2) m.put(nameThenText[i], nameThenText[i + 1]);
        return m;
    }

    private List<String> listing(Path d) throws IOException {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aNewFolderReplacesThePreviousOneWhole() throws IOException {
        Path a = dir.resolve("a");
        Files.createDirectories(a);
        Files.writeString(a.resolve("findings.json"), "old");
        Files.writeString(a.resolve("report.html"), "old");
        writer().write("a", files("findings.json", "new"));
        // no old report.html beside the new findings.json: the folder is this run's, all of it
        assertEquals(List.of("findings.json"), listing(a));
        assertEquals("new", Files.readString(a.resolve("findings.json")));
        assertEquals(List.of("a"), listing(dir), "nothing left beside it");
    }

    @Test
    void aFailurePartwayLeavesThePreviousFolderAsItWas() throws IOException {
        Path a = dir.resolve("a");
        Files.createDirectories(a);
        Files.writeString(a.resolve("findings.json"), "old");
        Files.writeString(a.resolve("findings.md"), "old");
        // the second file cannot be written (its folder does not exist): the first was already
        assertThrows(IOException.class, () -> writer().write("a", files("findings.json", "new", "missing/findings.md", "new")));
        assertEquals("old", Files.readString(a.resolve("findings.json")));
        assertEquals("old", Files.readString(a.resolve("findings.md")));
        assertEquals(List.of("a"), listing(dir), "the half-built folder is removed");
    }

    @Test
    void whatAKilledRunLeftIsRepaired() throws IOException {
        // killed between moving the previous folder aside and the new one in: only the previous one is left
        Path aside = dir.resolve(".a.old-x1.tmp");
        Files.createDirectories(aside);
        Files.writeString(aside.resolve("findings.json"), "old");
        Path halfBuilt = dir.resolve(".a.new-x2.tmp");
        Files.createDirectories(halfBuilt);
        Files.writeString(halfBuilt.resolve("findings.json"), "{\"half");
        writer().write("a", files("findings.json", "new"));
        assertEquals("new", Files.readString(dir.resolve("a/findings.json")));
        assertEquals(List.of("a"), listing(dir));
    }

    /** One writer, many articles: the folder is listed for leftovers once, and each article still repairs its own. */
    @Test
    void oneWriterRepairsEveryArticlesLeftovers() throws IOException {
        for (String id : List.of("a", "b", "a.b")) {
            Path aside = dir.resolve("." + id + ".old-x1.tmp");
            Files.createDirectories(aside);
            Files.writeString(aside.resolve("findings.json"), "old " + id);
            Files.createDirectories(dir.resolve("." + id + ".new-x2.tmp"));
        }
        ReportWriter writer = writer();
        writer.write("a", files("findings.json", "new a"));
        // the other articles' leftovers wait for their own write (a.b's are not a's)
        assertEquals(List.of(".a.b.new-x2.tmp", ".a.b.old-x1.tmp", ".b.new-x2.tmp", ".b.old-x1.tmp", "a"), listing(dir));
        writer.write("b", files("findings.json", "new b"));
        writer.write("a.b", files("findings.json", "new a.b"));
        assertEquals(List.of("a", "a.b", "b"), listing(dir));
        for (String id : List.of("a", "b", "a.b")) assertEquals("new " + id, Files.readString(dir.resolve(id).resolve("findings.json")));
    }

    @Test
    void onlyFoldersOfReportsAreReplaced() throws IOException {
        ReportWriter w = writer();
        Files.writeString(dir.resolve("file"), "x");
        InputError notAFolder = assertThrows(InputError.class, () -> w.checkTargets(List.of("file")));
        assertTrue(notAFolder.oneLine().startsWith("--out: "), notAFolder.oneLine());
        Path b = dir.resolve("b");
        Files.createDirectories(b.resolve("src"));
        Files.writeString(b.resolve("findings.json"), "old");
        InputError foreign = assertThrows(InputError.class, () -> w.checkTargets(List.of("b")));
        assertTrue(foreign.oneLine().contains("holds src, which is not a report"), foreign.oneLine());
        Files.delete(b.resolve("src"));
        Files.writeString(b.resolve(".findings.json12345.tmp"), "left by a killed run");
        w.checkTargets(List.of("b", "new"));
    }

    @Test
    void outMustBeAFolderOrBecomeOne() throws IOException {
        Files.writeString(dir.resolve("file"), "x");
        assertEquals("--out: " + dir.resolve("file") + " is not a folder",
                assertThrows(InputError.class, () -> ReportWriter.checkFolder(dir.resolve("file"), "--out")).oneLine());
        assertThrows(InputError.class, () -> ReportWriter.checkFolder(dir.resolve("file/below"), "--out"));
        ReportWriter.checkFolder(dir.resolve("new/deeper"), "--out");
    }

    @Test
    void aReportOverTheSizeLimitFailsItsArticleOnly() throws IOException {
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        ReportWriter small = new ReportWriter(dir, List.of(new JsonRenderer(), new HtmlRenderer()), Scenarios.options(), 1000);
        ReportWriter.TooLarge e = assertThrows(ReportWriter.TooLarge.class, () -> small.render(r));
        assertEquals(r.source() + ": findings.json: report larger than the limit of 1000 bytes; no report written for this article", e.getMessage());
        // the limit counts UTF-8 bytes, not chars: "€" is three
        ReportWriter.Bounded w = new ReportWriter.Bounded("x", 6);
        w.write("€€");
        assertThrows(ReportWriter.TooLarge.class, () -> w.write("€"));
        // each way of writing counts, and keeps what it wrote
        ReportWriter.Bounded each = new ReportWriter.Bounded("x", 7);
        each.write("a€b", 1, 2);
        each.write(new char[] {'c', 'é', 'd'}, 1, 1);
        each.write('!');
        assertEquals("€bé!", each.toString());
        assertThrows(ReportWriter.TooLarge.class, () -> each.write('?'));
        assertFalse(new ReportWriter(dir, List.of(new JsonRenderer()), Scenarios.options()).render(r).get("findings.json").isEmpty());
    }

    @Test
    void anArticleWrittenStraightFromItsRenderingHoldsWhatRenderingGives() throws IOException {
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        ReportWriter all = new ReportWriter(dir.resolve("bytes"), Renderers.of(List.of("all")), Scenarios.options());
        Map<String, String> rendered = all.render(r);
        assertTrue(rendered.values().stream().anyMatch(t -> t.chars().anyMatch(c -> c > 0x7f)), "the sample's reports hold non-ASCII text");
        List<Path> written = all.write(r, Deadline.after(Duration.ofMinutes(1)));
        assertEquals(rendered.keySet().stream().map(n -> dir.resolve("bytes").resolve(r.article().id()).resolve(n)).toList(), written);
        for (Map.Entry<String, String> e : rendered.entrySet())
            assertEquals(e.getValue(), Files.readString(dir.resolve("bytes").resolve(r.article().id()).resolve(e.getKey())), e.getKey());
    }

    @Test
    void textWithALoneSurrogateIsNotWrittenAtAll() throws IOException {
        Path a = dir.resolve("a");
        Files.createDirectories(a);
        Files.writeString(a.resolve("findings.json"), "old");
        // a lone surrogate has no UTF-8: as Files.writeString, an error, and the previous folder stays
        assertThrows(CharacterCodingException.class, () -> writer().write("a", files("findings.json", "x\ud800y")));
        assertEquals("old", Files.readString(a.resolve("findings.json")));
        assertEquals(List.of("a"), listing(dir));
        // pairs are one code point of 4 bytes, as String.getBytes has them
        String pairs = "\ud83d\ude00 a\u00e9\u20ac";
        writer().write("a", files("findings.json", pairs));
        assertEquals((long) pairs.getBytes(StandardCharsets.UTF_8).length, Files.size(a.resolve("findings.json")));
        assertEquals(pairs, Files.readString(a.resolve("findings.json")));
    }

    /** UTF-8 bytes of {@code s}, a surrogate counted as 2 (a pair is the 4 bytes of its code point). */
    private static long utf8(CharSequence s) {
        return s.chars().mapToLong(c -> c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate((char) c) ? 2 : 3).sum();
    }

    @Test
    void theSizeLimitIsTheUtf8SizeOfAllWrittenWhateverTheWrites() throws IOException {
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        String alphabet = "ab\u00e9\u20ac\ud83d\ude00<";  // 1, 2 and 3 bytes, a surrogate pair, ASCII markup
        for (int round = 0; round < 2000; round++) {
            long limit = random.nextInt(60);
            ReportWriter.Bounded w = new ReportWriter.Bounded("x", limit);
            StringBuilder all = new StringBuilder();
            for (int write = 0; write < 12; write++) {
                StringBuilder piece = new StringBuilder();
                for (int i = random.nextInt(6); i > 0; i--) piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
                all.append(piece);
                if (utf8(all) > limit) {
                    assertThrows(ReportWriter.TooLarge.class, () -> w.write(piece.toString()), all.toString());
                    break;
                }
                w.write(piece.toString());
                assertEquals(all.toString(), w.toString());
            }
        }
    }
}
