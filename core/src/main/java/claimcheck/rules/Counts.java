package claimcheck.rules;

import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.Interval;
import claimcheck.facts.Measure;
import claimcheck.facts.Quantity;
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
 */
public final class Counts {
    private final List<Fact> known = new ArrayList<>();
    private final List<Fact> unknown = new ArrayList<>();
    private final List<Fact> all;
    private final Interval sum;
    private final Set<String> currencies = new TreeSet<>();
    private boolean unpriced;

    private Counts(Collection<?> parts, List<String> order) {
        List<Fact> sorted = order.isEmpty() ? byDate(parts) : inOrder(parts, order);
        this.all = List.copyOf(sorted);
        Interval s = Interval.point(java.math.BigDecimal.ZERO);
        for (Fact f : sorted) {
            if (f.quantity() == null) unknown.add(f);
            else {
                known.add(f);
                s = s.plus(f.quantity().interval());
                if (f.quantity().isMoney()) currencies.add(f.quantity().currency());
                else unpriced = true;
            }
        }
        this.sum = s;
    }

    /** The counts of {@code parts}, events taken in date order. */
    public static Counts of(Collection<?> parts) { return new Counts(parts, List.of()); }

    /** The counts of {@code parts}, taken in the order their ids appear in {@code order} (as a total lists its components). */
    public static Counts of(Collection<?> parts, List<String> order) { return new Counts(parts, order); }

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

    /** What the stated counts allow together. */
    public Interval sum() { return sum; }

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
