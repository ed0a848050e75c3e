package claimcheck.facts;

import com.fasterxml.jackson.annotation.JacksonInject;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;

/**
 * The stretch of time a total or an ordinal speaks of ("since the beginning of the administration",
 * "within the past year"). Either end may be open. A relative window ("within: P1Y") is resolved
 * against the article's publication date when the facts file is read.
 */
public record Window(PartialDate from, PartialDate to, String label) {

    /**
     * Where a dated thing falls relative to a window, given that both may be imprecise: every day it
     * may mean is inside, none is, or some are (it "may" lie inside). Every rule judges a partial date
     * by this one placement.
     */
    public enum Placement { INSIDE, OUTSIDE, PARTLY }

    public static final Window ALWAYS = new Window(null, null, null);

    public Window {
        if (from != null && to != null && from.earliest().isAfter(to.latest()))
            throw new IllegalArgumentException("window starts (" + from + ") after it ends (" + to + ")");
    }

    /**
     * The facts-file form: {@code {from, to, label}}, or {@code {within: P1Y, label}} for "within the
     * past year", which ends at publication and starts that long before it.
     */
    @JsonCreator
    static Window fromJson(@JsonProperty("from") PartialDate from, @JsonProperty("to") PartialDate to,
                           @JsonProperty("within") String within, @JsonProperty("label") String label,
                           @JacksonInject(PUBLISHED) LocalDate published) {
        if (within == null) return new Window(from, to, label);
        if (from != null) throw new IllegalArgumentException("give either within or from, not both");
        Period p;
        try {
            p = Period.parse(within);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("within: expected a period such as P1Y, P6M or P30D, got \"" + within + "\"");
        }
        if (p.isNegative() || p.isZero()) throw new IllegalArgumentException("within: the period must be positive, got " + within);
        try {
            return new Window(PartialDate.of(published.minus(p)), to != null ? to : PartialDate.of(published), label);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("within: " + within + " before " + published + " is out of range");
        }
    }

    /** The name under which the loader injects the article's publication date. */
    public static final String PUBLISHED = "claimcheck.published";

    public Placement place(PartialDate date) {
        LocalDate lo = from == null ? LocalDate.MIN : from.earliest();
        LocalDate hi = to == null ? LocalDate.MAX : to.latest();
        if (date.latest().isBefore(lo) || date.earliest().isAfter(hi)) return Placement.OUTSIDE;
        if (!date.earliest().isBefore(lo) && !date.latest().isAfter(hi)) return Placement.INSIDE;
        return Placement.PARTLY;
    }

    /** The window up to and including {@code day}: what publication on that day bounds. */
    public static Window upTo(LocalDate day, String label) {
        return new Window(null, PartialDate.of(day), label);
    }

    /** True when something bounds the window; {@link #ALWAYS} (no from, no to) bounds nothing. */
    public boolean bounded() { return from != null || to != null; }

    /** True when every day of {@code other} lies in this window (bounds read as generously as {@link #place} reads them). */
    public boolean encloses(Window other) {
        LocalDate lo = from == null ? LocalDate.MIN : from.earliest();
        LocalDate hi = to == null ? LocalDate.MAX : to.latest();
        LocalDate otherLo = other.from == null ? LocalDate.MIN : other.from.earliest();
        LocalDate otherHi = other.to == null ? LocalDate.MAX : other.to.latest();
        return !otherLo.isBefore(lo) && !otherHi.isAfter(hi);
    }

    /** True when {@code date} is known and not certainly outside. */
    public boolean mayContain(PartialDate date) {
        return date != null && place(date) != Placement.OUTSIDE;
    }

    /** How a message names the window: its bounds, then the article's own words when given. */
    public String describe() {
        String bounds;
        if (from == null && to == null) bounds = "any time";
        else if (to == null) bounds = "since " + from;
        else if (from == null) bounds = "up to " + to;
        else bounds = from + " to " + to;
        return label == null ? bounds : bounds + " (\"" + label + "\")";
    }

    @Override
    public String toString() { return describe(); }
}
