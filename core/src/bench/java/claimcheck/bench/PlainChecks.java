package claimcheck.bench;

import claimcheck.facts.Attachment;
import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.FactsFile;
import claimcheck.facts.Mention;
import claimcheck.facts.Total;
import claimcheck.rules.Counts;
import claimcheck.rules.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline: core/total-sum, core/mention-agreement and extradition/assurance-attached written
 * as plain Java over the same loaded facts, with the same helpers the rules call ({@link Counts},
 * {@link Total#covers}, {@link claimcheck.facts.Quantity#consistentWith}), indexed by hand. It covers
 * the cases the synthetic articles exercise (all counts stated, or one missing), not every branch.
 */
final class PlainChecks {
    private PlainChecks() {}

    /** One check outcome: the rule id, pass or fail, and the message. */
    record Result(String ruleId, boolean passed, String message) {}

    static List<Result> check(FactsFile file, Vocabulary words) {
        List<Event> events = new ArrayList<>();
        List<Total> totals = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        Map<String, Fact> byId = new HashMap<>();
        Map<String, List<Attachment>> attachmentsOf = new HashMap<>();
        for (Fact f : file.facts()) {
            byId.put(f.id(), f);
            if (f instanceof Event e) events.add(e);
            else if (f instanceof Total t) totals.add(t);
            else if (f instanceof Mention m) mentions.add(m);
            else if (f instanceof Attachment a) attachmentsOf.computeIfAbsent(a.event(), k -> new ArrayList<>()).add(a);
        }
        List<Result> results = new ArrayList<>();
        for (Total t : totals) {
            List<Event> parts = new ArrayList<>();
            if (!t.components().isEmpty()) {
                for (String id : t.components()) if (byId.get(id) instanceof Event e) parts.add(e);
            } else {
                for (Event e : events) if (t.covers(e)) parts.add(e);
            }
            if (parts.isEmpty()) {
                results.add(new Result("core/total-sum", true, "the total of " + t.value() + " covers no event"));
                continue;
            }
            Counts c = Counts.of(t, parts);
            boolean ok = c.missing() == 0 ? c.sum().overlaps(t.value().interval()) : !c.sum().above(t.value().interval());
            results.add(new Result("core/total-sum", ok, c.sum() + ", stated " + t.value()));
        }
        for (Mention m : mentions) {
            if (m.value() == null) continue;
            Fact target = byId.get(m.refers());
            if (target == null || target.quantity() == null) continue;
            boolean ok = m.value().consistentWith(target.quantity());
            results.add(new Result("core/mention-agreement", ok, "the mention says " + m.value() + "; " + m.refers() + " states " + target.quantity()));
        }
        for (Event e : events) {
            if (!words.has("extradition/needs-assurance", e.type())) continue;
            boolean given = false;
            for (Attachment a : attachmentsOf.getOrDefault(e.id(), List.of())) given |= words.has("extradition/assurances", a.type());
            results.add(new Result("extradition/assurance-attached", given, given ? e.describe() + " comes with an assurance"
                    : "the article reports no assurance for " + e.describe()));
        }
        return results;
    }
}
