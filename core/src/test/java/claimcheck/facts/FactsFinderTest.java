package claimcheck.facts;

import claimcheck.input.InputLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import claimcheck.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a folder search reads as facts files, and which it refuses or skips; docs/reliability.md lists them. */
class FactsFinderTest {
    static final String SECRET = "AWS_SECRET_ACCESS_KEY=abc123";

    @TempDir Path tmp;
    Path dir;
    Path out;

    static String facts(String id) {
        return "article: {id: " + id + ", title: T, published: 2026-01-20, text: a.txt}\nfacts: []\n";
    }

    @BeforeEach
    void folder() throws IOException {
        dir = Files.createDirectory(tmp.resolve("facts"));
        out = dir.resolve("reports");
        Files.writeString(dir.resolve("a.txt"), "They sent 3 people.");
        Files.writeString(dir.resolve("a.yaml"), facts("a1"));
    }

    private FactsFinder.Found find(Path... named) { return new FactsFinder(InputLimits.DEFAULT, out).find(List.of(named)); }

    private String refused(Path... named) {
        String e = assertThrows(InputError.class, () -> find(named)).oneLine();
        assertFalse(e.contains("abc123"), e);
        return e;
    }

    @Test
    void aLinkedFactsFileOutsideTheFolderIsRefused() throws IOException {
        Path outside = Files.writeString(tmp.resolve("env.yaml"), SECRET + "\n");
        Files.createSymbolicLink(dir.resolve("evil.yaml"), outside);
        assertEquals(dir.resolve("evil.yaml") + ": a link to outside the folder searched (" + dir
                + "); refused: facts files and their folders must really be inside it", refused(dir));
    }

    @Test
    void aLinkedFolderOutsideTheFolderIsRefused() throws IOException {
        Files.createDirectory(tmp.resolve("elsewhere"));
        Files.writeString(tmp.resolve("elsewhere/b.yaml"), facts("b1"));
        Files.createSymbolicLink(dir.resolve("sub"), tmp.resolve("elsewhere"));
        assertEquals(dir.resolve("sub") + ": a link to outside the folder searched (" + dir
                + "); refused: facts files and their folders must really be inside it", refused(dir));
    }

