package claimcheck.findings;

/**
 * Whose mistake a finding or check is about. ARTICLE: the article's claims. FACTS_FILE: the facts
 * file that writes them down (a quote that is not in the text, a value its own quote does not
 * state): the rules of the {@code facts} pack, whose ids start {@code facts/}. Reports show the two
 * apart, and ClaimReview never publishes a facts-file finding as a claim of the article.
 */
public enum Category {
    ARTICLE("article"), FACTS_FILE("facts-file");

    /** Rule ids of this prefix judge the facts file. */
    public static final String FACTS_PACK_PREFIX = "facts/";

    private final String label;

    Category(String label) { this.label = label; }

    public String label() { return label; }

    /** The category of a rule's findings and checks, read from its id. */
    public static Category of(String ruleId) {
        return ruleId.startsWith(FACTS_PACK_PREFIX) ? FACTS_FILE : ARTICLE;
    }

    @Override public String toString() { return label; }
}
