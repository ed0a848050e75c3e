package claimcheck.findings;

import java.util.List;

/**
 * One thing a rule verified, passed or failed, with the facts involved and its reasoning ("37 + 26 + 29 = 92, stated 92").
 *
 * @param claim the facts under review, a subset of {@code facts} in their order: the claim a failure
 *              blames (the shares of a sum, not the whole they are shares of); the other facts are what
 *              it was checked against
 */
public record Check(String ruleId, Status status, List<String> facts, String message, List<String> claim) {
    public enum Status {
        PASS, FAIL;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

        @Override public String toString() { return label(); }
    }

    /** A check whose claim is the first fact it names. */
    public Check(String ruleId, Status status, List<String> facts, String message) {
        this(ruleId, status, facts, message, Claims.firstOf(facts));
    }

    /** Whether the check is of the article or of its facts file. */
    public Category category() { return Category.of(ruleId); }

    public Check {
        if (ruleId == null || status == null || message == null) throw new IllegalArgumentException("ruleId, status and message are required");
        facts = List.copyOf(facts);
        claim = Claims.within(claim, facts);
    }
}
