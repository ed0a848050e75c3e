package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as precise as the article gives it: a year ("in 2025"), a month ("last August": 2025-08)
 * or a day. Rules compare partial dates through {@link #earliest()} and {@link #latest()}, so
 * "2026-01" is neither before nor after 2026-01-20: it may be either.
 */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {
    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) throw new IllegalArgumentException("impossible year " + year);
        if (day != null && month == null) throw new IllegalArgumentException("a day needs a month");
        if (month != null && (month < 1 || month > 12))
            throw new IllegalArgumentException("impossible date " + text(year, month, day) + ": there is no month " + month);
        if (day != null) {
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("impossible date " + text(year, month, day) + ": "
                        + YearMonth.of(year, month).getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                        + " " + year + " has " + YearMonth.of(year, month).lengthOfMonth() + " days");
            }
        }
    }

    public static PartialDate of(LocalDate d) {
        return new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; an impossible date is an IllegalArgumentException saying why. */
    public static PartialDate parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException("expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"" + text + "\"");
        return new PartialDate(Integer.parseInt(m.group(1)),
                m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                m.group(3) == null ? null : Integer.valueOf(m.group(3)));
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PartialDate fromJson(JsonNode node) {
        if (node.isIntegralNumber()) return new PartialDate(node.intValue(), null, null);
        if (node.isTextual()) return parse(node.textValue());
        throw new IllegalArgumentException("expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
    }

    public LocalDate earliest() {
        return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
    }

    public LocalDate latest() {
        if (month == null) return LocalDate.of(year, 12, 31);
        if (day == null) return YearMonth.of(year, month).atEndOfMonth();
        return LocalDate.of(year, month, day);
    }

    public boolean isFullDate() { return day != null; }

    /** How precise the date is, for a message: "a day", "a month" or "a year". */
    public String precision() { return day != null ? "a day" : month != null ? "a month" : "a year"; }

    /** True only when every day this date may mean lies after {@code d}. */
    public boolean certainlyAfter(LocalDate d) { return earliest().isAfter(d); }

    /** True only when every day this date may mean lies before {@code d}. */
    public boolean certainlyBefore(LocalDate d) { return latest().isBefore(d); }

    /** True only when every day of this date is after every day of {@code other}. */
    public boolean certainlyAfter(PartialDate other) { return earliest().isAfter(other.latest()); }

    @Override
    public int compareTo(PartialDate o) {
        int c = earliest().compareTo(o.earliest());
        return c != 0 ? c : latest().compareTo(o.latest());
    }

    @JsonValue
    @Override
    public String toString() { return text(year, month, day); }

    // Written out by hand: String.format was a tenth of the rules' time in a batch (every check's message names dates).
    private static String text(int year, Integer month, Integer day) {
        StringBuilder s = new StringBuilder(10);
        if (year >= 0 && year < 1000) s.append("000", 0, 4 - Integer.toString(year).length());
        s.append(year);
        if (month != null) s.append(month < 10 ? "-0" : "-").append(month);
        if (day != null) s.append(day < 10 ? "-0" : "-").append(day);
        return s.toString();
    }
}
