package claimcheck.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Reference data loaded from one or more files: office holders and tallies, with the files they
 * came from. Inserted into each article's session: the entries as facts of their own, and this
 * object itself, so that a rule can tell "the record has nothing on this" from "no record was given".
 */
public record ReferenceData(List<String> files, List<OfficeHolder> holders, List<Tally> tallies) {
    public static final ReferenceData NONE = new ReferenceData(List.of(), List.of(), List.of());

    public ReferenceData {
        files = List.copyOf(files);
        holders = List.copyOf(holders);
        tallies = List.copyOf(tallies);
    }

    public boolean isEmpty() { return files.isEmpty(); }

    /** What a session holds of it: nothing when none was given, else this object and every entry. */
    public List<Object> sessionFacts() {
        if (isEmpty()) return List.of();
        List<Object> out = new ArrayList<>();
        out.add(this);
        out.addAll(holders);
        out.addAll(tallies);
        return out;
    }
}
