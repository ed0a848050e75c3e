package claimcheck.extract;

import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule core/uncovered-claim records: an info finding on a {@link TextClaim}, pointing at its
 * passage. A claim is no fact, so the finding carries its own evidence (the engine adds the
 * passages of facts, and a claim has none).
 */
public final class Coverage {
    private Coverage() {}

    public static void uncovered(RuleContext ctx, TextClaim c) {
        String rule = String.valueOf(ctx.getRule().getMetaData().get("id"));
        String message = "\"" + c.text() + "\" is " + (c.kind().matches("[aeiou].*") ? "an " : "a ") + c.kind() + " that no fact's quote covers";
        ctx.insertLogical(new Finding(rule, Severity.INFO, message, List.of(c.id()),
                List.of(new Evidence(c.id(), c.text(), c.span())), List.of()));
    }
}
