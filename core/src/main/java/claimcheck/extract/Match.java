package claimcheck.extract;

import java.util.Map;

/**
 * One recogniser match in the article text: its kind, the pattern that found it, the claim's chars
 * {@code [start, end)} (the pattern's {@code claim} group, else the whole match) and each named group's text
 * and position.
 */
public record Match(String kind, Patterns.Entry pattern, int start, int end, Map<String, Group> groups) {
    /** A named group's text and chars {@code [start, end)}. */
    public record Group(String text, int start, int end) {}

    public Match {
        groups = Map.copyOf(groups);
    }

    /** A named group's text, or null when the pattern has no such group or it did not take part. */
    public String group(String name) {
        Group g = groups.get(name);
        return g == null ? null : g.text();
    }

    public Group at(String name) { return groups.get(name); }

    public boolean overlaps(int from, int to) { return start < to && from < end; }

    public boolean overlaps(Match m) { return overlaps(m.start, m.end); }

    public int length() { return end - start; }
}
