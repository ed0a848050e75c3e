package claimcheck.reference;

import claimcheck.facts.DerivedValue;
import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.ItemList;
import claimcheck.facts.Measure;
import claimcheck.facts.PartialDate;
import claimcheck.facts.Quantity;
import claimcheck.facts.Role;
import claimcheck.facts.Total;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * How other articles' facts bear on one claim: which other articles state an aligned fact, which of
 * them agree and which disagree, and with what. Alignment is by kind, date and parties, stated here
 * and in docs/reference.md, never by likeness of words:
 * <ul>
 * <li>events: both dated, one date within the other (2025-02 and 2025-02-28), and the same parties
 *     ({@code from}, {@code to}) where both name them, at least one named on both sides; compared: the
 *     count (this article's derived count when it states none) and the type of event;</li>
 * <li>totals: windows that start on the same date; compared: the value and the type of event counted;</li>
 * <li>lists: lists that name at least one item in common; compared: the items, where a list that is
 *     not marked partial leaves out an item the other names;</li>
 * <li>roles: the same person; compared: the office and the status (current or former);</li>
 * <li>measures: the same subject and metric; compared: the value.</li>
 * </ul>
 * Other kinds are not compared. An article that states two aligned facts agrees only if both do.
 */
public record Corroboration(Fact claim, List<String> agreeing, List<Disagreement> disagreeing) {

    /** Another article that states the claim otherwise: its id and what it says instead. */
    public record Disagreement(String articleId, String says) {
        @Override public String toString() { return articleId + " says " + says; }
    }

    public Corroboration {
        agreeing = List.copyOf(agreeing);
        disagreeing = List.copyOf(disagreeing);
    }

    /** How many other articles state an aligned fact. */
    public int aligned() { return agreeing.size() + disagreeing.size(); }

    /**
     * {@code claim} against {@code others} (CoverageFacts of the same story from other articles);
     * {@code derived} holds the values rules derived for this article's facts.
     */
    public static Corroboration of(Fact claim, Collection<?> derived, Collection<?> others) {
        Quantity derivedCount = null;
        for (Object o : derived)
            if (o instanceof DerivedValue d && d.factId().equals(claim.id()) && d.field().equals("count")) derivedCount = d.value();
        // Per other article, in id order: what each of its aligned facts says otherwise (empty: it agrees).
        TreeMap<String, List<String>> byArticle = new TreeMap<>();
        for (Object o : others) {
            if (!(o instanceof CoverageFact c) || !aligns(claim, c.fact())) continue;
            List<String> differences = byArticle.computeIfAbsent(c.articleId(), k -> new ArrayList<>());
            differences.addAll(differences(claim, c.fact(), derivedCount));
        }
        List<String> agree = new ArrayList<>();
        List<Disagreement> disagree = new ArrayList<>();
        byArticle.forEach((article, diffs) -> {
            if (diffs.isEmpty()) agree.add(article);
            else disagree.add(new Disagreement(article, String.join(" and ", new LinkedHashSet<>(diffs))));
        });
        return new Corroboration(claim, agree, disagree);
    }

    /** True when {@code theirs} is about what {@code mine} is about (see the class comment). */
    public static boolean aligns(Fact mine, Fact theirs) {
        if (mine instanceof Event a && theirs instanceof Event b) return sameDate(a.date(), b.date()) && sameParties(a, b);
        if (mine instanceof Total a && theirs instanceof Total b)
            return a.window().from() != null && a.window().from().equals(b.window().from());
        if (mine instanceof ItemList a && theirs instanceof ItemList b) return a.items().stream().anyMatch(b.items()::contains);
        if (mine instanceof Role a && theirs instanceof Role b) return a.person().equals(b.person());
        if (mine instanceof Measure a && theirs instanceof Measure b)
            return a.subject() != null && a.subject().equals(b.subject()) && a.metric() != null && a.metric().equals(b.metric());
        return false;
    }

    /** What {@code theirs} says that {@code mine} does not, in words for the message; empty when they agree. */
    static List<String> differences(Fact mine, Fact theirs, Quantity derivedCount) {
        List<String> d = new ArrayList<>();
        if (mine instanceof Event a && theirs instanceof Event b) {
            Quantity count = a.count() != null ? a.count() : derivedCount;
            if (count != null && b.count() != null && !count.consistentWith(b.count())) d.add(b.count() + " (not " + count + ")");
            if (!a.type().equals(b.type())) d.add("\"" + b.type() + "\" (not \"" + a.type() + "\")");
        } else if (mine instanceof Total a && theirs instanceof Total b) {
            if (!a.value().consistentWith(b.value())) d.add(b.value() + " (not " + a.value() + ")");
            if (!a.eventType().equals(b.eventType())) d.add("\"" + b.eventType() + "\" (not \"" + a.eventType() + "\")");
        } else if (mine instanceof ItemList a && theirs instanceof ItemList b) {
            Set<String> onlyMine = new LinkedHashSet<>(a.items());
            onlyMine.removeAll(b.items());
            Set<String> onlyTheirs = new LinkedHashSet<>(b.items());
            onlyTheirs.removeAll(a.items());
            boolean theyOmit = !b.partial() && !onlyMine.isEmpty();
            boolean iOmit = !a.partial() && !onlyTheirs.isEmpty();
            if (theyOmit || iOmit) {
                String s = b.items().size() + (b.items().size() == 1 ? " item, " : " items, ") + String.join(", ", b.items());
                if (!onlyMine.isEmpty()) s += " (without " + String.join(", ", onlyMine) + ")";
                if (!onlyTheirs.isEmpty()) s += " (with " + String.join(", ", onlyTheirs) + ")";
                d.add(s);
            }
        } else if (mine instanceof Role a && theirs instanceof Role b) {
            if (a.status() != b.status() || !a.office().equals(b.office()))
                d.add("\"" + b.status() + " " + b.office() + "\" (not \"" + a.status() + " " + a.office() + "\")");
        } else if (mine instanceof Measure a && theirs instanceof Measure b) {
            if (a.value() != null && b.value() != null && !a.value().consistentWith(b.value())) d.add(b.value() + " (not " + a.value() + ")");
        }
        return d;
    }

    private static boolean sameDate(PartialDate a, PartialDate b) {
        return a != null && b != null && (Tally.within(a, b) || Tally.within(b, a));
    }

    private static boolean sameParties(Event a, Event b) {
        boolean fromBoth = a.from() != null && b.from() != null, toBoth = a.to() != null && b.to() != null;
        if (!fromBoth && !toBoth) return false;
        return (!fromBoth || a.from().equals(b.from())) && (!toBoth || a.to().equals(b.to()));
    }

    /** "2 other sources agree with t-1 (a, b)", or "no other source agrees with t-1". */
    public String agreement() {
        String id = claim.id();
        if (agreeing.isEmpty()) return "no other source agrees with " + id;
        return agreeing.size() + " other source" + (agreeing.size() == 1 ? " agrees" : "s agree") + " with " + id + " (" + agreeingText() + ")";
    }

    /** "1 disagrees: c says 95 (not 92)". */
    public String disagreement() {
        return disagreeing.size() + " disagree" + (disagreeing.size() == 1 ? "s" : "") + ": " + disagreeingText();
    }

    /** "kvia-report, mx-news-daily" or "none". */
    public String agreeingText() { return agreeing.isEmpty() ? "none" : String.join(", ", agreeing); }

    /** "other-a says 95 (not 92); other-b says ..." */
    public String disagreeingText() {
        List<String> s = new ArrayList<>();
        for (Disagreement d : disagreeing) s.add(d.toString());
        return String.join("; ", s);
    }
}