    @Test
    void linksInsideTheFolderAreReadOnce() throws IOException {
        Files.createDirectory(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/b.yaml"), facts("b1"));
        Files.createSymbolicLink(dir.resolve("also-b.yaml"), dir.resolve("sub/b.yaml"));
        Files.createSymbolicLink(dir.resolve("same-sub"), dir.resolve("sub"));
        assertEquals(List.of(dir.resolve("a.yaml"), dir.resolve("also-b.yaml")), find(dir).facts());
    }

    @Test
    void theReportFolderIsNotSearched() throws IOException {
        // A second run over the same folder: the first run's reports are beside the facts.
        Files.createDirectories(out.resolve("a1"));
        Files.writeString(out.resolve("a1/findings.yaml"), facts("a1"));
        assertEquals(List.of(dir.resolve("a.yaml")), find(dir).facts());
        // The same folder however it is spelled.
        Files.createSymbolicLink(tmp.resolve("out-link"), out);
        assertEquals(List.of(dir.resolve("a.yaml")), new FactsFinder(InputLimits.DEFAULT, tmp.resolve("out-link")).find(List.of(dir)).facts());
        assertEquals(List.of(dir.resolve("a.yaml")), new FactsFinder(InputLimits.DEFAULT, dir.resolve("./reports")).find(List.of(dir)).facts());
    }

    @Test
    void filesThatAreNotFactsFilesAreSkipped() throws IOException {
        Files.createDirectories(dir.resolve("old/a1"));
        Path findings = Files.writeString(dir.resolve("old/a1/findings.json"),
                "{\"schemaVersion\": \"1\", \"tool\": {}, \"article\": {\"id\": \"a1\"}, \"facts\": []}");
        Path config = Files.writeString(dir.resolve("claimcheck.yaml"), "rules: [rules]\n");
        Path list = Files.writeString(dir.resolve("list.yml"), "- a\n- b\n");
        Path noArticle = Files.writeString(dir.resolve("typo.yaml"), "artcle: {}\nfacts: []\n");
        Path broken = Files.writeString(dir.resolve("broken.yaml"), "article: [\n");
        FactsFinder.Found found = find(dir);
        assertEquals(List.of(dir.resolve("a.yaml"), broken), found.facts());  // a file that cannot be parsed is loaded, so its error is shown
        assertEquals(List.of(config, list, findings, noArticle), found.skipped());
    }

    @Test
    void aFolderWithNoFactsFilesIsAnError() throws IOException {
        Path empty = Files.createDirectory(tmp.resolve("empty"));
        Files.writeString(empty.resolve("claimcheck.yaml"), "rules: [rules]\n");
        assertEquals(empty + ": no facts files in this folder (.yaml, .yml or .json files with an article block)", refused(empty));
    }

    @Test
    void aFileNamedItselfThatIsNotAFactsFileIsOneLine() throws IOException {
        Path findings = Files.writeString(tmp.resolve("f.json"), "[\"" + SECRET + "\"]");
        assertEquals(findings + ": not a facts file: it has no article block", refused(findings));
        Path env = Files.writeString(tmp.resolve("env.yaml"), SECRET + "\n");
        assertEquals(env + ": not a facts file: it has no article block", refused(env));
        // A facts file with a mistake is left to the loader, which names line, column and field.
        Path typo = Files.writeString(tmp.resolve("typo.yaml"), facts("a1") + "factz: []\n");
        assertEquals(List.of(typo), find(typo).facts());
    }

    @Test
    void articleIdsDifferingOnlyInCaseAreRefusedTogether() throws IOException {
        Files.writeString(dir.resolve("b.yaml"), facts("A1"));
        Files.writeString(dir.resolve("c.yaml"), facts("a1"));
        FactsLoader loader = new FactsLoader();
        ArticleIds ids = new ArticleIds();
        ids.add(loader.load(dir.resolve("a.yaml"), "a.yaml"));
        InputError e = assertThrows(InputError.class, () -> ids.add(loader.load(dir.resolve("b.yaml"), "b.yaml")));
        assertEquals("b.yaml:1:15: article.id: article id \"A1\" differs only in case from \"a1\" in a.yaml; "
                + "reports would overwrite each other on case-insensitive file systems", e.oneLine());
        e = assertThrows(InputError.class, () -> ids.add(loader.load(dir.resolve("c.yaml"), "c.yaml")));
        assertEquals("c.yaml:1:15: article.id: article id \"a1\" is also used by a.yaml; reports would overwrite each other", e.oneLine());
    }

    @Test
    void aGlobPatternSearchesTheFolderBeforeItsFirstWildcard() throws IOException {
        Files.createDirectories(dir.resolve("2026/jan"));
        Files.writeString(dir.resolve("2026/jan/b.yaml"), facts("b1"));
        Files.writeString(dir.resolve("2026/c.json"), "{\"article\": {\"id\": \"c1\"}, \"facts\": []}");
        Files.writeString(dir.resolve("2026/claimcheck.yaml"), "rules: [rules]\n");
        // * stays within a segment, ** crosses them; files that are not facts files are skipped, as in a folder.
        assertEquals(List.of(dir.resolve("a.yaml")), find(dir.resolve("*.yaml")).facts());
        assertEquals(List.of(dir.resolve("2026/c.json"), dir.resolve("2026/jan/b.yaml")), find(dir.resolve("2026/**")).facts());
        assertEquals(List.of(dir.resolve("2026/claimcheck.yaml")), find(dir.resolve("2026/**")).skipped());
        assertEquals(List.of(dir.resolve("2026/jan/b.yaml")), find(dir.resolve("*/jan/*.{yaml,yml}")).facts());
        // A ** segment also stands for no folder, as in bash with globstar and in git.
        assertEquals(List.of(dir.resolve("2026/jan/b.yaml"), dir.resolve("a.yaml")), find(dir.resolve("**/*.yaml")).facts());
        assertEquals(List.of(dir.resolve("2026/c.json")), find(dir.resolve("2026/**/*.json")).facts());
        assertEquals(List.of(dir.resolve("2026/jan/b.yaml")), find(dir.resolve("**/jan/**/*.yaml")).facts());
        assertEquals(dir.resolve("*.txt") + ": no facts files match this pattern (.yaml, .yml or .json files with an article block)",
                refused(dir.resolve("*.txt")));
        assertEquals(dir.resolve("none/*.yaml") + ": no facts files match: " + dir.resolve("none") + " is not a folder",
                refused(dir.resolve("none/*.yaml")));
        // A file whose name holds a wildcard is that file; a link to outside is refused under a pattern too.
        Path literal = Files.writeString(dir.resolve("odd[1].yaml"), facts("d1"));
        assertEquals(List.of(literal), find(literal).facts());
        Files.createSymbolicLink(dir.resolve("2026/evil.yaml"), Files.writeString(tmp.resolve("env.yaml"), SECRET + "\n"));
        assertEquals(dir.resolve("2026/evil.yaml") + ": a link to outside the folder searched (" + dir.resolve("2026")
                + "); refused: facts files and their folders must really be inside it", refused(dir.resolve("2026/*.yaml")));
    }

    @Test
    void aDoubleStarSegmentIsTriedWithAndWithoutIt() throws IOException {
        assertEquals(List.of("**/*.yaml", "*.yaml"), FactsFinder.withFoldersOrNone(List.of("**", "*.yaml"), "/"));
        assertEquals(List.of("**/*.yaml", "*.yaml"), FactsFinder.withFoldersOrNone(List.of("**", "**", "*.yaml"), "/"));
        assertEquals(List.of("a/**/b/**/*.json", "a/**/b/*.json", "a/b/**/*.json", "a/b/*.json"),
                FactsFinder.withFoldersOrNone(List.of("a", "**", "b", "**", "*.json"), "/"));
        // A last ** is a file's whole path: it needs something to match.
        assertEquals(List.of("2026/**"), FactsFinder.withFoldersOrNone(List.of("2026", "**"), "/"));
        assertEquals(List.of("x**/*.yaml"), FactsFinder.withFoldersOrNone(List.of("x**", "*.yaml"), "/"));
        // Each ** doubles the variants: a pattern may hold eight, not nine.
        assertEquals(256, FactsFinder.withFoldersOrNone(List.of("**/a/**/b/**/c/**/d/**/e/**/f/**/g/**/h/*.json".split("/")), "/").size());
        assertEquals(dir.resolve("**/a/**/b/**/c/**/d/**/e/**/f/**/g/**/h/**/*.json") + ": not a glob pattern: more than 8 '**' segments",
                refused(dir.resolve("**/a/**/b/**/c/**/d/**/e/**/f/**/g/**/h/**/*.json")));
    }
}
