package claimcheck.extract;

import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule core/uncovered-claim records for a {@link TextClaim} no fact's quote covers: a failed check,
 * reported as an info finding pointing at its passage. A claim is no fact, so the finding carries its own
 * evidence (the engine adds the passages of facts, and a claim has none). A covered claim records nothing.
 */
public final class Coverage {
    private Coverage() {}

    /** A failed check, reported as info, pointing at the claim. */
    public static void uncovered(RuleContext ctx, TextClaim c) {
        String message = "\"" + c.text() + "\" is " + article(c) + " that no fact's quote covers";
        Check failed = new Check(rule(ctx), Check.Status.FAIL, List.of(c.id()), message);
        ctx.insertLogical(failed);
        ctx.insertLogical(new Finding(failed.ruleId(), Severity.INFO, message, failed.facts(),
                List.of(new Evidence(c.id(), c.text(), c.span())), List.of(), null, failed));
    }

    private static String rule(RuleContext ctx) { return String.valueOf(ctx.getRule().getMetaData().get("id")); }

    private static String article(TextClaim c) { return (c.kind().matches("[aeiou].*") ? "an " : "a ") + c.kind(); }
}
