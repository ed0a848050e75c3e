package claimcheck.reference;

import claimcheck.facts.Event;
import claimcheck.facts.PartialDate;
import claimcheck.facts.Quantity;
import claimcheck.facts.Total;
import java.time.LocalDate;
import java.util.List;

/**
 * An official count of events of {@code eventType}: either of the one event on {@code date} (between
 * the parties {@code from} and {@code to}, when given), or of every event in the window
 * {@code windowFrom}..{@code windowTo}. Which facts it is compared with is decided here, by
 * {@link #alignsWith(Event)} and {@link #alignsWith(Total, LocalDate)}, and by nothing else.
 */
public record Tally(String id, String eventType, PartialDate date, PartialDate windowFrom, PartialDate windowTo,
                   String from, String to, Quantity value, String unit, List<Source> sources) {
    public Tally {
        if (id == null || eventType == null || value == null) throw new IllegalArgumentException("id, eventType and value are required");
        if ((date == null) == (windowFrom == null)) throw new IllegalArgumentException("give either date or window, not both");
        if ((windowFrom == null) != (windowTo == null)) throw new IllegalArgumentException("a window needs from and to");
        if (windowFrom != null && windowFrom.earliest().isAfter(windowTo.latest()))
            throw new IllegalArgumentException("the window starts (" + windowFrom + ") after it ends (" + windowTo + ")");
        if (date == null && (from != null || to != null))
            throw new IllegalArgumentException("from and to name the parties of a dated tally; a window tally has none");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) throw new IllegalArgumentException("a tally cites at least one source");
    }

    /**
     * A dated tally counts an event of its type whose date contains the tally's date or lies within it
     * (an event of 2025-02 and a tally of 2025-02-28, or the reverse), and whose stated parties, if
     * any, are the tally's.
     */
    public boolean alignsWith(Event e) {
        if (date == null || e.date() == null || !eventType.equals(e.type())) return false;
        if (!(within(e.date(), date) || within(date, e.date()))) return false;
        return same(from, e.from()) && same(to, e.to());
    }

    /**
     * A window tally counts a total of its type whose window starts on the same date (as written) and
     * ends on the same date, or, when the total's window is open ("since ..."), whose article was
     * published within the tally's end date.
     */
    public boolean alignsWith(Total t, LocalDate published) {
        if (windowFrom == null || !eventType.equals(t.eventType())) return false;
        if (t.window().from() == null || !t.window().from().equals(windowFrom)) return false;
        if (t.window().to() != null) return t.window().to().equals(windowTo);
        return within(windowTo, PartialDate.of(published));
    }

    /** True when {@code other} counts the same thing: the same type, and the same event or the same window. */
    public boolean countsSameAs(Tally other) {
        if (!eventType.equals(other.eventType)) return false;
        if (date != null && other.date != null)
            return (within(date, other.date) || within(other.date, date)) && same(from, other.from) && same(to, other.to);
        return windowFrom != null && windowFrom.equals(other.windowFrom) && windowTo.equals(other.windowTo);
    }

    /** True when {@code q} (a stated or derived value) allows this tally's count. */
    public boolean agreesWith(Quantity q) {
        return q.consistentWith(value);
    }

    /** What is counted: "transfer of 2025-02-28" or "transfer from 2025-01-20 to 2026-01-20". */
    public String counted() {
        return date != null ? eventType + " of " + date : eventType + " from " + windowFrom + " to " + windowTo;
    }

    /** "29 (transfer of 2025-02-28, tally transfers-2025-02)". */
    public String describe() {
        return value + (unit == null ? "" : " " + unit) + " (" + counted() + "; " + id + ")";
    }

    /** The sources cited, for messages. */
    public String cited() { return Citations.of(sources); }

    /** True when every day of {@code inner} lies within {@code outer}. */
    static boolean within(PartialDate outer, PartialDate inner) {
        return !inner.earliest().isBefore(outer.earliest()) && !inner.latest().isAfter(outer.latest());
    }

    /** A party named on one side only does not decide; named on both, they must be the same. */
    private static boolean same(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
