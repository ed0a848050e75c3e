package claimcheck.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a pattern's matches may start: at a character of its {@code starts:} class ({@code '[0-9$]'}), and,
 * when the regex opens with a negative lookbehind of one class ({@code (?<![\w-])}, after inline flags such as
 * {@code (?i)}), not after a character of that class. Run over every article for coverage, a pattern tried at
 * every place of the text cost more than anything else verify does per article; most places hold a character
 * no match of it starts with, and most of the rest are inside a word or a number, where the lookbehind fails
 * anyway, but only after the matcher has been reset for the try. A class that leaves out a character some match
 * starts with loses those matches: the shipped patterns are tested against full searches. The lookbehind is read
 * from the regex itself, so it cannot disagree with it.
 */
final class FirstChars {
    private static final Pattern INLINE_FLAGS = Pattern.compile("\\(\\?[a-zA-Z]+\\)");

    private final Pattern chars;
    private final boolean[] ascii = new boolean[128];
    /** The class no character before a match may be in, or null. */
    private final Pattern notAfter;
    private final boolean[] notAfterAscii = new boolean[128];

    FirstChars(Pattern chars, Pattern regex) {
        this.chars = chars;
        this.notAfter = leadingLookbehind(regex);
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
        if (!starts || notAfter == null || i == 0) return starts;
        char before = text.charAt(i - 1);
        if (Character.isSurrogate(before)) return true;  // the lookbehind reads the whole code point: let the matcher decide
        return !(before < notAfterAscii.length ? notAfterAscii[before] : notAfter.matcher(String.valueOf(before)).matches());
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
