package claimcheck.extract;

import claimcheck.facts.ArticleText;
import claimcheck.facts.Provenance;
import claimcheck.facts.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * A claim-like passage of the article text: a number, percentage, ordinal or date, as the extract
 * recognisers find it. Verify inserts one per passage so that rule core/uncovered-claim can report
 * those no fact's quote covers.
 *
 * @param kind quantity, percentage, ordinal or date
 * @param text the passage as the article writes it
 * @param span where it sits
 */
public record TextClaim(String kind, String text, Span span) {
    /** Names the claim in findings and baselines by what it says, not where: "claim:quantity:37". */
    public String id() { return "claim:" + kind + ":" + text; }

    /** True when {@code p}'s passage was found and takes in the whole of this claim. */
    public boolean coveredBy(Provenance p) {
        return p.span() != null && p.span().start() <= span.start() && span.end() <= p.span().end();
    }

    /** The claims of {@code text}, in text order. */
    public static List<TextClaim> find(ArticleText text, Recogniser recogniser) {
        List<TextClaim> out = new ArrayList<>();
        String s = text.text();
        for (Match m : recogniser.coverageClaims(s)) {
            if (m.at("other") != null) {
                // A score or result ("3-1", "64 votes to 41") is two figures: each must be quoted, not the pair as one.
                for (Match.Group g : List.of(m.at("value"), m.at("other"))) out.add(new TextClaim(m.kind(), g.text(), text.span(g.start(), g.end())));
            } else {
                out.add(new TextClaim(m.kind(), s.substring(m.start(), m.end()), text.span(m.start(), m.end())));
            }
        }
        return out;
    }

    /** The claims of {@code text} by the shipped patterns. */
    public static List<TextClaim> find(ArticleText text) {
        return find(text, new Recogniser(Patterns.shippedForCoverage()));
    }
}
