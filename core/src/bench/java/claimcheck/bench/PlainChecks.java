package claimcheck.bench;

import claimcheck.engine.RuleResults;
import claimcheck.facts.Attached;
import claimcheck.facts.Attachment;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.FactsFile;
import claimcheck.facts.Membership;
import claimcheck.facts.Mention;
import claimcheck.facts.Quantity;
import claimcheck.facts.Total;
import claimcheck.findings.Check;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.rules.Counts;
import claimcheck.rules.RuleInfo;
import claimcheck.rules.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline: core/total-sum, core/mention-agreement and extradition/assurance-attached written as plain
 * Java over the same loaded facts, with the same helpers the rules call ({@link Counts}, {@link Membership},
 * {@link Attached}, {@link Quantity#consistentWith}) and hash maps for the joins. Each case of each rule is
 * one branch here, recording what the rule's consequence records (the same checks, findings and derived
 * values, worded alike), so that a report assembled from these results is the report Drools gives with
 * those three rules alone: {@link Bench} compares the two, byte for byte, for every article it measures.
 */
final class PlainChecks {
    private static final String TOTAL_SUM = "core/total-sum";
    private static final String MENTION_AGREEMENT = "core/mention-agreement";
    private static final String ASSURANCE_ATTACHED = "extradition/assurance-attached";

    private final Vocabulary words;
    private final Map<String, Severity> severities = new HashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private final List<DerivedValue> derived = new ArrayList<>();

    private PlainChecks(Vocabulary words, Map<String, RuleInfo> rules) {
        this.words = words;
        for (String id : List.of(TOTAL_SUM, MENTION_AGREEMENT, ASSURANCE_ATTACHED)) severities.put(id, rules.get(id).severity());
    }

    /** What the three rules record for {@code file}; {@code rules} gives their declared severities. */
    static RuleResults check(FactsFile file, Vocabulary words, Map<String, RuleInfo> rules) {
        PlainChecks run = new PlainChecks(words, rules);
        Map<String, Fact> byId = new HashMap<>();
        for (Fact f : file.facts()) byId.put(f.id(), f);
        run.totals(file.facts());
        run.mentions(file.facts(), byId);
        run.assurances(file.facts());
        return new RuleResults(run.checks, run.findings, run.derived);
    }

    // core/total-sum: a total's parts (its Memberships) added up once, then one branch per case.
    private void totals(List<Fact> facts) {
        // Each total's parts in the order the rule's accumulate collects them, the last inserted first: checks name them so.
        Map<String, List<Fact>> partsOf = new HashMap<>();
        for (Membership m : Membership.of(facts)) partsOf.computeIfAbsent(m.total(), k -> new ArrayList<>()).add(0, m.fact());
        for (Fact f : facts) {
            if (!(f instanceof Total t)) continue;
            List<Fact> parts = partsOf.get(t.id());
            if (parts == null) {
                note(TOTAL_SUM, Total.class, "the total of " + t.value() + " covers no event the article states; there is nothing to add up", t);
                continue;
            }
            Counts c = Counts.of(t, parts);
            Quantity total = t.value();
            if (c.mixesCurrencyWith(total)) {
                fail(TOTAL_SUM, Total.class, "the total of " + total + " and its parts (" + terms(c) + ") are in different currencies ("
                        + c.currenciesWith(total) + "); amounts are never added across currencies", t, parts);
            } else if (t.partial()) {
                if (!c.sum().above(c.totalAllowed()))
                    pass(TOTAL_SUM, Total.class, "the parts named (a partial list) come to " + terms(c) + " = " + total.display(c.sum()) + ", within the total of " + total, t, parts);
                else
                    fail(TOTAL_SUM, Total.class, "the parts named (a partial list) already come to " + terms(c) + " = " + total.display(c.sum()) + ", more than the total of " + total, t, parts);
            } else if (c.missing() == 0) {
                if (!c.agrees()) {
                    fail(TOTAL_SUM, Total.class, terms(c) + " = " + total.display(c.sum()) + ", but the total is stated as " + total, t, parts);
                } else if (!c.holdsOnlyByRounding()) {
                    pass(TOTAL_SUM, Total.class, terms(c) + " = " + total.display(c.sum()) + ", stated " + total, t, parts);
                } else {
                    pass(TOTAL_SUM, Total.class, terms(c) + " = " + total.display(c.sum()) + ", stated " + total + ", read as rounded", t, parts);
                    note(TOTAL_SUM, Total.class, terms(c) + " = " + total.display(c.sumAsWritten()) + ": " + roundingNote(c, total), t, parts);
                }
            } else if (c.missing() == 1) {
                Fact missing = c.unknown().get(0);
                if (!c.sum().above(c.totalAllowed())) {
                    Quantity value = Quantity.of(total.interval().minus(c.sum()).atLeastZero()).inCurrency(total.currency());
                    derive(TOTAL_SUM, missing, Counts.field(missing), value, "the " + Counts.field(missing) + " of " + Counts.describe(missing)
                            + " is derived as " + value + ": " + total + minusTerms(c) + " = " + value, t, c.known());
                    pass(TOTAL_SUM, Total.class, termsWith(c, value) + " = " + total + ", stated " + total, t, parts);
                } else {
                    fail(TOTAL_SUM, Total.class, "the " + Counts.field(missing) + " of " + Counts.describe(missing) + " would be " + total + minusTerms(c)
                            + " = " + total.display(total.interval().minus(c.sum())) + ", below zero", t, parts);
                }
            } else if (c.sum().above(c.totalAllowed())) {
                fail(TOTAL_SUM, Total.class, "the stated counts alone exceed the total: " + terms(c) + " = " + total.display(c.sum()) + ", stated " + total, t, parts);
            } else {
                note(TOTAL_SUM, Total.class, c.missing() + " of the " + (t.countsEvents() ? "events" : "parts") + " counted in the total of " + total
                        + " have no stated " + (t.countsEvents() ? "count" : "value") + " (" + Counts.describeAll(c.unknown()) + "); the total cannot be checked", t, parts);
            }
        }
    }

    // core/mention-agreement: against the stated number, else the derived value with the first reasoning.
    private void mentions(List<Fact> facts, Map<String, Fact> byId) {
        Map<String, DerivedValue> firstDerived = new HashMap<>();
        for (DerivedValue d : derived) firstDerived.merge(d.factId(), d, (a, b) -> a.reasoning().compareTo(b.reasoning()) <= 0 ? a : b);
        for (Fact f : facts) {
            if (!(f instanceof Mention m) || m.value() == null) continue;
            Quantity v = m.value();
            Fact target = byId.get(m.refers());
            if (target == null) continue;
            String ref = m.refers();
            if (target.quantity() != null) {
                if (v.consistentWith(target.quantity()))
                    pass(MENTION_AGREEMENT, Mention.class, "the mention says " + v + "; " + ref + " states " + target.quantity(), m, target);
                else if (Counts.sameSource(m, target))
                    fail(MENTION_AGREEMENT, Mention.class, "the mention says " + v + ", but " + ref + " states " + target.quantity(), m, target);
                else
                    note(MENTION_AGREEMENT, Mention.class, "competing figures: " + sourced(m) + " gives " + v + ", " + sourced(target) + " gives "
                            + target.quantity() + " for " + ref + "; different sources may disagree", m, target);
                continue;
            }
            DerivedValue d = firstDerived.get(ref);
            if (d == null)
                note(MENTION_AGREEMENT, Mention.class, "the mention says " + v + ", but " + ref + " states no number to compare it with", m, target);
            else if (v.consistentWith(d.value()))
                pass(MENTION_AGREEMENT, Mention.class, "the mention says " + v + "; " + ref + " is derived as " + d.value(), m, target);
            else
                fail(MENTION_AGREEMENT, Mention.class, "the mention says " + v + ", but " + ref + " is derived as " + d.value(), m, target);
        }
    }

    // extradition/assurance-attached: every event of a type that needs one has an assurance attached.
    private void assurances(List<Fact> facts) {
        Map<String, List<Attachment>> given = new HashMap<>();
        for (Attached a : Attached.of(facts))
            if (words.has("extradition/assurances", a.attachment().type())) given.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a.attachment());
        for (Fact f : facts) {
            if (!(f instanceof Event e) || !words.has("extradition/needs-assurance", e.type())) continue;
            List<Attachment> assurances = given.get(e.id());
            if (assurances == null) {
                fail(ASSURANCE_ATTACHED, Event.class, "the article reports no assurance for " + e.describe(), e);
            } else {
                StringBuilder kinds = new StringBuilder();
                for (Attachment a : assurances) kinds.append(kinds.length() == 0 ? "" : ", ").append(a.type());
                pass(ASSURANCE_ATTACHED, Event.class, e.describe() + " comes with " + kinds, e, assurances);
            }
        }
    }

    private void pass(String rule, Class<? extends Fact> claim, String message, Object... facts) {
        checks.add(new Check(rule, Check.Status.PASS, ids(facts), message, claimed(claim, facts)));
    }

    private void fail(String rule, Class<? extends Fact> claim, String message, Object... facts) {
        Check failed = new Check(rule, Check.Status.FAIL, ids(facts), message, claimed(claim, facts));
        checks.add(failed);
        findings.add(Finding.of(failed, severities.get(rule)));
    }

    private void note(String rule, Class<? extends Fact> claim, String message, Object... facts) {
        findings.add(new Finding(rule, Severity.INFO, message, ids(facts), claimed(claim, facts)));
    }

    private void derive(String rule, Fact target, String field, Quantity value, String reasoning, Object... basis) {
        List<String> basisIds = ids(basis);
        DerivedValue d = new DerivedValue(target.id(), field, value, rule, reasoning, basisIds);
        derived.add(d);
        List<String> involved = new ArrayList<>();
        involved.add(target.id());
        involved.addAll(basisIds);
        findings.add(new Finding(rule, Severity.INFO, reasoning, ids(involved), List.of(), List.of(d), null, null, List.of(target.id())));
    }

    /** The ids of the facts named, in order, once each: facts, ids, and lists of either. */
    private static List<String> ids(Object... things) {
        Set<String> out = new LinkedHashSet<>();
        collect(out, null, things);
        return List.copyOf(out);
    }

    /** The ids of the facts of the claim's kind among those named: what the rule's {@code @claim} picks. */
    private static List<String> claimed(Class<? extends Fact> kind, Object... things) {
        Set<String> out = new LinkedHashSet<>();
        collect(out, kind, things);
        return List.copyOf(out);
    }

    private static void collect(Set<String> out, Class<? extends Fact> kind, Object... things) {
        for (Object o : things) {
            if (o instanceof Fact f) {
                if (kind == null || f.getClass() == kind) out.add(f.id());
            } else if (o instanceof String s) {
                if (kind == null) out.add(s);
            } else if (o instanceof List<?> l) {
                collect(out, kind, l.toArray());
            }
        }
    }

    private static String sourced(Fact f) {
        return f.source() != null ? f.source() : "the article";
    }

    private static String roundingNote(Counts c, Quantity total) {
        if (total.interval().overlaps(c.sumAsWritten()))
            return "holds if " + total + " is rounded from " + total.display(c.reconciling());
        return "holds only if the parts are rounded as well, coming to " + total.display(c.reconciling()) + " for a total of " + total;
    }

    private static String terms(Counts c) {
        if (c.known().isEmpty()) return "0";
        List<String> t = new ArrayList<>();
        for (Fact f : c.known()) t.add(f.quantity().toString());
        return String.join(" + ", t);
    }

    private static String termsWith(Counts c, Quantity derived) {
        List<String> t = new ArrayList<>();
        for (Fact f : c.all()) t.add(f.quantity() != null ? f.quantity().toString() : derived + " (derived)");
        return String.join(" + ", t);
    }

    private static String minusTerms(Counts c) {
        StringBuilder s = new StringBuilder();
        for (Fact f : c.known()) s.append(" − ").append(f.quantity());
        return s.toString();
    }
}
