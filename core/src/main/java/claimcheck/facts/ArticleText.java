package claimcheck.facts;

import claimcheck.Deadline;
import claimcheck.input.LineStarts;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * An article's text and the means to find a quote in it. Quotes match after the text and the quote
 * are both put in Unicode NFC (a decomposed accent matches a composed one) and folded where editors
 * and web pages vary without changing the words: typographic quotes and apostrophes, dashes,
 * ellipses and runs of white space (including line ends and no-break spaces). Matching is otherwise
 * exact, case included, and whole-word: a quote whose first or last character is a letter or digit
 * must not start or end inside a word of the text ("7 inmates" is not in "37 inmates"). A quote that
 * starts or ends with an ellipsis ({@code ...} or {@code …}) is a fragment at that end: the ellipsis
 * is not matched and that end may cut a word. The first occurrence that keeps these rules wins.
 *
 * <p>Search is linear in the text and the quote (Knuth–Morris–Pratt over the folded text), whatever
 * either holds, and watches a {@link Deadline}. Offsets always point into the original text.
 */
public final class ArticleText {
    private final String text;
    /** The text folded, as chars: the search reads every one for each quote, and an array is read fastest. */
    private final char[] folded;
    /** For each char of {@code folded}, the index in {@code text} of the cluster it came from. */
    private final int[] origin;
    /** For each char of {@code folded}, the index in {@code text} just after its cluster. */
    private final int[] originEnd;
    /** Char index where each line starts. */
    private final int[] lineStarts;
    /** Code-point offsets of the text, which spans count, from char indexes and back. */
    private final CodePointIndex codePoints;

    /** How many chars of text the search covers between looks at the deadline. */
    private static final int CHECK_EVERY = 1 << 16;

