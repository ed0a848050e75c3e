package claimcheck.facts;

/**
 * One passage a fact quotes, and where it was found in the article text (null when it was not).
 *
 * @param near when the quote was not found, the closest passage of the text and what differs; else null
 */
public record Provenance(String factId, int index, String quote, Span span, Near near) {
    public Provenance(String factId, int index, String quote, Span span) {
        this(factId, index, quote, span, null);
    }

    public boolean found() { return span != null; }

    /** For a quote not found: where the closest passage is and what differs, or that there is none. */
    public String nearest() {
        if (near == null) return "no passage of the text is close to it";
        return "the closest passage, at " + near.span().line() + ":" + near.span().column() + ", reads \u201C" + near.passage()
                + "\u201D: " + near.described();
    }
}
