package claimcheck.rules;

import claimcheck.facts.DerivedValue;
import claimcheck.facts.Fact;
import claimcheck.facts.Quantity;
import claimcheck.findings.Check;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one channel from a rule's consequence to claimcheck: a rule records checks, findings and
 * derived values here, and nothing else. Every record is inserted logically, so it disappears if
 * the facts that justified it change during the run. The rule's id and default severity come from
 * its own metadata.
 *
 * <p>In DRL: {@code Outcomes.pass(kcontext, "37 = 37", $mention, $event);}. The trailing arguments
 * name the facts involved: facts, collections of facts, or fact ids.
 */
public final class Outcomes {
    private Outcomes() {}

    /** A check that held. */
    public static void pass(RuleContext ctx, String message, Object... facts) {
        ctx.insertLogical(new Check(ruleId(ctx), Check.Status.PASS, ids(facts), message));
    }

    /** A check that failed, reported at the rule's declared severity. */
    public static void fail(RuleContext ctx, String message, Object... facts) {
        fail(ctx, declaredSeverity(ctx), message, facts);
    }

    /** A check that failed, reported at {@code severity} (a rule may judge some failures milder than its default). */
    public static void fail(RuleContext ctx, Severity severity, String message, Object... facts) {
        List<String> ids = ids(facts);
        ctx.insertLogical(new Check(ruleId(ctx), Check.Status.FAIL, ids, message));
        ctx.insertLogical(new Finding(ruleId(ctx), severity, message, ids, List.of(), List.of()));
    }

    /** An info finding that is not a check: a claim the rule cannot decide, and why. */
    public static void note(RuleContext ctx, String message, Object... facts) {
        ctx.insertLogical(new Finding(ruleId(ctx), Severity.INFO, message, ids(facts), List.of(), List.of()));
    }

    /**
     * A value the article implies: recorded for other rules to use and reported as an info finding.
     * {@code basis} names the facts it was worked out from.
     */
    public static void derive(RuleContext ctx, Fact target, String field, Quantity value, String reasoning, Object... basis) {
        List<String> basisIds = ids(basis);
        DerivedValue d = new DerivedValue(target.id(), field, value, ruleId(ctx), reasoning, basisIds);
        ctx.insertLogical(d);
        List<String> involved = new ArrayList<>();
        involved.add(target.id());
        involved.addAll(basisIds);
        ctx.insertLogical(new Finding(ruleId(ctx), Severity.INFO, reasoning, ids(involved), List.of(), List.of(d)));
    }

    static String ruleId(RuleContext ctx) {
        return String.valueOf(ctx.getRule().getMetaData().get("id"));
    }

    static Severity declaredSeverity(RuleContext ctx) {
        return Severity.parse(String.valueOf(ctx.getRule().getMetaData().get("severity")));
    }

    private static List<String> ids(Object... things) {
        Set<String> out = new LinkedHashSet<>();
        collect(out, things);
        return List.copyOf(out);
    }

    private static void collect(Set<String> out, Object... things) {
        for (Object o : things) {
            if (o == null) continue;
            if (o instanceof Fact f) out.add(f.id());
            else if (o instanceof String s) out.add(s);
            else if (o instanceof Collection<?> c) collect(out, c.toArray());
            else if (o instanceof Object[] a) collect(out, a);
            else throw new IllegalArgumentException("not a fact or fact id: " + o.getClass().getName());
        }
    }
}
