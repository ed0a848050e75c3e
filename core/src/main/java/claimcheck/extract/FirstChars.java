package claimcheck.extract;

import java.util.regex.Pattern;

/**
 * The characters a pattern's matches start with, as its {@code starts:} gives them (a character class:
 * {@code '[0-9$]'}), so that a search tries a pattern only where it may match. Run over every article for
 * coverage, a pattern tried at every place of the text cost more than anything else verify does per article;
 * most places hold a character no match of it starts with. A class that leaves out a character some match
 * starts with loses those matches: the shipped patterns' classes are tested against full searches.
 */
final class FirstChars {
    private final Pattern chars;
    private final boolean[] ascii = new boolean[128];

    FirstChars(Pattern chars) {
        this.chars = chars;
        for (char c = 0; c < ascii.length; c++) ascii[c] = chars.matcher(String.valueOf(c)).matches();
    }

    /** Whether a match may start at char {@code i} of {@code text}. */
    boolean at(String text, int i) {
        char c = text.charAt(i);
        if (c < ascii.length) return ascii[c];
        return chars.matcher(Character.isHighSurrogate(c) ? new String(Character.toChars(text.codePointAt(i))) : String.valueOf(c)).matches();
    }
}
