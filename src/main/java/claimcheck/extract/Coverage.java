package claimcheck.extract;

import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What rule core/uncovered-claim records: a check per {@link TextClaim}, failed (an info finding
 * pointing at its passage) when no fact's quote covers it. A claim is no fact, so the finding carries its own evidence (the engine adds the
 * passages of facts, and a claim has none).
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

    /** A passed check: some fact's quote takes the claim in. */
    public static void covered(RuleContext ctx, TextClaim c) {
        ctx.insertLogical(new Check(rule(ctx), Check.Status.PASS, List.of(c.id()), "\"" + c.text() + "\", " + article(c) + ", is covered by a fact's quote"));
    }

    private static String rule(RuleContext ctx) { return String.valueOf(ctx.getRule().getMetaData().get("id")); }

    private static String article(TextClaim c) { return (c.kind().matches("[aeiou].*") ? "an " : "a ") + c.kind(); }
}