    public ArticleText(String text) {
        this.text = text;
        Folding f = new Folding(text.length());
        // Most texts are NFC already; then each code point is its own cluster.
        boolean nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int j = nfc ? i + Character.charCount(cp) : NormalText.clusterEnd(text, i);
            if (nfc || j - i == 1 && cp < 0x300) {
                f.add(cp, i, j);
            } else {
                String n = Normalizer.normalize(text.substring(i, j), Normalizer.Form.NFC);
                for (int k = 0; k < n.length(); ) {
                    int c = n.codePointAt(k);
                    f.add(c, i, j);
                    k += Character.charCount(c);
                }
            }
            i = j;
        }
        this.folded = new char[f.text.length()];
        f.text.getChars(0, folded.length, folded, 0);
        this.origin = Arrays.copyOf(f.origin, f.text.length());
        this.originEnd = Arrays.copyOf(f.originEnd, f.text.length());
        this.lineStarts = LineStarts.of(text);
        this.codePoints = CodePointIndex.of(text);
    }

    private int codePointsBefore(int charIndex) { return codePoints.codePointsBefore(charIndex); }

    public String text() { return text; }

    /** Where {@code quote} first occurs, or null when it does not; within the default time limit. */
    public Span locate(String quote) {
        return locate(quote, Deadline.after(Deadline.DEFAULT_LIMIT));
    }

    /**
     * Where {@code quote} first occurs as a whole-word match (see the class comment), or null when it
     * does not.
     *
     * @throws Deadline.Expired when {@code deadline} passes during the search
     */
    public Span locate(String quote, Deadline deadline) {
        deadline.check();
        String q = foldAll(quote).strip();
        boolean fragmentStart = q.startsWith("...");
        if (fragmentStart) q = q.substring(3).strip();
        boolean fragmentEnd = q.endsWith("...");
        if (fragmentEnd) q = q.substring(0, q.length() - 3).strip();
        if (q.isEmpty()) return null;
        boolean wordStart = !fragmentStart && NormalText.isWordChar(q.codePointAt(0));
        boolean wordEnd = !fragmentEnd && NormalText.isWordChar(q.codePointBefore(q.length()));

        char[] p = q.toCharArray();
        int m = p.length;
        int[] border = borders(p);
        int k = 0;
        int n = folded.length;
        char first = p[0];
        for (int i = 0, nextCheck = 0; i < n; i++) {
            if (k == 0) {
                // Nothing of the quote matched: skip to the next char it can start with (most of the text, mostly).
                while (i < n && folded[i] != first) i++;
                if (i == n) break;
            }
            if (i >= nextCheck) {
                deadline.check();
                nextCheck = i + CHECK_EVERY;
            }
            char c = folded[i];
            while (k > 0 && p[k] != c) k = border[k - 1];
            if (p[k] == c) k++;
            if (k == m) {
                int at = i - m + 1;
                if (wholeCharacters(at, i + 1) && (!wordStart || !wordCharBefore(at)) && (!wordEnd || !wordCharAt(i + 1)))
                    // A folded space stands for the whole run; a match ending in one would be stripped, so it cannot.
                    return span(origin[at], originEnd[i]);
                k = border[k - 1];
            }
        }
        return null;
    }

    /** KMP: for each prefix of {@code q}, the length of its longest proper prefix that is also its suffix. */
    private static int[] borders(char[] q) {
        int[] border = new int[q.length];
        for (int i = 1, k = 0; i < q.length; i++) {
            while (k > 0 && q[i] != q[k]) k = border[k - 1];
            if (q[i] == q[k]) k++;
            border[i] = k;
        }
        return border;
    }

    /** The folded chars {@code [from, to)} begin and end with whole characters of the text, not inside one. */
    private boolean wholeCharacters(int from, int to) {
        return (from == 0 || origin[from - 1] != origin[from]) && (to == folded.length || originEnd[to - 1] != originEnd[to]);
    }

    private boolean wordCharBefore(int at) {
        return at > 0 && NormalText.isWordChar(Character.codePointBefore(folded, at));
    }

    private boolean wordCharAt(int at) {
        return at < folded.length && NormalText.isWordChar(Character.codePointAt(folded, at));
    }

    /** The span of chars {@code [start, end)} of the text, in code points, lines and columns. */
    public Span span(int start, int end) {
        int startLine = lineOf(start), endLine = lineOf(Math.max(start, end - 1));
        int from = codePointsBefore(start), last = codePointsBefore(Math.max(start, end - 1));
        return new Span(from, codePointsBefore(end),
                startLine + 1, from - codePointsBefore(lineStarts[startLine]) + 1,
                endLine + 1, last - codePointsBefore(lineStarts[endLine]) + 1);
    }

    /** The text between two code point offsets, as found by {@link #locate}. */
    public String slice(Span span) { return codePoints.slice(span); }

    private int lineOf(int charIndex) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= charIndex) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The folded form of any text, as quotes are compared: NFC, then folded. */
    public static String foldAll(String s) {
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        Folding f = new Folding(nfc.length());
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            f.add(cp, i, i + Character.charCount(cp));
            i += Character.charCount(cp);
        }
        return f.text.toString();
    }

    /** The folded text being built, with where in the source each of its chars came from. */
    private static final class Folding {
        final StringBuilder text;
        int[] origin;
        int[] originEnd;
        boolean afterSpace;

        Folding(int capacity) {
            text = new StringBuilder(capacity);
            origin = new int[Math.max(16, capacity)];
            originEnd = new int[origin.length];
        }

        /** Folds code point {@code cp}, which came from source chars {@code [from, to)}. */
        void add(int cp, int from, int to) {
            if (NormalText.isSpace(cp)) {
                if (afterSpace) {
                    originEnd[text.length() - 1] = to; // the run's one space stands for all of it
                } else {
                    append(' ', from, to);
                    afterSpace = true;
                }
                return;
            }
            afterSpace = false;
            switch (cp) {
                case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x0060, 0x00B4 -> append('\'', from, to);
                case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB -> append('"', from, to);
                case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212 -> append('-', from, to);
                case 0x2026 -> {
                    append('.', from, to);
                    append('.', from, to);
                    append('.', from, to);
                }
                default -> {
                    if (Character.isBmpCodePoint(cp)) {
                        append((char) cp, from, to);
                    } else {
                        append(Character.highSurrogate(cp), from, to);
                        append(Character.lowSurrogate(cp), from, to);
                    }
                }
            }
        }

        private void append(char c, int from, int to) {
            int n = text.length();
            if (n == origin.length) {
                origin = Arrays.copyOf(origin, n + (n >> 1) + 16);
                originEnd = Arrays.copyOf(originEnd, origin.length);
            }
            text.append(c);
            origin[n] = from;
            originEnd[n] = to;
        }
    }
}
