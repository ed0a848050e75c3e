package claimcheck.facts;

import java.util.List;

/**
 * How an article qualifies a number. Each qualifier has a code (used in the object form
 * {@code {value: 90, qualifier: about}}) and the words that introduce it in the text form ("about 90").
 * What each one allows is set in {@link Quantity#interval()} and documented in docs/quantities.md.
 */
public enum Qualifier {
    EXACT("exact"),
    ABOUT("about", "about", "around", "approximately", "roughly", "some", "an estimated"),
    NEARLY("nearly", "nearly", "almost", "close to", "just under"),
    MORE_THAN("more-than", "more than", "over", "above", "upwards of"),
    AT_LEAST("at-least", "at least", "no fewer than", "no less than"),
    FEWER_THAN("fewer-than", "fewer than", "less than", "under", "below"),
    AT_MOST("at-most", "at most", "up to", "no more than"),
    RANGE("range");

    private final String code;
    private final List<String> words;

    Qualifier(String code, String... words) {
        this.code = code;
        this.words = List.of(words);
    }

    public String code() { return code; }

    /** The words that introduce this qualifier in text, first the one used when printing. */
    public List<String> words() { return words; }

    public static Qualifier ofCode(String code) {
        for (Qualifier q : values()) if (q.code.equals(code)) return q;
        throw new IllegalArgumentException("unknown qualifier \"" + code + "\"");
    }

    public static Qualifier ofWords(String w) {
        for (Qualifier q : values()) if (q.words.contains(w)) return q;
        throw new IllegalArgumentException("unknown qualifier \"" + w + "\"");
    }
}
