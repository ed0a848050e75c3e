package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Offsets and indexes agree with String's own counting, from the start, at every place of texts across many blocks. */
class CodePointIndexTest {
    private static final String[] PIECES = {"a", "é", "\u201C", "\uD83D\uDE00", "\uD83D", "\uDE00", "\n", "\u0301", "7"};

    private static String text(SplittableRandom random, int length) {
        StringBuilder b = new StringBuilder();
        while (b.length() < length) b.append(PIECES[random.nextInt(PIECES.length)]);
        return b.toString();
    }

    private static void assertAgrees(String text) {
        CodePointIndex index = CodePointIndex.of(text);
        int codePoints = text.codePointCount(0, text.length());
        for (int n = 0; n <= codePoints; n++) assertEquals(text.offsetByCodePoints(0, n), index.charIndex(n), "offset " + n);
        for (int i = 0; i <= text.length(); i++) assertEquals(text.codePointCount(0, i), index.codePointsBefore(i), "index " + i);
        assertThrows(IndexOutOfBoundsException.class, () -> index.charIndex(codePoints + 1));
    }

    @Test
    void textsWithPairsAndLoneSurrogatesAcrossBlocks() {
        SplittableRandom random = new SplittableRandom(11);
        for (int length : new int[] {0, 1, 1023, 1024, 1025, 5000}) assertAgrees(text(random, length));
    }

    @Test
    void aPairSplitByABlockBoundary() {
        String text = "a".repeat(1023) + "\uD83D\uDE00" + "b".repeat(1500) + "\uD83D\uDE00";
        assertAgrees(text);
    }

    @Test
    void plainTexts() {
        assertAgrees("a plain text, caf\u00E9 \u201Cquoted\u201D " + "x".repeat(3000));
    }

    @Test
    void slicesBetweenOffsets() {
        String text = "\uD83D\uDE00 caf\u00E9 " + "y".repeat(2000) + " \uD83D\uDE00 end";
        CodePointIndex index = CodePointIndex.of(text);
        int n = text.codePointCount(0, text.length());
        assertEquals("end", index.slice(new Span(n - 3, n, 1, 1, 1, 1)));
        assertEquals("caf\u00E9", index.slice(new Span(2, 6, 1, 1, 1, 1)));
    }
}
