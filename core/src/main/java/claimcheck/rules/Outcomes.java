package claimcheck.rules;

import claimcheck.facts.DerivedValue;
import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.Quantity;
import claimcheck.findings.Check;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.base.factmodel.GeneratedFact;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one channel from a rule's consequence to claimcheck: a rule records checks, findings and
 * derived values here, and nothing else. Every record is inserted logically, so it disappears if
 * the facts that justified it change during the run. The rule's id and default severity come from
 * its own metadata.
 *
 * <p>In DRL: {@code Outcomes.pass(kcontext, "37 = 37", $mention, $event);}. The trailing arguments
 * name the facts involved: facts, instances of the fact kinds a pack declares (named by their
 * {@code id} field), collections of them, or fact ids.
 *
 * <p>Among them, the claim under review is what the rule's {@code @claim} metadata names: the fact
 * kinds, by the type names its patterns use ({@code @claim("Share")}, {@code @claim("CandidateShare")};
 * {@code @claim("Fact")} for any), whose facts a failure blames. Every fact named of those kinds is the
 * claim; when none is, the first fact named. A consequence that must choose otherwise wraps the
 * facts in {@link #claim(Object...)}: {@code Outcomes.fail(kcontext, msg, Outcomes.claim($a), $b)}.
 */
public final class Outcomes {
    private Outcomes() {}

    /** Facts named as the claim under review, whatever the rule's {@code @claim} says. */
    public record Claimed(List<Object> facts) {
        public Claimed { facts = List.copyOf(facts); }
    }

    /** {@code facts} as the claim under review of this outcome, in place of the kinds {@code @claim} names. */
    public static Claimed claim(Object... facts) {
        return new Claimed(java.util.Arrays.asList(facts));
    }

    /** A check that held. */
    public static void pass(RuleContext ctx, String message, Object... facts) {
        ctx.insertLogical(new Check(ruleId(ctx), Check.Status.PASS, ids(facts), message, claimIds(ctx, facts)));
    }

    /** A check that failed, reported at the rule's declared severity. */
    public static void fail(RuleContext ctx, String message, Object... facts) {
        fail(ctx, declaredSeverity(ctx), message, facts);
    }

    /** A check that failed, reported at {@code severity} (a rule may judge some failures milder than its default). */
    public static void fail(RuleContext ctx, Severity severity, String message, Object... facts) {
        Check failed = new Check(ruleId(ctx), Check.Status.FAIL, ids(facts), message, claimIds(ctx, facts));
        ctx.insertLogical(failed);
        ctx.insertLogical(Finding.of(failed, severity));
    }

    /** An info finding that is not a check: a claim the rule cannot decide, and why. */
    public static void note(RuleContext ctx, String message, Object... facts) {
        ctx.insertLogical(new Finding(ruleId(ctx), Severity.INFO, message, ids(facts), claimIds(ctx, facts)));
    }

    /**
     * A value the article implies: recorded for other rules to use and reported as an info finding.
     * {@code target} is the fact the value belongs to (a fact or a declared kind's instance);
     * {@code basis} names the facts it was worked out from.
     */
    public static void derive(RuleContext ctx, Object target, String field, Quantity value, String reasoning, Object... basis) {
        List<String> targetIds = ids(target);
        if (targetIds.size() != 1) throw new IllegalArgumentException("derive needs one target fact");
        String targetId = targetIds.get(0);
        List<String> basisIds = ids(basis);
        DerivedValue d = new DerivedValue(targetId, field, value, ruleId(ctx), reasoning, basisIds);
        ctx.insertLogical(d);
        List<String> involved = new ArrayList<>();
        involved.add(targetId);
        involved.addAll(basisIds);
        // The claim of a derived value is the fact it belongs to.
        ctx.insertLogical(new Finding(ruleId(ctx), Severity.INFO, reasoning, ids(involved), List.of(), List.of(d), null, null, List.of(targetId)));
    }

    /** Events named for a message: "transfer of 2025-08 (t-aug), ...". */
    public static String describe(Collection<Event> events) {
        List<String> names = new ArrayList<>();
        for (Event e : events) names.add(e.describe());
        return String.join(", ", names);
    }

    static String ruleId(RuleContext ctx) {
        return String.valueOf(ctx.getRule().getMetaData().get("id"));
    }

    static Severity declaredSeverity(RuleContext ctx) {
        return Severity.parse(String.valueOf(ctx.getRule().getMetaData().get("severity")));
    }

    /** The kinds {@code @claim} names: type names, separated by commas. */
    static List<String> claimKinds(RuleContext ctx) {
        Object declared = ctx.getRule().getMetaData().get("claim");
        return declared == null ? List.of() : CLAIM_KINDS.computeIfAbsent(String.valueOf(declared), Outcomes::parseKinds);
    }

    /**
     * Each {@code @claim} text read once: every outcome asks for its rule's. Keyed by the text, not the rule, so
     * that nothing of a discarded rule base is kept; the texts are as few as the packs' distinct {@code @claim}s.
     */
    private static final Map<String, List<String>> CLAIM_KINDS = new ConcurrentHashMap<>();

    private static List<String> parseKinds(String declared) {
        List<String> kinds = new ArrayList<>();
        for (String k : declared.split(",")) if (!k.isBlank()) kinds.add(k.strip());
        return List.copyOf(kinds);
    }

    /** The claim under review among {@code facts}: those wrapped in {@link #claim}, else those of the kinds {@code @claim} names. */
    private static List<String> claimIds(RuleContext ctx, Object... facts) {
        Set<String> explicit = new LinkedHashSet<>();
        collectClaimed(explicit, facts);
        if (!explicit.isEmpty()) return List.copyOf(explicit);
        List<String> kinds = claimKinds(ctx);
        Set<String> out = new LinkedHashSet<>();
        collectOfKinds(out, kinds, facts);
        return List.copyOf(out);
    }

    private static void collectClaimed(Set<String> out, Object... things) {
        for (Object o : things) {
            if (o instanceof Claimed c) collect(out, c.facts().toArray());
            else if (o instanceof Collection<?> c) collectClaimed(out, c.toArray());
            else if (o instanceof Object[] a) collectClaimed(out, a);
        }
    }

    private static void collectOfKinds(Set<String> out, List<String> kinds, Object... things) {
        for (Object o : things) {
            if (o == null) continue;
            if (o instanceof Claimed c) collectOfKinds(out, kinds, c.facts().toArray());
            else if (o instanceof Collection<?> c) collectOfKinds(out, kinds, c.toArray());
            else if (o instanceof Object[] a) collectOfKinds(out, kinds, a);
            else if (kinds.contains(ANY_FACT) || (!(o instanceof String) && kinds.contains(typeName(o)))) collect(out, o);
        }
    }

    /** The type name a rule's pattern matches {@code o} by: a declared fact by its declared type, not DeclaredFact. */
    private static String typeName(Object o) {
        return o instanceof claimcheck.facts.DeclaredFact d ? d.instance().getClass().getSimpleName() : o.getClass().getSimpleName();
    }

    /** The {@code @claim} that names every fact involved. */
    static final String ANY_FACT = "Fact";

    private static List<String> ids(Object... things) {
        Set<String> out = new LinkedHashSet<>();
        collect(out, things);
        return List.copyOf(out);
    }

    private static void collect(Set<String> out, Object... things) {
        for (Object o : things) {
            if (o == null) continue;
            if (o instanceof Claimed c) collect(out, c.facts().toArray());
            else if (o instanceof Fact f) out.add(f.id());
            else if (o instanceof String s) out.add(s);
            else if (o instanceof Collection<?> c) collect(out, c.toArray());
            else if (o instanceof Object[] a) collect(out, a);
            else if (o instanceof GeneratedFact) out.add(declaredId(o));
            else throw new IllegalArgumentException("not a fact or fact id: " + o.getClass().getName());
        }
    }

    /** Each declared class's id getter, if it has one; a ClassValue lets the classes of a discarded rule base go. */
    private static final ClassValue<Optional<Method>> ID_GETTERS = new ClassValue<>() {
        @Override
        protected Optional<Method> computeValue(Class<?> c) {
            try {
                Method m = c.getMethod("getId");
                return m.getReturnType() == String.class ? Optional.of(m) : Optional.empty();
            } catch (NoSuchMethodException e) {
                return Optional.empty();
            }
        }
    };

    /** The id of an instance of a type declared in DRL: its {@code id} field, which every declared fact kind has. */
    private static String declaredId(Object o) {
        Method getter = ID_GETTERS.get(o.getClass()).orElse(null);
        if (getter == null)
            throw new IllegalArgumentException("not a fact: " + o.getClass().getName() + " has no id field (a declared fact kind needs \"id : String\")");
        try {
            Object id = getter.invoke(o);
            if (id == null) throw new IllegalArgumentException("a " + o.getClass().getSimpleName() + " without an id named as a fact");
            return (String) id;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the id of " + o.getClass().getName(), e);
        }
    }
}
