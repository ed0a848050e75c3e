package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * One claim an article makes, tied to the exact words it rests on. Facts are immutable; what rules
 * work out from them is recorded beside them as {@link DerivedValue}s, never written into them.
 * The built-in kinds are records bound by Jackson (the subtypes below); kinds a rule pack declares
 * in DRL arrive as {@link DeclaredFact}, bound by the loader itself.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Event.class, name = "event"),
    @JsonSubTypes.Type(value = Total.class, name = "total"),
    @JsonSubTypes.Type(value = Ordinal.class, name = "ordinal"),
    @JsonSubTypes.Type(value = Mention.class, name = "mention"),
    @JsonSubTypes.Type(value = Attachment.class, name = "attachment"),
    @JsonSubTypes.Type(value = Role.class, name = "role"),
    @JsonSubTypes.Type(value = Term.class, name = "term"),
    @JsonSubTypes.Type(value = Quotation.class, name = "quote"),
    @JsonSubTypes.Type(value = Change.class, name = "change"),
    @JsonSubTypes.Type(value = ItemList.class, name = "list"),
    @JsonSubTypes.Type(value = Measure.class, name = "measure"),
    @JsonSubTypes.Type(value = Share.class, name = "share"),
    @JsonSubTypes.Type(value = Difference.class, name = "difference"),
    @JsonSubTypes.Type(value = Ratio.class, name = "ratio"),
    @JsonSubTypes.Type(value = Rank.class, name = "rank"),
})
public sealed interface Fact
        permits Event, Total, Ordinal, Mention, Attachment, Role, Term, Quotation, Change, ItemList, Measure,
                Share, Difference, Ratio, Rank, DeclaredFact {

    /** Unique within its facts file. */
    String id();

    /** The kind as written in the facts file: event, total, ordinal, ... */
    String kind();

    /** The article's exact words this fact rests on: one passage, or several. */
    List<String> quotes();

    /** The editor's own remark, never checked. */
    String note();

    /**
     * Who gives the figure, when the article names a source ("the health ministry", "the Red Cross"):
     * two sources' figures for one thing are competing claims, not a contradiction. Null when unsourced.
     */
    default String source() { return null; }

    /** The number this fact states, if it states one; null otherwise. */
    default Quantity quantity() { return null; }

    /** The other facts this one names, so the loader can check that they exist and are of the right kind. */
    default List<Reference> references() { return List.of(); }

    /**
     * A field of a fact that names another fact, which must be a {@code target}; when {@code kind}
     * is not null, also of that kind (for kinds rule packs declare).
     */
    record Reference(String field, String id, Class<? extends Fact> target, String kind) {
        public Reference(String field, String id, Class<? extends Fact> target) { this(field, id, target, null); }
    }

    /** Shared checks for the record constructors. */
    static List<String> quotes(List<String> quotes) {
        if (quotes == null || quotes.isEmpty()) throw new IllegalArgumentException("quote is required");
        return List.copyOf(quotes);
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " is required");
        return value;
    }

    static List<String> list(List<String> values) { return values == null ? List.of() : List.copyOf(values); }
}
