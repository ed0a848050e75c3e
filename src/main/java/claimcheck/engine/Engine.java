package claimcheck.engine;

import claimcheck.facts.DerivedValue;
import claimcheck.facts.Fact;
import claimcheck.facts.FactsFile;
import claimcheck.facts.Provenance;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.ReportOrder;
import claimcheck.findings.Severity;
import claimcheck.findings.Summary;
import claimcheck.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Checks one article: inserts its facts, where its quotes were found, and the packs' vocabulary
 * into a fresh session over the shared rule base; fires the rules within {@link EngineLimits};
 * gathers the checks, findings and derived values they recorded into an {@link ArticleReport}.
 * Knows nothing of the command line.
 */
public final class Engine {
    private final RuleSet rules;
    private final EngineLimits limits;
    private final ArticleReport.Tool tool;

    public Engine(RuleSet rules, EngineLimits limits, ArticleReport.Tool tool) {
        this.rules = rules;
        this.limits = limits;
        this.tool = tool;
    }

    public ArticleReport check(FactsFile file, FailOn failOn) {
        List<Provenance> provenance = locateQuotes(file);
        Results results = fire(file, provenance);
        return report(file, provenance, results, failOn);
    }

    private static List<Provenance> locateQuotes(FactsFile file) {
        List<Provenance> out = new ArrayList<>();
        for (Fact f : file.facts()) {
            for (int i = 0; i < f.quotes().size(); i++) {
                String q = f.quotes().get(i);
                out.add(new Provenance(f.id(), i, q, file.text().locate(q)));
            }
        }
        return out;
    }

    private record Results(List<Check> checks, List<Finding> findings, List<DerivedValue> derived) {}

    private Results fire(FactsFile file, List<Provenance> provenance) {
        KieSession session = rules.kieBase().newKieSession();
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claimcheck-watchdog");
            t.setDaemon(true);
            return t;
        });
        try {
            session.insert(file.article());
            session.insert(rules.vocabulary());
            file.facts().forEach(session::insert);
            provenance.forEach(session::insert);

            AtomicBoolean timedOut = new AtomicBoolean();
            // halt() is only seen between firings, so it stops loops, not one consequence that never returns.
            ScheduledFuture<?> timer = watchdog.schedule(() -> {
                timedOut.set(true);
                session.halt();
            }, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
            int fired;
            try {
                fired = session.fireAllRules(limits.maxFirings() + 1);
            } catch (ConsequenceException e) {
                throw new RuleRunException("rule " + ruleIdOf(e) + " failed on facts " + factIdsOf(e) + ": " + rootMessage(e), e);
            } finally {
                timer.cancel(false);
            }
            if (timedOut.get())
                throw new RuleRunException("the rules did not finish within " + limits.timeout().toMillis() + " ms on " + file.name() + "; a rule probably loops", null);
            if (fired > limits.maxFirings())
                throw new RuleRunException("the rules fired more than " + limits.maxFirings() + " times on " + file.name() + "; a rule probably loops", null);

            List<Check> checks = new ArrayList<>();
            List<Finding> findings = new ArrayList<>();
            List<DerivedValue> derived = new ArrayList<>();
            for (Object o : session.getObjects()) {
                if (o instanceof Check c) checks.add(c);
                else if (o instanceof Finding f) findings.add(f);
                else if (o instanceof DerivedValue d) derived.add(d);
            }
            return new Results(checks, findings, derived);
        } finally {
            watchdog.shutdownNow();
            session.dispose();
        }
    }

    private static String ruleIdOf(ConsequenceException e) {
        if (e.getRule() == null) return "(unknown)";
        Object id = e.getRule().getMetaData().get("id");
        return id != null ? String.valueOf(id) : e.getRule().getName();
    }

    private static List<String> factIdsOf(ConsequenceException e) {
        List<String> ids = new ArrayList<>();
        if (e.getMatch() != null)
            for (Object o : e.getMatch().getObjects()) if (o instanceof Fact f) ids.add(f.id());
        return ids;
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) r = r.getCause();
        return r.getClass().getSimpleName() + (r.getMessage() == null ? "" : ": " + r.getMessage());
    }

    private ArticleReport report(FactsFile file, List<Provenance> provenance, Results results, FailOn failOn) {
        Map<String, List<Provenance>> byFact = new HashMap<>();
        Map<String, Integer> firstOffset = new HashMap<>();
        for (Provenance p : provenance) {
            byFact.computeIfAbsent(p.factId(), k -> new ArrayList<>()).add(p);
            if (p.span() != null) firstOffset.merge(p.factId(), p.span().start(), Math::min);
        }

        List<Finding> findings = new ArrayList<>();
        for (Finding f : results.findings()) {
            List<Evidence> evidence = new ArrayList<>();
            for (String id : f.facts())
                for (Provenance p : byFact.getOrDefault(id, List.of())) evidence.add(new Evidence(id, p.quote(), p.span()));
            findings.add(f.withEvidence(evidence));
        }
        findings.sort(ReportOrder.FINDINGS);

        List<Check> checks = new ArrayList<>(results.checks());
        checks.sort(ReportOrder.checks(firstOffset));

        List<DerivedValue> derived = new ArrayList<>(results.derived());
        derived.sort(Comparator.comparing(DerivedValue::factId).thenComparing(DerivedValue::field).thenComparing(DerivedValue::ruleId));

        Summary summary = summarise(file.facts().size(), checks, findings, failOn);

        List<Provenance> ordered = new ArrayList<>(provenance);
        ordered.sort(Comparator.comparing((Provenance p) -> p.span() == null ? Integer.MAX_VALUE : p.span().start())
                .thenComparing(Provenance::factId).thenComparingInt(Provenance::index));
        return new ArticleReport(tool, file.name(), file.article(), file.text().text(), file.facts(), ordered,
                findings, checks, derived, summary, file.positions());
    }

    /** The counts and the gate decision: only active findings count against the gate. */
    public static Summary summarise(int facts, List<Check> checks, List<Finding> findings, FailOn failOn) {
        int passed = (int) checks.stream().filter(c -> c.status() == Check.Status.PASS).count();
        int[] bySeverity = new int[Severity.values().length];
        int suppressed = 0;
        boolean gateFails = false;
        for (Finding f : findings) {
            if (!f.active()) {
                suppressed++;
                continue;
            }
            bySeverity[f.severity().ordinal()]++;
            gateFails |= failOn.fails(f.severity());
        }
        return new Summary(facts, checks.size(), passed, checks.size() - passed,
                bySeverity[0], bySeverity[1], bySeverity[2], suppressed, !gateFails, failOn);
    }
}
