package claimcheck.facts;

/** One passage a fact quotes, and where it was found in the article text (null when it was not). */
public record Provenance(String factId, int index, String quote, Span span) {
    public boolean found() { return span != null; }
}
