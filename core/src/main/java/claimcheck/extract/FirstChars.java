package claimcheck.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern's matches may start: at a character of its {@code starts:} class ({@code '[0-9$]'}); when the
 * regex opens with a negative lookbehind of one class ({@code (?<![\w-])}, after inline flags such as
 * {@code (?i)}), not after a character of that class; and when it opens with a word boundary ({@code \b}, also
 * as the first thing in its first group: {@code (?i:\b(?:in|since)\s+)}), not between two word characters.
 * Run over every article for coverage, a pattern tried at every place of the text cost more than anything else
 * verify does per article; most places hold a character no match of it starts with, and most of the rest are
 * inside a word or a number, where the lookbehind or the boundary fails anyway, but only after the matcher has
 * been reset for the try. A class that leaves out a character some match starts with loses those matches: the
 * shipped patterns are tested against full searches. The lookbehind and the boundary are read from the regex
 * itself, so they cannot disagree with it.
 */
final class FirstChars {
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z]+\\)");

    private final Pattern chars;
    private final boolean[] ascii = new boolean[128];
    /** The class no character before a match may be in, or null. */
    private final Pattern notAfter;
    private final boolean[] notAfterAscii = new boolean[128];
    /** Whether every match opens with {@code \b}. */
    private final boolean wordBoundary;

    FirstChars(Pattern chars, Pattern regex) {
        this.chars = chars;
        this.notAfter = leadingLookbehind(regex);
        this.wordBoundary = opensWithWordBoundary(regex);
        for (char c = 0; c < ascii.length; c++) {
            ascii[c] = chars.matcher(String.valueOf(c)).matches();
            notAfterAscii[c] = notAfter != null && notAfter.matcher(String.valueOf(c)).matches();
        }
    }

    /** Whether a match may start at char {@code i} of {@code text}. */
    boolean at(String text, int i) {
        char c = text.charAt(i);
        boolean starts = c < ascii.length ? ascii[c]
                : chars.matcher(Character.isHighSurrogate(c) ? new String(Character.toChars(text.codePointAt(i))) : String.valueOf(c)).matches();
        if (!starts || i == 0) return starts;
        char before = text.charAt(i - 1);
        // Between two ASCII word characters no \b holds, whatever the flags; elsewhere the matcher decides.
        if (wordBoundary && isAsciiWord(c) && isAsciiWord(before)) return false;
        if (notAfter == null) return true;
        if (Character.isSurrogate(before)) return true;  // the lookbehind reads the whole code point: let the matcher decide
        return !(before < notAfterAscii.length ? notAfterAscii[before] : notAfter.matcher(String.valueOf(before)).matches());
    }

    private static boolean isAsciiWord(char c) {
        return c < 128 && (c == '_' || Character.isLetterOrDigit(c));
    }

    /**
     * Whether {@code regex} opens with a {@code \b} every match must pass: first after inline flags, or first in
     * an opening group ({@code (?:}, {@code (?i:}, {@code (?<name>}) that is neither optional nor repeated; with no
     * alternative at the level of the {@code \b} or at the top ({@code \bx|y} does not always open with it).
     * Anything less plain ({@code \Q} quoting, say) is left to the matcher.
     */
    static boolean opensWithWordBoundary(Pattern regex) {
        String s = regex.pattern();
        if (s.contains("\\Q")) return false;
        Matcher flags = INLINE_FLAGS.matcher(s);
        int top = flags.lookingAt() ? flags.end() : 0;
        int at = top;
        Matcher open = GROUP_OPENER.matcher(s).region(top, s.length());
        boolean inGroup = open.lookingAt();
        if (inGroup) at = open.end();
        if (!s.startsWith("\\b", at) || hasAlternative(s, top)) return false;
        if (!inGroup) return true;
        int close = closingParen(s, top);
        return close > 0 && !hasAlternative(s, at) && (close + 1 == s.length() || "?*{".indexOf(s.charAt(close + 1)) < 0);
    }

    /** An opening group that holds its first alternative's place: non-capturing, with flags, or named. */
    private static final Pattern GROUP_OPENER = Pattern.compile("\\((?:\\?[a-zA-Z-]*:|\\?<[a-zA-Z][a-zA-Z0-9]*>)");

    /** Whether the level of {@code s} that position {@code from} is in has a {@code |} from there to where it ends. */
    private static boolean hasAlternative(String s, int from) {
        int at = scan(s, from, true);
        return at < s.length() && s.charAt(at) == '|';
    }

    /** The index of the {@code )} that closes the group opened at {@code open}, or -1. */
    private static int closingParen(String s, int open) {
        int at = scan(s, open + 1, false);
        return at < s.length() ? at : -1;
    }

    /**
     * Reads {@code s} from {@code from} at that position's level, past escapes, classes (nested too) and groups:
     * the index of the {@code )} that ends the level, or of its first {@code |} when {@code toAlternative}; the
     * length of {@code s} when there is neither.
     */
    private static int scan(String s, int from, boolean toAlternative) {
        int depth = 0, classDepth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '[') classDepth++;
            else if (classDepth > 0) { if (c == ']') classDepth--; }
            else if (c == '(') depth++;
            else if (c == ')' && --depth < 0) return i;
            else if (c == '|' && depth == 0 && toAlternative) return i;
        }
        return s.length();
    }

    /**
     * The class of {@code regex}'s opening negative lookbehind, compiled with its flags, when it opens with one
     * of a single plain class; null otherwise (nested classes or intersections are left to the matcher).
     */
    static Pattern leadingLookbehind(Pattern regex) {
        String s = regex.pattern();
        String flags = "";
        Matcher f = INLINE_FLAGS.matcher(s);
        if (f.lookingAt()) {
            flags = f.group();
            s = s.substring(f.end());
        }
        if (!s.startsWith("(?<![") || s.startsWith("(?<![^")) return null;
        for (int i = "(?<![".length(); i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '[' || (c == '&' && s.startsWith("&&", i))) return null;
            else if (c == ']') return i > "(?<![".length() && s.startsWith("])", i) ? Pattern.compile(flags + s.substring(4, i + 1), regex.flags()) : null;
        }
        return null;
    }
}
