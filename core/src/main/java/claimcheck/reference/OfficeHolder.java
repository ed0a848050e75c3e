package claimcheck.reference;

import claimcheck.facts.NormalText;
import claimcheck.facts.PartialDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A term in office as the public record has it: {@code person} held {@code office} (also written as
 * any of {@code officeNames}) in {@code jurisdiction} from {@code from} to {@code to} (null while it
 * is ongoing). Names are kept in the same normal form as the names in role facts, and an office is
 * matched only by one of its names exactly: never by likeness.
 */
public record OfficeHolder(String id, String person, String office, List<String> officeNames, String jurisdiction,
                           PartialDate from, PartialDate to, List<Source> sources) {
    public OfficeHolder {
        if (id == null || from == null) throw new IllegalArgumentException("id and from are required");
        person = NormalText.of(person);
        office = NormalText.of(office);
        List<String> names = new ArrayList<>();
        if (officeNames != null) for (String n : officeNames) names.add(NormalText.of(n));
        officeNames = List.copyOf(names);
        sources = List.copyOf(sources);
        if (sources.isEmpty()) throw new IllegalArgumentException("an office holder cites at least one source");
        if (to != null && from.earliest().isAfter(to.latest()))
            throw new IllegalArgumentException("the term starts (" + from + ") after it ends (" + to + ")");
    }

    /** True when {@code name} is this office's name or one of its other names. */
    public boolean holds(String name) {
        String n = NormalText.of(name);
        return office.equals(n) || officeNames.contains(n);
    }

    /** True when the term certainly includes {@code day}: started on or before it, and not ended before it. */
    public boolean inOfficeOn(LocalDate day) {
        return !from.latest().isAfter(day) && (to == null || !to.earliest().isBefore(day));
    }

    /** True when the term certainly ended before {@code day}. */
    public boolean endedBefore(LocalDate day) {
        return to != null && to.latest().isBefore(day);
    }

    /** True when this term and {@code other}'s may share a day. */
    public boolean overlaps(OfficeHolder other) {
        boolean thisEndsFirst = to != null && to.latest().isBefore(other.from.earliest());
        boolean otherEndsFirst = other.to != null && other.to.latest().isBefore(from.earliest());
        return !thisEndsFirst && !otherEndsFirst;
    }

    /** True when {@code other} gives the same term: the same first and last day, as written. */
    public boolean sameTermAs(OfficeHolder other) {
        return from.equals(other.from) && java.util.Objects.equals(to, other.to);
    }

    /** True when {@code other} is an entry for the same office (by this entry's names) in the same jurisdiction. */
    public boolean sameOffice(OfficeHolder other) {
        return jurisdiction.equals(other.jurisdiction) && (holds(other.office) || other.holds(office));
    }

    /** The term as messages give it: "from 2025-01-20" or "from 2019-01-20 to 2023-01-20". */
    public String term() {
        return "from " + from + (to == null ? "" : " to " + to);
    }

    /** "Donald Trump, President of the United States from 2025-01-20 (term-trump-2)". */
    public String describe() {
        return person + ", " + office + " " + term() + " (" + id + ")";
    }

    /** The sources cited, for messages. */
    public String cited() { return Citations.of(sources); }
}
