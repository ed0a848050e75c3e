package claimcheck.rules;

import claimcheck.facts.Event;
import claimcheck.facts.Interval;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Events' counts added up, for rules that compare them with a total: which counts the article
 * states, which it leaves out, and what the stated ones allow together. Arithmetic only; rules word
 * their messages. Events are taken in date order, then id, so messages read the same every run.
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

    /** How many of the events have no stated count. */
    public int missing() { return unknown.size(); }

    /** Every event, known or not, in the order the counts are taken. */
    public List<Event> all() { return all; }
}
