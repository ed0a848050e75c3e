package claimcheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds claims of the pattern files' kinds in a text. Overlaps are settled in {@link Patterns#KINDS}
 * order for the coverage kinds (a year inside a date is a date, not a quantity) and, within a kind,
 * by the longer match. Stateless; thread-safe.
 */
public final class Recogniser {
    private final Patterns patterns;

    public Recogniser(Patterns patterns) { this.patterns = patterns; }

    public Patterns patterns() { return patterns; }

    /** Every match of {@code kind}'s patterns, outside its exclusions, overlapping ones settled by length; in text order. */
    public List<Match> find(String kind, String text) {
        List<Match> all = new ArrayList<>();
        for (Patterns.Entry e : patterns.of(kind)) matches(e, text, m -> add(kind, e, m, all));
        if (all.isEmpty()) return all;
        // Exclusions only take matches away, so they are searched for only when there are some: a full search of
        // the text each (they have no starts: class), and most texts hold no match of most kinds.
        List<int[]> excluded = new ArrayList<>();
        for (Pattern p : patterns.exclusions(kind)) {
            Matcher m = p.matcher(text);
            while (m.find()) excluded.add(new int[] {m.start(), m.end()});
        }
        if (!excluded.isEmpty()) all.removeIf(match -> excluded.stream().anyMatch(x -> x[0] <= match.start() && match.end() <= x[1]));
        return settle(all);
    }

    /**
     * Hands each match of {@code e} in {@code text} to {@code found}, in order, as {@code Matcher.find()} finds
     * them; with a {@code starts:} class, trying only where a match may start (each try sees the text around it).
     */
    static void matches(Patterns.Entry e, String text, Consumer<Matcher> found) {
        Matcher m = e.regex().matcher(text);
        if (e.starts() == null) {
            while (m.find()) found.accept(m);
            return;
        }
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = 0, n = text.length(); i < n; ) {
            if (!e.starts().at(text, i)) {
                i++;
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                found.accept(m);
                i = Math.max(m.end(), i + 1);  // after an empty match, find() too goes on from the next char
            } else {
                i++;
            }
        }
    }

    private static void add(String kind, Patterns.Entry e, Matcher m, List<Match> all) {
        if (m.end() == m.start()) return;
        Map<String, Match.Group> groups = new HashMap<>();  // unordered: Match keeps a copy
        for (String g : e.groups()) {
            int from = m.start(g);
            if (from >= 0) groups.put(g, new Match.Group(m.group(g), from, m.end(g)));
        }
        Match.Group claim = groups.get("claim");
        int start = claim != null ? claim.start() : m.start(), end = claim != null ? claim.end() : m.end();
        all.add(new Match(kind, e, start, end, groups));
    }

    /** The claims coverage looks for: dates, percentages, ordinals and quantities, none overlapping another. */
    public List<Match> coverageClaims(String text) {
        List<Match> all = new ArrayList<>();
        for (String kind : Patterns.COVERAGE_KINDS) all.addAll(find(kind, text));
        return settle(all);
    }

    /** Keeps, of overlapping matches, the one of the earlier kind, then the longer, then the earlier; in text order. */
    static List<Match> settle(List<Match> matches) {
        List<Match> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt((Match m) -> Patterns.KINDS.indexOf(m.kind()))
                .thenComparing(Comparator.comparingInt(Match::length).reversed())
                .thenComparingInt(Match::start));
        // Kept matches never overlap, so ordered by start their ends rise too: of those starting before a
        // match ends, only the last can reach into it. One lookup per match, not a scan of all kept so far
        // (a generated article of 40 facts has some 400 figures).
        TreeMap<Long, Match> kept = new TreeMap<>();  // by start, then end
        for (Match m : sorted) {
            Map.Entry<Long, Match> before = kept.lowerEntry((long) m.end() << 32);
            if (before == null || !before.getValue().overlaps(m)) kept.put((long) m.start() << 32 | m.end(), m);
        }
        List<Match> inOrder = new ArrayList<>(kept.values());
        inOrder.sort(Comparator.comparingInt(Match::start).thenComparing(Match::kind));
        return inOrder;
    }
}
