package claimcheck.facts;

import claimcheck.input.Position;

/**
 * A fact's {@code accept: {rule, reason}}: the editor has looked at what {@code ruleId} finds on this
 * fact and accepts it for {@code reason}. Such findings are still reported, marked accepted; they
 * no longer count against the gate. {@code field} and {@code position} say where the rule id is
 * written ({@code facts[3].accept.rule}), for messages.
 */
public record Acceptance(String factId, String ruleId, String reason, String field, Position position) {
    public Acceptance {
        Fact.required(factId, "factId");
        Fact.required(ruleId, "rule");
        Fact.required(reason, "reason");
    }
}
