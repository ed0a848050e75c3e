package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.FailOn;
import claimcheck.findings.Severity;
import claimcheck.rules.RuleCatalog;
import claimcheck.rules.RuleInfo;
import claimcheck.rules.RuleLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing from the facts or the article reaches findings.md, nor from a rule pack the catalog's Markdown, as live Markdown or HTML. */
class MarkdownEscapingTest {
    @TempDir Path dir;

    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "[click me](javascript:alert(1))",
            "![tracker](http://127.0.0.1/pixel.png)",
            "`code` | pipe *bold* _em_ ~~strike~~",
            "<a href=\"javascript:alert(1)\">link</a>");

    @Test
    void hostileStringsRenderAsText() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Officials spoke. " + String.join(" ", HOSTILE) + "\n");
        StringBuilder facts = new StringBuilder("""
                article: {id: hostile, title: "<script>alert('title')</script> [x](javascript:alert(2))", published: 2026-01-20, text: a.txt}
                facts:
                """);
        for (int i = 0; i < HOSTILE.size(); i++) {
            String q = HOSTILE.get(i).replace("\\", "\\\\").replace("\"", "\\\"");
            // one quote found in the text, one not (so it is repeated in a finding's message)
            facts.append("  - {id: q").append(i).append(", kind: quote, speaker: \"").append(q).append("\", words: w, quote: \"").append(q).append("\"}\n");
            facts.append("  - {id: m").append(i).append(", kind: quote, speaker: s, words: w, quote: \"missing ").append(q).append("\"}\n");
        }
        Files.writeString(dir.resolve("f.yaml"), facts);
        ArticleReport report = new Engine(new RuleLoader().load(List.of(Path.of("rules"))), EngineLimits.DEFAULT,
                new ArticleReport.Tool("claimcheck", "test")).check(new FactsLoader().load(dir.resolve("f.yaml"), "f.yaml"), FailOn.ERROR);
        StringWriter md = new StringWriter();
        new MarkdownRenderer().render(report, new ReportOptions(List.of(), dir.toAbsolutePath(), null, null,
                java.time.LocalDate.of(2026, 1, 21), "https://example.org/claimcheck"), md);
        String out = md.toString();

        assertTrue(out.contains("quote not found"), "the hostile quotes reach the report: " + out);
        assertFalse(out.contains("<script"), out);
        assertFalse(out.contains("<img"), out);
        assertFalse(out.contains("<a "), out);
        // a link or image needs an unescaped "](": every "]" from the data is escaped
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(").matcher(out).find(), out);
        assertTrue(out.contains("&lt;script&gt;"), out);
        assertTrue(out.contains("\\[click me\\]"), out);
        // every table row still has its four cells: no pipe from the data split a row
        for (String line : out.split("\n"))
            if (line.startsWith("| error")) assertTrue(line.replace("\\|", "").chars().filter(c -> c == '|').count() == 5, line);
    }

    /**
     * findings.md is a pull-request comment: what GitHub or GitLab would turn into a mention, an issue
     * link or a link goes into a code span, where neither does. One case per class of live text.
     */
    @Test
    void mentionsReferencesAndBareUrlsAreNotLive() {
        assertEquals("says `@octocat`.", Templates.markdown("says @octocat."));
        assertEquals("`@github/security` and `@all`", Templates.markdown("@github/security and @all"));
        assertEquals("in `#123`, `owner/repo#7`, `GH-9`", Templates.markdown("in #123, owner/repo#7, GH-9"));
        assertEquals("GitLab `!12` and `&3`", Templates.markdown("GitLab !12 and &3"));
        assertEquals("see `https://example.org/a?b=1`.", Templates.markdown("see https://example.org/a?b=1."));
        assertEquals("(`HTTP://EXAMPLE.ORG/x`)", Templates.markdown("(HTTP://EXAMPLE.ORG/x)"));
        assertEquals("`www.example.org` or `ana@example.org`", Templates.markdown("www.example.org or ana@example.org"));
        // inside the span, only what would end it or a table cell is replaced
        assertEquals("`https://example.org/a_b*c`", Templates.markdown("https://example.org/a_b*c"));
        // and text that is not live stays as it was: money, words with a # or @ inside, bare numbers
        assertEquals("$5 for C#7 or a@b, 12 % \\*", Templates.markdown("$5 for C#7 or a@b, 12 % *"));
    }

    @Test
    void noLiveTextIsLeftOutsideACodeSpan() {
        String md = Templates.markdown("x @a #1 https://e.org/p www.e.org b@e.org GH-2 o/r#3 !4 &5 y");
        // drop every code span: what remains has no @, # or URL left
        String outside = md.replaceAll("`[^`]*`", "");
        assertFalse(outside.matches("(?s).*(@|#\\d|https?:|www\\.|GH-\\d|!\\d|&\\d).*"), md);
    }

    /**
     * One escaper, two uses: a page kept in a repository (docs/rules.md) escapes exactly like a comment
     * and only leaves mentions, references and links as text, where they notify no one and links work.
     */
    @Test
    void aPageEscapesLikeACommentButKeepsLinks() {
        String plain = "<b>|`x`*y*_z_[a]~~s~~\\ line\nend & more";
        String escaped = "&lt;b&gt;\\|\\`x\\`\\*y\\*\\_z\\_\\[a\\]\\~\\~s\\~\\~\\\\ line end &amp; more";
        assertEquals(escaped, Templates.markdown(plain, Templates.LiveReferences.KEEP));
        assertEquals(escaped, Templates.markdown(plain, Templates.LiveReferences.NEUTRALISE));
        assertEquals("see https://example.org/a\\_b or @octocat in #12",
                Templates.markdown("see https://example.org/a_b or @octocat in #12", Templates.LiveReferences.KEEP));
    }

    @Test
    void theCatalogsMarkdownEscapesWhatARulePackWrites() {
        RuleInfo hostile = new RuleInfo("x/a|b`c", Severity.WARNING, "<script>alert(1)</script> | ~~struck~~ [x](javascript:alert(1))",
                "Help with <img src=x onerror=alert(1)>\nand a | pipe; see https://example.org/docs.", "x", "rules/x/a.drl", 3);
        String md = CatalogRenderer.render(new RuleCatalog(List.of(hostile), List.of()), "md");
        assertFalse(md.contains("<script"), md);
        assertFalse(md.contains("<img"), md);
        assertFalse(java.util.regex.Pattern.compile("(?<!\\\\)\\]\\(").matcher(md).find(), md);
        assertTrue(md.contains("| `x/a\\|b'c` | warning | &lt;script&gt;alert(1)&lt;/script&gt; \\| \\~\\~struck\\~\\~ \\[x\\](javascript:alert(1)) | `x/a.drl:3` |\n"), md);
        assertTrue(md.contains("\n### `x/a\\|b'c`\n\n**&lt;script&gt;"), md);
        assertTrue(md.contains("\nHelp with &lt;img src=x onerror=alert(1)&gt; and a \\| pipe; see https://example.org/docs.\n"), md);
        assertFalse(md.contains("Fact kinds declared by packs"), "no kinds, no section: " + md);
    }

    @Test
    void textLeftOutOfTheSearchForLiveReferencesHoldsNone() {
        // mayBeLive only lets the search skip text; it must never skip text the search would find something in.
        String alphabet = "aw W.gG h-H:/@#!&1 9x_`";
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        int live = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String s = b.toString();
            boolean found = Templates.LIVE.matcher(s).find();
            if (found) live++;
            assertTrue(!found || Templates.mayBeLive(s), s);
        }
        assertTrue(live > 1000, "the random texts hold live references: " + live);
        for (String s : List.of("see https://x.org", "WWW.example.org", "gh-12", "a@b.co", "@team", "#12", "!3", "&4"))
            assertTrue(Templates.mayBeLive(s), s);
        assertFalse(Templates.mayBeLive("37 = 37, stated 37 (transfer of 2025-08, t-aug)"));
    }
}
