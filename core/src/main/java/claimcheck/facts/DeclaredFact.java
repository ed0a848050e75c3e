package claimcheck.facts;

import java.util.List;

/**
 * A fact of a kind a rule pack declares ({@link DeclaredKind}): its id, kind, quotes and note as for
 * every fact, and {@code instance}, the object of the declared class that the pack's rules match.
 * The session holds both, so rules over every {@link Fact} see declared facts too.
 */
public record DeclaredFact(String id, String kind, List<String> quotes, String note, Object instance,
                           List<Reference> references) implements Fact {
    public DeclaredFact {
        Fact.required(id, "id");
        Fact.required(kind, "kind");
        quotes = Fact.quotes(quotes);
        if (instance == null) throw new IllegalArgumentException("instance is required");
        references = List.copyOf(references);
    }
}
