package claimcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.facts.ArticleText;
import claimcheck.facts.Span;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The quote matcher on any text and any quote: it never throws, and what it finds is the quote,
 * at the line and column its offsets say.
 */
class QuoteLocatorFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void locate(FuzzedDataProvider data) {
        check(data);
    }

    /** Entry point for long campaigns with the Jazzer driver (.ci/fuzz). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        check(data);
    }

    static void check(FuzzedDataProvider data) {
        String text = data.consumeString(4000);
        String quote = data.consumeRemainingAsString();
        ArticleText t = new ArticleText(text);
        Span s = t.locate(quote);
        if (s == null) return;
        String found = t.slice(s);
        String folded = ArticleText.foldAll(quote).strip();
        assertTrue(ArticleText.foldAll(found).contains(folded), () -> "span " + s + " holds \"" + found + "\", not \"" + quote + "\"");
        // the line and column agree with the offset
        int start = text.offsetByCodePoints(0, s.start());
        String before = text.substring(0, start);
        int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        long lines = before.chars().filter(c -> c == '\n').count() + before.replace("\r\n", "\n").chars().filter(c -> c == '\r').count();
        assertEquals(lines + 1, s.line());
        assertEquals(before.codePointCount(lineStart, before.length()) + 1, s.column());
    }
}
