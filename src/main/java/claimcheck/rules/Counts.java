package claimcheck.rules;

import claimcheck.facts.Event;
import claimcheck.facts.Interval;
import claimcheck.facts.Quantity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Events' counts added up, for rules that compare them with a total: which counts the article
 * states, which it leaves out, what the stated ones allow together, and the sum written out
 * ("37 + 26 + about 30"). Events are taken in date order, then id, so messages read the same every run.
 */
public final class Counts {
    private final List<Event> known = new ArrayList<>();
    private final List<Event> unknown = new ArrayList<>();
    private final List<Event> all;
    private final Interval sum;

    private Counts(Collection<?> events, List<String> order) {
        List<Event> sorted = order.isEmpty() ? chronological(events) : inOrder(events, order);
        this.all = List.copyOf(sorted);
        Interval s = Interval.point(java.math.BigDecimal.ZERO);
        for (Event e : sorted) {
            if (e.count() == null) unknown.add(e);
            else {
                known.add(e);
                s = s.plus(e.count().interval());
            }
        }
        this.sum = s;
    }

    /** The counts of {@code events}, taken in date order. */
    public static Counts of(Collection<?> events) { return new Counts(events, List.of()); }

    /** The counts of {@code events}, taken in the order their ids appear in {@code order} (as a total lists its components). */
    public static Counts of(Collection<?> events, List<String> order) { return new Counts(events, order); }

    /** {@code events} by date (undated last), then id. */
    public static List<Event> chronological(Collection<?> events) {
        List<Event> sorted = new ArrayList<>();
        for (Object o : events) sorted.add((Event) o);
        sorted.sort(BY_DATE);
        return sorted;
    }

    private static List<Event> inOrder(Collection<?> events, List<String> order) {
        List<Event> sorted = chronological(events);
        sorted.sort(Comparator.comparingInt((Event e) -> order.indexOf(e.id()) < 0 ? Integer.MAX_VALUE : order.indexOf(e.id())));
        return sorted;
    }

    private static final Comparator<Event> BY_DATE = Comparator.comparing((Event e) -> e.date() == null ? null : e.date().earliest(),
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Event::id);

    public List<Event> known() { return known; }

    public List<Event> unknown() { return unknown; }

    /** What the stated counts allow together. */
    public Interval sum() { return sum; }

    /** The stated counts written out: "37 + 26", or "0" when none is stated. */
    public String terms() {
        if (known.isEmpty()) return "0";
        List<String> t = new ArrayList<>();
        for (Event e : known) t.add(e.count().toString());
        return String.join(" + ", t);
    }

    /** The stated counts with {@code derived} standing in for the one left out: "37 + 26 + 29 (derived)". */
    public String termsWith(Quantity derived) {
        List<String> t = new ArrayList<>();
        for (Event e : all) t.add(e.count() != null ? e.count().toString() : derived + " (derived)");
        return String.join(" + ", t);
    }

    /** The stated counts as subtrahends: "− 37 − 26". */
    public String minusTerms() {
        StringBuilder s = new StringBuilder();
        for (Event e : known) s.append(" − ").append(e.count());
        return s.toString();
    }

    /** The events named for a message: "transfer of 2025-08 (t-aug), ...". */
    public static String describe(Collection<Event> events) {
        List<String> names = new ArrayList<>();
        for (Event e : events) names.add(e.describe());
        return String.join(", ", names);
    }
}
