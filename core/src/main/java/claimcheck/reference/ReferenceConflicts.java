package claimcheck.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where reference data disagrees with itself, found as rule core/reference-conflict finds it (the same
 * conditions, the same words), for {@code claimcheck reference check}, which checks no article and so
 * runs no rules: two tallies of the same thing with different numbers, two people in one office at
 * once, one person's term in one office given twice, differently. Pairs are taken in id order, each once.
 */
public final class ReferenceConflicts {
    private ReferenceConflicts() {}

    /** One conflict: the two entries (by id, the lower first) and the sentence that names them and their sources. */
    public record Conflict(String first, String second, String message) {}

    public static List<Conflict> of(ReferenceData data) {
        List<Conflict> out = new ArrayList<>();
        List<Tally> tallies = data.tallies().stream().sorted(Comparator.comparing(Tally::id)).toList();
        for (int i = 0; i < tallies.size(); i++) {
            for (int j = i + 1; j < tallies.size(); j++) {
                Tally a = tallies.get(i), b = tallies.get(j);
                if (b.countsSameAs(a) && !b.agreesWith(a.value()))
                    out.add(new Conflict(a.id(), b.id(), "the reference data counts the " + a.counted() + " twice, differently: "
                            + a.describe() + " (" + a.cited() + ") and " + b.describe() + " (" + b.cited() + ")"));
            }
        }
        List<OfficeHolder> holders = data.holders().stream().sorted(Comparator.comparing(OfficeHolder::id)).toList();
        for (int i = 0; i < holders.size(); i++) {
            for (int j = i + 1; j < holders.size(); j++) {
                OfficeHolder a = holders.get(i), b = holders.get(j);
                if (!b.sameOffice(a) || !b.overlaps(a)) continue;
                if (!b.person().equals(a.person()))
                    out.add(new Conflict(a.id(), b.id(), "the reference data puts two people in one office at once: "
                            + a.describe() + " (" + a.cited() + ") and " + b.describe() + " (" + b.cited() + ")"));
                else if (!b.sameTermAs(a))
                    out.add(new Conflict(a.id(), b.id(), "the reference data gives " + a.person() + " two different terms in one office: "
                            + a.describe() + " (" + a.cited() + ") and " + b.describe() + " (" + b.cited() + ")"));
            }
        }
        return out;
    }
}
