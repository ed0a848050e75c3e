package claimcheck.facts;

import java.text.Normalizer;

/**
 * The one normal form that names and quoted text are compared in, so that what looks the same is
 * the same: Unicode NFC (a decomposed "e" + combining acute is "é"), and any run of Unicode white
 * space (no-break and narrow spaces, tabs, line ends, the byte-order mark) is one ASCII space,
 * trimmed at both ends. Also what counts as a space, a word character and the end of a
 * normalisation cluster, for {@link ArticleText}.
 */
public final class NormalText {
    private NormalText() {}

    /** {@code s} in NFC with white space runs as one space and no space at either end; null stays null. */
    public static String of(String s) {
        if (s == null) return null;
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder b = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    /** White space as editors and web pages vary it: Java's white space, Unicode space separators, the BOM. */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
    }

    /**
     * A character that continues a word: a Unicode letter or digit, or a combining mark (which
     * belongs to the letter it sits on). A quote's edge must not cut a run of these. Scripts written
     * without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) have no such runs
     * to cut: their characters are not word characters here, or no quote of part of a sentence
     * could be found.
     */
    public static boolean isWordChar(int cp) {
        return (Character.isLetterOrDigit(cp) || isMark(cp)) && !UNSPACED.contains(Character.UnicodeScript.of(cp));
    }

    private static final java.util.Set<Character.UnicodeScript> UNSPACED = java.util.EnumSet.of(
            Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
            Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
            Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);

    /**
     * The end of the normalisation cluster that starts at {@code i}: one code point and the code
     * points that NFC may combine with or reorder around it (combining marks, Hangul vowel and
     * final jamo). NFC of a text is the NFC of its clusters, one after the other, so each cluster
     * can be normalised alone and still be traced to where it came from.
     */
    public static int clusterEnd(CharSequence s, int i) {
        int j = i + Character.charCount(Character.codePointAt(s, i));
        while (j < s.length()) {
            int cp = Character.codePointAt(s, j);
            if (!combinesBackwards(cp)) break;
            j += Character.charCount(cp);
        }
        return j;
    }

    private static boolean combinesBackwards(int cp) {
        return isMark(cp)
                || (cp >= 0x1160 && cp <= 0x11FF)  // Hangul jungseong and jongseong: join the syllable before
                || (cp >= 0xD7B0 && cp <= 0xD7FF); // Hangul jamo extended-B: the same, though NFC leaves them
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
