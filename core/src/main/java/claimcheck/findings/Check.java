package claimcheck.findings;

import java.util.List;

/** One thing a rule verified, passed or failed, with the facts involved and its reasoning ("37 + 26 + 29 = 92, stated 92"). */
public record Check(String ruleId, Status status, List<String> facts, String message) {
    public enum Status {
        PASS, FAIL;

        public String label() { return name().toLowerCase(java.util.Locale.ROOT); }

        @Override public String toString() { return label(); }
    }

    public Check {
        if (ruleId == null || status == null || message == null) throw new IllegalArgumentException("ruleId, status and message are required");
        facts = List.copyOf(facts);
    }
}
