package claimcheck.facts;

import claimcheck.numbers.NumberWords;
import claimcheck.numbers.WrittenNumber;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the number a fact states is one its own quotes write, as digits or words ("14" and
 * "fourteen"), with scale words ("$3.1 billion"), fractions ("a quarter of a million"), the latitude
 * a qualifier gives ("nearly 40,000" admits 37,000) and the rounding digits imply ("3.1 billion"
 * admits 3,080,000,000). For rule facts/value-in-quote.
 */
public final class QuoteValues {
    private QuoteValues() {}

    /**
     * The numbers each quote writes, and every value they may mean, read once: value-in-quote asks for every
     * numeric fact three times (two conditions and a message). Pure functions of the string, so sharing them
     * between threads and articles changes nothing but time; each is emptied when it grows past a bound, so a
     * batch never holds more than that.
     */
    private static final Map<String, List<WrittenNumber>> READ = new ConcurrentHashMap<>();
    private static final Map<String, List<Interval>> READINGS = new ConcurrentHashMap<>();
    private static final int READ_BOUND = 4_096;

    private static List<WrittenNumber> numbers(String quote) {
        List<WrittenNumber> known = READ.get(quote);
        if (known != null) return known;
        List<WrittenNumber> read = List.copyOf(NumberWords.find(quote));
        if (READ.size() >= READ_BOUND) READ.clear();
        READ.put(quote, read);
        return read;
    }

    /**
     * True when {@code fact}'s quotes state the number it states. Three ways need no number in the
     * words: a count of exactly one (a thing named in the singular: "a retired navy officer"), a
     * complete list whose count is its items (the items are the count), and a change whose percent
     * follows from the "from" and "to" its quotes write ("63 percent, down from 68%").
     */
    public static boolean agree(Fact fact) {
        Quantity stated = fact.quantity();
        if (stated == null) return true;
        if (stated.isExact() && stated.interval().lo().compareTo(BigDecimal.ONE) == 0) return true;
        if (fact instanceof ItemList l && !l.partial() && stated.admits(BigDecimal.valueOf(l.items().size()))) return true;
        if (agree(fact.quotes(), stated)) return true;
        return fact instanceof Change c && c.percent() == stated && c.from() != null && c.to() != null
                && agree(fact.quotes(), c.from()) && agree(fact.quotes(), c.to());
    }

    /** True when some number of {@code quotes} allows a value {@code stated} allows. */
    public static boolean agree(List<String> quotes, Quantity stated) {
        Interval want = stated.interval();
        Interval negated = null;
        for (String q : quotes)
            for (Interval written : readings(q)) {
                if (written.overlaps(want)) return true;
                if (negated == null) negated = want.negated();
                if (written.overlaps(negated)) return true;
            }
        return false;
    }

    /** Every value the numbers of {@code quote} may mean, read once with them (see {@link #numbers}). */
    private static List<Interval> readings(String quote) {
        List<Interval> known = READINGS.get(quote);
        if (known != null) return known;
        List<Interval> all = new ArrayList<>();
        for (WrittenNumber n : numbers(quote)) all.addAll(readings(n));
        List<Interval> read = List.copyOf(all);
        if (READINGS.size() >= READ_BOUND) READINGS.clear();
        READINGS.put(quote, read);
        return read;
    }

    /** The numbers {@code quotes} write, for a message: "thirteen (13)", "almost a quarter of a million (250,000)"; "no number" when none. */
    public static String written(List<String> quotes) {
        List<String> out = new ArrayList<>();
        for (String q : quotes)
            for (WrittenNumber n : numbers(q)) {
                if (n.vague()) continue;
                String grouped = Numbers.grouped(n.value());
                boolean asWritten = n.text().equals(grouped) || n.text().equals(n.value().toPlainString());
                out.add(asWritten ? "\u201C" + n.text() + "\u201D" : "\u201C" + n.text() + "\u201D (" + grouped + ")");
            }
        return out.isEmpty() ? "no number" : String.join(", ", out);
    }

    /** What a written number may mean: its value with its qualifier and rounding, its number before the scale word, a percentage as a share. */
    private static List<Interval> readings(WrittenNumber n) {
        List<Interval> out = new ArrayList<>();
        out.add(quantity(n, n.value()).interval());
        // The words before may not qualify it ("handed over 140 flats"), and a fact may give the round figure itself.
        if (n.qualifier() != null && !n.vague()) out.add(quantity(new WrittenNumber(n.text(), n.value(), n.roundedTo(), null, n.unscaled(), n.percent(), n.vague(), n.fraction()), n.value()).interval());
        if (n.unscaled() != null) out.add(quantity(n, n.unscaled()).interval());
        if (n.percent()) out.add(quantity(n, n.value().divide(BigDecimal.valueOf(100), MathContext.DECIMAL64)).interval());
        if (n.fraction()) out.add(quantity(n, n.value().multiply(BigDecimal.valueOf(100))).interval()); // "a quarter" is 25%
        return out;
    }

    private static Quantity quantity(WrittenNumber n, BigDecimal value) {
        Qualifier q = n.qualifier() == null ? Qualifier.EXACT : Qualifier.ofWords(n.qualifier());
        BigDecimal rounded = q == Qualifier.EXACT && n.roundedTo() != null && value.equals(n.value()) ? n.roundedTo() : null;
        return new Quantity(q, value, null, null, rounded, null, null);
    }
}
