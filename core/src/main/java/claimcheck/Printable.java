package claimcheck;

/**
 * Text from facts files, articles, baselines and rules made safe to print on a terminal or in a CI
 * log. Line breaks would let a value start a line of its own (a GitHub Actions {@code ::error ...::}
 * workflow command, a forged summary line); ESC and other control characters drive the terminal;
 * bidi overrides make a line read differently from what it holds. Each is shown escaped instead
 * ({@code \n}, {@code \r}, {@code \t}, else {@code \u001b}), so a printed value stays on its line
 * and reads as what it is.
 */
public final class Printable {
    private Printable() {}

    /** {@code s} on one line, every character listed in the class comment escaped. */
    public static String line(String s) {
        return escape(s, false);
    }

    /** The same, but line feeds kept: for output of several lines (a catalog, a listing). */
    public static String lines(String s) {
        return escape(s, true);
    }

    /** Whether {@code c} is shown escaped: C0 and C1 controls, DEL, line and paragraph separators, bidi controls. */
    public static boolean isUnsafe(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static String escape(String s, boolean keepLineFeeds) {
        if (s == null) return "null";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean unsafe = isUnsafe(c) && !(keepLineFeeds && c == '\n');
            if (unsafe && b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            if (b == null) continue;
            if (!unsafe) b.append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b == null ? s : b.toString();
    }
}
