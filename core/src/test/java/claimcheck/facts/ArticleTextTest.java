package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import claimcheck.Deadline;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {
    @Test
    void foldsTypographicQuotesDashesAndSpace() {
        ArticleText t = new ArticleText("First line.\nShe said \u2018not on the table\u2019 \u2014 twice,\n  across\tlines.");
        Span s = t.locate("said 'not on the table' - twice, across lines");
        assertEquals(2, s.line());
        assertEquals(5, s.column());
        assertEquals("said \u2018not on the table\u2019 \u2014 twice,\n  across\tlines", t.slice(s));
        assertEquals(3, s.endLine());
    }

    @Test
    void caseAndWordsMustMatch() {
        ArticleText t = new ArticleText("Former President X spoke.");
        assertNull(t.locate("former President X"));
        assertNull(t.locate("President Y"));
    }

    @Test
    void offsetsAndColumnsCountCodePoints() {
        // an emoji is two UTF-16 chars but one character as editors count it
        ArticleText t = new ArticleText("\uD83D\uDE00 Garc\u00eda said \u062a\u0645\u0627\u0645.\r\nNext: 37 people");
        Span s = t.locate("said");
        assertEquals(9, s.start());
        assertEquals(10, s.column());
        Span n = t.locate("37 people");
        assertEquals(2, n.line());
        assertEquals(7, n.column());
    }

    @Test
    void emptyQuoteIsNotFound() {
        assertNull(new ArticleText("text").locate("   "));
    }

    // Whole words: a quote whose edge is a letter or digit does not start or end inside a word.

    @Test
    void aQuoteDoesNotMatchInsideAWord() {
        ArticleText t = new ArticleText("They sent 37 inmates. Trumpeters played.");
        assertNull(t.locate("7 inmates"));
        assertNull(t.locate("Trump"));
        assertNull(t.locate("sen"));
        assertNull(t.locate("ent 37"));
    }

    @Test
    void theFirstWholeWordOccurrenceWins() {
        ArticleText t = new ArticleText("They sent 37 inmates, then 7 inmates more.");
        Span s = t.locate("7 inmates");
        assertEquals(27, s.start());
        assertEquals("7 inmates", t.slice(s));
    }

    @Test
    void punctuationAndSpaceAreWordEdges() {
        ArticleText t = new ArticleText("(Trump's) \"Sheinbaum\"-era: 3.7 percent");
        assertEquals("Trump", t.slice(t.locate("Trump")));
        assertEquals("Sheinbaum", t.slice(t.locate("Sheinbaum")));
        assertEquals("7 percent", t.slice(t.locate("7 percent")));
        // a quote whose edge is not a letter or digit needs no boundary there
        assertEquals("'s)", t.slice(t.locate("'s)")));
    }

    @Test
    void lettersAndDigitsOfEveryScriptMakeWords() {
        ArticleText t = new ArticleText("Jos\u00e9Luis habl\u00f3 \u0627\u0644\u0648\u0632\u064a\u0631 \u0661\u0662");
        assertNull(t.locate("Jos\u00e9"), "Jos\u00e9 is the start of the word Jos\u00e9Luis");
        assertNull(t.locate("\u0644\u0648\u0632\u064a\u0631"), "inside an Arabic word");
        assertNull(t.locate("\u0662"), "inside a number written in Arabic-Indic digits");
        assertNotNull(t.locate("\u0627\u0644\u0648\u0632\u064a\u0631"));
    }

    @Test
    void scriptsWithoutSpacesBetweenWordsStillMatchInsideSentences() {
        ArticleText t = new ArticleText("\u6211\u8bf4\u4e2d\u6587\u5f88\u597d\u3002\u0e2a\u0e27\u0e31\u0e2a\u0e14\u0e35\u0e04\u0e23\u0e31\u0e1a");
        assertEquals(2, t.locate("\u4e2d\u6587").start());
        assertEquals(11, t.locate("\u0e14\u0e35").start());
    }

    @Test
    void anEllipsisMakesThatEndAFragment() {
        ArticleText t = new ArticleText("They sent 37 inmates to Texas.");
        Span start = t.locate("...7 inmates");
        assertEquals("7 inmates", t.slice(start));
        assertEquals("7 inmates", t.slice(t.locate("\u2026 7 inmates")), "the typographic ellipsis, and a space after it");
        assertEquals("They sent 37 in", t.slice(t.locate("They sent 37 in...")));
        assertEquals("nmate", t.slice(t.locate("\u2026nmate\u2026")));
        // only the marked end is free: the other still needs its boundary
        assertNull(t.locate("...7 inmate"));
        assertNull(t.locate("...") , "an ellipsis alone quotes nothing");
    }

    @Test
    void anEllipsisInTheTextIsNotHalfMatched() {
        ArticleText t = new ArticleText("And then\u2026 silence.");
        assertNull(t.locate("then.."));
        assertEquals("then", t.slice(t.locate("then...")));
    }

    // Unicode normal form: composed and decomposed accents are the same text; offsets stay in the original.

    @Test
    void decomposedAccentsInTheTextMatchComposedQuotes() {
        String text = "Dr. Jose\u0301 Garci\u0301a spoke.\nThen Jose\u0301 left.";
        ArticleText t = new ArticleText(text);
        Span s = t.locate("Jos\u00e9 Garc\u00eda");
        assertEquals(4, s.start());
        assertEquals(17, s.end(), "J o s e \u0301 space G a r c i \u0301 a: 13 code points of the original");
        assertEquals("Jose\u0301 Garci\u0301a", t.slice(s));
        assertEquals(5, s.column());
        assertEquals(17, s.endColumn());
        Span then = t.locate("Then Jos\u00e9");
        assertEquals(2, then.line());
        assertEquals(1, then.column());
        assertEquals(2, then.endLine());
        assertEquals(10, then.endColumn(), "the last code point, the combining accent, is column 10");
        assertEquals("Then Jose\u0301", t.slice(then));
        assertNull(t.locate("Jose"), "Jose is not Jos\u00e9, however the accent is written");
    }

    @Test
    void decomposedQuotesMatchComposedText() {
        ArticleText t = new ArticleText("President Claudia Sheinbaum and Nicol\u00e1s Maduro");
        Span s = t.locate("Nicola\u0301s Maduro");
        assertEquals(32, s.start());
        assertEquals("Nicol\u00e1s Maduro", t.slice(s));
    }

    @Test
    void hangulJamoComposeIntoSyllables() {
        ArticleText t = new ArticleText("\uac00 \u1112\u1161\u11ab\uad6d");
        Span s = t.locate("\ud55c\uad6d");
        assertEquals(2, s.start());
        assertEquals(6, s.end());
    }

    // Time: linear search, bounded by the deadline.

    @Test
    void aLongQuoteInALongTextIsBoundedInTime() {
        // Once 133 s with String.indexOf: 1,000,000 letters and a quote of 100,000 of the same letter.
        String text = "a".repeat(1_000_000);
        String quote = "a".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            ArticleText t = new ArticleText(text);
            assertNull(t.locate(quote, Deadline.after(Duration.ofSeconds(5))), "every occurrence is inside the one long word");
            ArticleText ending = new ArticleText(text + " b");
            Span s = ending.locate(quote.substring(1) + " b", Deadline.after(Duration.ofSeconds(5)));
            assertNull(s, "still inside the word, at its start");
            Span fragment = ending.locate("..." + quote.substring(1) + " b", Deadline.after(Duration.ofSeconds(5)));
            assertEquals(900_001, fragment.start());
        });
    }

    @Test
    void anExpiredDeadlineStopsTheSearch() {
        ArticleText t = new ArticleText("They sent 37 inmates.");
        Deadline past = new Deadline(Duration.ofSeconds(1), System.nanoTime() - 1);
        assertThrows(Deadline.Expired.class, () -> t.locate("37 inmates", past));
    }

    @Test
    void spansCountCodePointsWhereverSurrogatePairsAndLinesFall() {
        // Pieces of 1, 2 (an emoji: a surrogate pair) and 3 chars, so pairs straddle every kind of boundary.
        String[] pieces = {"a", "\u201C", "\uD83D\uDE00", "\n", "\u00E9t\u00E9", " ", "7"};
        StringBuilder b = new StringBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        while (b.length() < 5000) b.append(pieces[random.nextInt(pieces.length)]);
        String text = b.toString();
        ArticleText article = new ArticleText(text);
        for (int start = 0; start < text.length(); start += 1 + random.nextInt(7)) {
            if (Character.isLowSurrogate(text.charAt(start))) continue;
            int end = Math.min(text.length(), start + 1 + random.nextInt(40));
            if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) end++;
            int startLine = text.lastIndexOf('\n', start - 1) + 1, last = Math.max(start, end - 1), endLine = text.lastIndexOf('\n', last - 1) + 1;
            Span expected = new Span(text.codePointCount(0, start), text.codePointCount(0, end),
                    (int) text.substring(0, start).chars().filter(c -> c == '\n').count() + 1, text.codePointCount(startLine, start) + 1,
                    (int) text.substring(0, last).chars().filter(c -> c == '\n').count() + 1, text.codePointCount(endLine, last) + 1);
            assertEquals(expected, article.span(start, end), "chars " + start + "-" + end);
        }
    }

    @Test
    void theSearchFindsTheFirstOccurrenceHoweverTheQuoteRepeatsItself() {
        // Symbols only: no word boundaries, folding or ellipses apply, so the first match is String.indexOf's.
        // A small alphabet makes partial matches, and the search's falling back within them, frequent.
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        String alphabet = "-+*";
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(1, 200); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String quote;
            if (random.nextBoolean()) {
                int from = random.nextInt(text.length());
                quote = text.substring(from, Math.min(text.length(), from + random.nextInt(1, 12)));
            } else {
                StringBuilder q = new StringBuilder();
                for (int i = random.nextInt(1, 10); i > 0; i--) q.append(alphabet.charAt(random.nextInt(alphabet.length())));
                quote = q.toString();
            }
            int at = text.indexOf(quote);
            Span s = new ArticleText(text.toString()).locate(quote);
            if (at < 0) assertNull(s, text + " / " + quote);
            else assertEquals(List.of(at, at + quote.length()), List.of(s.start(), s.end()), text + " / " + quote);
        }
    }
}
