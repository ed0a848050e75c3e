package claimcheck.facts;

import java.util.Arrays;

/**
 * Code-point offsets (what a {@link Span} counts) and char indexes (what {@code String} methods take) of one text,
 * turned into each other in time that does not grow with the text: {@code offsetByCodePoints(0, n)} counts from the
 * start, and done for every quote, a text with one char outside Latin-1 cost time in its length per quote. The text
 * is cut into blocks of {@value #BLOCK} chars whose code points before them are counted once. Immutable.
 */
public final class CodePointIndex {
    private static final int BLOCK = 1 << 10;

    private final String text;
    /** True when every char is a code point of its own (no surrogate pair): offsets and indexes are then the same. */
    private final boolean plain;
    /** Each block's first char (moved one on where it would split a surrogate pair), and the code points before it. */
    private final int[] blockStart, blockCodePoints;

    private CodePointIndex(String text) {
        this.text = text;
        this.plain = text.codePointCount(0, text.length()) == text.length();
        int blocks = plain ? 0 : text.length() / BLOCK + 1;
        this.blockStart = new int[blocks];
        this.blockCodePoints = new int[blocks];
        for (int b = 0, counted = 0, at = 0; b < blocks; b++) {
            int start = b * BLOCK;
            if (start > 0 && start < text.length() && Character.isLowSurrogate(text.charAt(start)) && Character.isHighSurrogate(text.charAt(start - 1))) start++;
            counted += text.codePointCount(at, start);
            blockStart[b] = at = start;
            blockCodePoints[b] = counted;
        }
    }

    public static CodePointIndex of(String text) { return new CodePointIndex(text); }

    /** {@code text.codePointCount(0, charIndex)}. */
    public int codePointsBefore(int charIndex) {
        if (plain) return charIndex;
        int b = charIndex / BLOCK;
        if (charIndex < blockStart[b]) b--;
        return blockCodePoints[b] + text.codePointCount(blockStart[b], charIndex);
    }

    /** {@code text.offsetByCodePoints(0, codePoints)}: the char index {@code codePoints} code points into the text. */
    public int charIndex(int codePoints) {
        if (plain) {
            if (codePoints < 0 || codePoints > text.length()) throw new IndexOutOfBoundsException(codePoints);
            return codePoints;
        }
        int b = Arrays.binarySearch(blockCodePoints, codePoints);
        if (b < 0) b = Math.max(0, -b - 2);
        return text.offsetByCodePoints(blockStart[b], codePoints - blockCodePoints[b]);
    }

    /** The text between two code-point offsets. */
    public String slice(Span span) {
        return text.substring(charIndex(span.start()), charIndex(span.end()));
    }
}
