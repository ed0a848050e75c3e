package claimcheck.facts;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text and the means to find a quote in it. Quotes match after folding what editors
 * and web pages vary without changing the words: typographic quotes and apostrophes, dashes,
 * ellipses and runs of white space (including line ends and non-breaking spaces). Matching is
 * otherwise exact, case included.
 */
public final class ArticleText {
    private final String text;
    private final String folded;
    /** For each char of {@code folded}, the index in {@code text} of the char it came from. */
    private final int[] origin;
    /** For each char of {@code folded}, the index in {@code text} just after its source. */
    private final int[] originEnd;
    /** Char index where each line starts. */
    private final int[] lineStarts;

    public ArticleText(String text) {
        this.text = text;
        StringBuilder f = new StringBuilder(text.length());
        List<int[]> map = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isSpace(cp)) {
                int j = next;
                while (j < text.length() && isSpace(text.codePointAt(j))) j += Character.charCount(text.codePointAt(j));
                f.append(' ');
                map.add(new int[] {i, j});
                i = j;
                continue;
            }
            String r = fold(cp);
            for (int k = 0; k < r.length(); k++) map.add(new int[] {i, next});
            f.append(r);
            i = next;
        }
        this.folded = f.toString();
        this.origin = new int[map.size()];
        this.originEnd = new int[map.size()];
        for (int k = 0; k < map.size(); k++) {
            origin[k] = map.get(k)[0];
            originEnd[k] = map.get(k)[1];
        }
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) starts.add(i + 1);
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String text() { return text; }

    /** Where {@code quote} first occurs, or null when it does not. */
    public Span locate(String quote) {
        String q = foldAll(quote).strip();
        if (q.isEmpty()) return null;
        int at = folded.indexOf(q);
        if (at < 0) return null;
        int start = origin[at];
        int end = originEnd[at + q.length() - 1];
        // A folded space stands for the whole run; a match ending in one would be stripped, so it cannot.
        return span(start, end);
    }

    /** The span of chars {@code [start, end)} of the text, in code points, lines and columns. */
    public Span span(int start, int end) {
        int startLine = lineOf(start), endLine = lineOf(Math.max(start, end - 1));
        return new Span(text.codePointCount(0, start), text.codePointCount(0, end),
                startLine + 1, text.codePointCount(lineStarts[startLine], start) + 1,
                endLine + 1, text.codePointCount(lineStarts[endLine], Math.max(start, end - 1)) + 1);
    }

    /** The text between two code point offsets, as found by {@link #locate}. */
    public String slice(Span span) {
        return text.substring(text.offsetByCodePoints(0, span.start()), text.offsetByCodePoints(0, span.end()));
    }

    private int lineOf(int charIndex) {
        int lo = 0, hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= charIndex) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The folded form of any text, as quotes are compared. */
    public static String foldAll(String s) {
        StringBuilder f = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                if (!space) f.append(' ');
                space = true;
                continue;
            }
            space = false;
            f.append(fold(cp));
        }
        return f.toString();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0xFEFF;
    }

    private static String fold(int cp) {
        switch (cp) {
            case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC: case 0x0060: case 0x00B4:
                return "'";
            case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
                return "\"";
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
                return "-";
            case 0x2026:
                return "...";
            default:
                return new String(Character.toChars(cp));
        }
    }
}
