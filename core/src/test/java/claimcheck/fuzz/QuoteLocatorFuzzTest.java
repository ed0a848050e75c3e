package claimcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.Deadline;
import claimcheck.facts.ArticleText;
import claimcheck.facts.NormalText;
import claimcheck.facts.Span;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;

/**
 * The quote matcher on any text and any quote: it never throws, it finishes within a generous
 * bound however the two repeat each other (the search is linear), and what it finds is the quote,
 * on word boundaries unless an ellipsis marks that end, at the line and column its offsets say.
 */
class QuoteLocatorFuzzTest {
    /** Far above what a linear search of these sizes takes, far below what a quadratic one can. */
    static final Duration BOUND = Duration.ofSeconds(2);

    @FuzzTest(maxDuration = "15s")
    void locate(FuzzedDataProvider data) {
        check(data);
    }

    /** Entry point for long campaigns with the Jazzer driver (.ci/fuzz). */
    public static void fuzzerTestOneInput(FuzzedDataProvider data) {
        check(data);
    }

    static void check(FuzzedDataProvider data) {
        // Taken from the end of the input, so the text and the quote read from its start as before. Repeated
        // inputs are slow under the fuzzer's instrumentation, so one marker byte value asks for them.
        boolean repeated = data.consumeByte() == 1;
        String shortText = data.consumeString(4000);
        String shortQuote = data.consumeRemainingAsString();
        // Worst cases of naive search are long repetitions: a text of ~20,000 chars, a quote of ~2,000.
        String text = repeated ? repeat(shortText, 20_000) : shortText;
        String quote = repeated ? repeat(shortQuote, 2_000) : shortQuote;
        ArticleText t = new ArticleText(text);
        Span s = t.locate(quote, Deadline.after(BOUND)); // Deadline.Expired fails the run
        String normal = NormalText.of(quote);
        assertEquals(normal, NormalText.of(normal), "normalising twice changes nothing");
        if (s == null) return;

        String found = t.slice(s);
        String core = ArticleText.foldAll(quote).strip();
        boolean fragmentStart = core.startsWith("...");
        if (fragmentStart) core = core.substring(3).strip();
        boolean fragmentEnd = core.endsWith("...");
        if (fragmentEnd) core = core.substring(0, core.length() - 3).strip();
        String q = core;
        assertTrue(ArticleText.foldAll(found).contains(q), () -> "span " + s + " holds \"" + found + "\", not \"" + quote + "\"");

        int start = text.offsetByCodePoints(0, s.start());
        int end = text.offsetByCodePoints(start, s.end() - s.start());
        if (!fragmentStart && NormalText.isWordChar(q.codePointAt(0)) && start > 0)
            assertFalse(NormalText.isWordChar(text.codePointBefore(start)), () -> "span " + s + " starts inside a word");
        if (!fragmentEnd && NormalText.isWordChar(q.codePointBefore(q.length())) && end < text.length())
            assertFalse(NormalText.isWordChar(text.codePointAt(end)), () -> "span " + s + " ends inside a word");

        // the line and column agree with the offset
        String before = text.substring(0, start);
        int lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
        long lines = before.chars().filter(c -> c == '\n').count() + before.replace("\r\n", "\n").chars().filter(c -> c == '\r').count();
        assertEquals(lines + 1, s.line());
        assertEquals(before.codePointCount(lineStart, before.length()) + 1, s.column());
    }

    private static String repeat(String s, int length) {
        return s.isEmpty() ? s : s.repeat(Math.max(1, length / s.length()));
    }
}
