package claimcheck.rules;

import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.Interval;
import claimcheck.facts.Measure;
import claimcheck.facts.Quantity;
import claimcheck.facts.Total;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parts of a total added up, for rules that compare them with it: which parts state their
 * number (an event's count, a measure's or a nested total's value), which leave it out, and what the
 * stated ones allow together. Arithmetic only; rules word their messages. Parts are taken in the
 * order the total lists them, else events in date order, then id, so messages read the same every run.
 *
 * <p>Numbers in one sum share the finest precision any of them shows ("$8 million" beside "$3.7
 * million" is 8.0 million), the total's included; the total itself keeps its own rounding, since a
 * headline total is commonly rounded from precise parts ("12,000" for 12,140). A sum that holds only
 * through that rounding is told apart ({@link #holdsOnlyByRounding()}).
 *
 * <p>Rule core/total-sum works out a total's counts once, as a fact of the session ({@link #of(Total, List)}),
 * which each of its cases then matches, instead of each case adding up the same parts again.
 */
public final class Counts {
    private final String totalId;
    private final List<Object> parts;
    private final List<Fact> known = new ArrayList<>();
    private final List<Fact> unknown = new ArrayList<>();
    private final List<Fact> all;
    private final Interval sum;
    private final Interval sumAsWritten;
    private final Quantity total;
    private final BigDecimal precision;
    private final Set<String> currencies = new TreeSet<>();
    private boolean unpriced;

    private Counts(String totalId, List<?> parts, List<String> order, Quantity total) {
        this.totalId = totalId;
        this.parts = List.copyOf(parts);
        List<Fact> sorted = order.isEmpty() ? byDate(parts) : inOrder(parts, order);
        this.all = List.copyOf(sorted);
        this.total = total;
        for (Fact f : sorted) (f.quantity() == null ? unknown : known).add(f);
        this.precision = finestPrecision(known, total);
        Interval s = Interval.point(BigDecimal.ZERO), w = s;
        for (Fact f : known) {
            s = s.plus(f.quantity().atPrecision(precision).interval());
            w = w.plus(f.quantity().asWritten());
            if (f.quantity().isMoney()) currencies.add(f.quantity().currency());
            else unpriced = true;
        }
        this.sum = s;
        this.sumAsWritten = w;
    }

    /** The counts of {@code parts} that make up {@code total}, taken in the order it lists its components, else by date. */
    public static Counts of(Total total, List<?> parts) { return new Counts(total.id(), parts, total.components(), total.value()); }

    /** The id of the total these counts make up. */
    public String totalId() { return totalId; }

    /** The parts as they were given, for naming the facts a check involves. */
    public List<Object> parts() { return parts; }

    /** The finest precision the stated parts and the total show, or null when none is a plain number. */
    private static BigDecimal finestPrecision(List<Fact> known, Quantity total) {
        BigDecimal finest = total.precision();
        for (Fact f : known) {
            BigDecimal p = f.quantity().precision();
            if (p != null && (finest == null || p.compareTo(finest) < 0)) finest = p;
        }
        return finest;
    }

    /** {@code events} by date (undated last), then id. */
    public static List<Event> chronological(Collection<?> events) {
        List<Event> sorted = new ArrayList<>();
        for (Object o : events) sorted.add((Event) o);
        sorted.sort(BY_DATE);
        return sorted;
    }

    private static List<Fact> byDate(Collection<?> parts) {
        List<Fact> sorted = new ArrayList<>();
        for (Object o : parts) sorted.add((Fact) o);
        sorted.sort(Comparator.comparing((Fact f) -> f instanceof Event e && e.date() != null ? e.date().earliest() : null,
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Fact::id));
        return sorted;
    }

    private static List<Fact> inOrder(Collection<?> parts, List<String> order) {
        List<Fact> sorted = byDate(parts);
        sorted.sort(Comparator.comparingInt((Fact f) -> order.indexOf(f.id()) < 0 ? Integer.MAX_VALUE : order.indexOf(f.id())));
        return sorted;
    }

    private static final Comparator<Event> BY_DATE = Comparator.comparing((Event e) -> e.date() == null ? null : e.date().earliest(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::id);

    public List<Fact> known() { return known; }

    public List<Fact> unknown() { return unknown; }

    /** What the stated counts allow together, each read to the precision the sum shares. */
    public Interval sum() { return sum; }

    /** The precision the numbers of this sum share: the finest any of them shows (null when none is a plain number). */
    public BigDecimal precision() { return precision; }

    /** What the stated counts come to at face value, no rounding allowed: 8,412 + 2,961 + 767 = 12,140. */
    public Interval sumAsWritten() { return sumAsWritten; }

    /** The values the total allows, at its own rounding. */
    public Interval totalAllowed() { return total.interval(); }

    /** True when the stated counts and the total share a value, rounding allowed. */
    public boolean agrees() { return sum.overlaps(total.interval()); }

    /**
     * True when the stated counts agree with the total only through rounding: at face value they
     * miss it ("12,000" against parts of 12,140), read as rounded they meet it.
     */
    public boolean holdsOnlyByRounding() { return agrees() && !sumAsWritten.overlaps(total.asWritten()); }

    /**
     * The values that reconcile the sum with the total: what the parts may come to that the total
     * also allows. "12,140" for a rounded 12,000 against parts of exactly 12,140. Null when none.
     */
    public Interval reconciling() {
        if (!agrees()) return null;
        BigDecimal lo = max(sum.lo(), total.interval().lo()), hi = min(sum.hi(), total.interval().hi());
        Interval t = total.interval();
        boolean loOpen = lo != null && (same(lo, sum.lo()) && sum.loOpen() || same(lo, t.lo()) && t.loOpen());
        boolean hiOpen = hi != null && (same(hi, sum.hi()) && sum.hiOpen() || same(hi, t.hi()) && t.hiOpen());
        return new Interval(lo, loOpen, hi, hiOpen);
    }

    private static boolean same(BigDecimal a, BigDecimal b) { return a != null && b != null && a.compareTo(b) == 0; }

    private static BigDecimal max(BigDecimal a, BigDecimal b) { return a == null ? b : b == null ? a : a.max(b); }

    private static BigDecimal min(BigDecimal a, BigDecimal b) { return a == null ? b : b == null ? a : a.min(b); }

    /** How many of the parts have no stated number. */
    public int missing() { return unknown.size(); }

    /** Every part, known or not, in the order the counts are taken. */
    public List<Fact> all() { return all; }

    /**
     * True when the stated parts and {@code total} are not all in one currency (or all not money):
     * such parts are never added up.
     */
    public boolean mixesCurrencyWith(Quantity total) {
        Set<String> seen = new TreeSet<>(currencies);
        boolean plain = unpriced;
        if (total.isMoney()) seen.add(total.currency());
        else plain = true;
        return seen.size() > 1 || (!seen.isEmpty() && plain);
    }

    /** The currencies written, for messages: "EUR, USD", with "no currency" for plain numbers. */
    public String currenciesWith(Quantity total) {
        Set<String> seen = new TreeSet<>(currencies);
        if (total.isMoney()) seen.add(total.currency());
        if (unpriced || !total.isMoney()) seen.add("no currency");
        return String.join(", ", seen);
    }

    /** How messages name a part: "the transfer of 2025-08 (t-aug)", "health spending (line-health)". */
    public static String describe(Fact f) {
        if (f instanceof Event e) return e.describe();
        if (f instanceof Measure m) return m.describe();
        return f.kind() + " " + f.id();
    }

    /** The field a part states its number in: count for events, value for the rest. */
    public static String field(Fact f) { return f instanceof Event ? "count" : "value"; }

    /** Parts named for a message. */
    public static String describeAll(Collection<? extends Fact> parts) {
        List<String> names = new ArrayList<>();
        for (Fact f : parts) names.add(describe(f));
        return String.join(", ", names);
    }

    /** True when the two facts give their figures from the same source, or both from none. */
    public static boolean sameSource(Fact a, Fact b) { return Objects.equals(a.source(), b.source()); }
}
