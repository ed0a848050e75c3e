package claimcheck.engine;

import claimcheck.Deadline;
import claimcheck.InputError;
import claimcheck.baseline.Baseline;
import claimcheck.baseline.BaselineEntry;
import claimcheck.facts.Acceptance;
import claimcheck.facts.DeclaredFact;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.Fact;
import claimcheck.facts.FactsFile;
import claimcheck.facts.Provenance;
import claimcheck.facts.Suggestions;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.Evidence;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import claimcheck.findings.ReportOrder;
import claimcheck.findings.Severity;
import claimcheck.findings.Summary;
import claimcheck.findings.Suppression;
import claimcheck.rules.RuleInfo;
import claimcheck.rules.RuleSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Checks one article: inserts its facts, where its quotes were found, and the packs' vocabulary
 * into a fresh session over the shared rule base; fires the enabled rules within {@link EngineLimits};
 * gathers the checks, findings and derived values they recorded into an {@link ArticleReport}, with
 * severities overridden as the {@link RuleSelection} says, and the findings the facts accept or the
 * {@link Gate}'s baseline records marked suppressed. Every phase watches the article's {@link Deadline}:
 * the rules get {@link EngineLimits#timeout()} or what is left of it, whichever is less. Knows
 * nothing of the command line.
 */
public final class Engine {
    private final RuleSet rules;
    private final EngineLimits limits;
    private final ArticleReport.Tool tool;
    private final RuleSelection selection;

    public Engine(RuleSet rules, EngineLimits limits, ArticleReport.Tool tool) {
        this(rules, limits, tool, RuleSelection.ALL);
    }

    public Engine(RuleSet rules, EngineLimits limits, ArticleReport.Tool tool, RuleSelection selection) {
        this.rules = rules;
        this.limits = limits;
        this.tool = tool;
        this.selection = selection;
    }

    /** The rule set this engine runs; its declared fact kinds are what facts files may use besides the built-in ones. */
    public RuleSet rules() { return rules; }

    /** Checks {@code file} with no baseline, failing on {@code failOn}. */
    public ArticleReport check(FactsFile file, FailOn failOn) {
        return check(file, Gate.of(failOn));
    }

    /** Checks {@code file} within the default time limit, from now. */
    public ArticleReport check(FactsFile file, Gate gate) {
        return check(file, gate, Deadline.after(Deadline.DEFAULT_LIMIT));
    }

    /**
     * Checks {@code file} by {@code deadline}, which may have started before (when the file was
     * loaded): when it passes, the article fails with a {@link RuleRunException} naming the phase.
     */
    public ArticleReport check(FactsFile file, Gate gate, Deadline deadline) {
        if (deadline.expired()) throw new RuleRunException(deadline.exceeded("loading", file.name()), null);
        checkAcceptances(file);
        List<Provenance> provenance = locateQuotes(file, deadline);
        Results results = fire(file, provenance, deadline);
        return report(file, provenance, results, gate);
    }

    /** An acceptance must name a rule of the loaded packs: a mistyped id would otherwise accept nothing, silently. */
    private void checkAcceptances(FactsFile file) {
        Map<String, ?> known = rules.byId();
        for (Acceptance a : file.acceptances()) {
            if (known.containsKey(a.ruleId())) continue;
            String best = Suggestions.closest(a.ruleId(), new java.util.TreeSet<>(known.keySet()));
            throw new InputError(file.name(), a.position().line(), a.position().column(), a.field(),
                    "no rule \"" + a.ruleId() + "\" in the loaded rule packs" + (best == null ? "" : "; did you mean \"" + best + "\"?"));
        }
    }

    private static List<Provenance> locateQuotes(FactsFile file, Deadline deadline) {
        List<Provenance> out = new ArrayList<>();
        for (Fact f : file.facts()) {
            for (int i = 0; i < f.quotes().size(); i++) {
                String q = f.quotes().get(i);
                try {
                    out.add(new Provenance(f.id(), i, q, file.text().locate(q, deadline)));
                } catch (Deadline.Expired e) {
                    throw new RuleRunException(deadline.exceeded("quote location", file.name()) + " (fact " + f.id() + ")", null);
                }
            }
        }
        return out;
    }

    private record Results(List<Check> checks, List<Finding> findings, List<DerivedValue> derived) {}

    private Results fire(FactsFile file, List<Provenance> provenance, Deadline deadline) {
        // The rules' own limit, or what is left of the article's, whichever is less.
        Duration left = deadline.remaining();
        boolean articleBound = left.compareTo(limits.timeout()) < 0;
        long timeoutMillis = articleBound ? Math.max(1, left.toMillis()) : limits.timeout().toMillis();
        String within = timeoutMillis + " ms" + (articleBound ? " (what was left of the time limit of " + Deadline.text(deadline.limit()) + ")" : "");
        KieSession session = rules.kieBase().newKieSession();
        FiringLog log = new FiringLog();
        session.addEventListener(log);
        // The session runs on a worker thread, so that a consequence stuck in plain Java (which
        // halt() cannot reach) is abandoned rather than hanging the whole run.
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon("claimcheck-rules"));
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemon("claimcheck-watchdog"));
        boolean abandoned = false;
        try {
            AtomicBoolean timedOut = new AtomicBoolean();
            Future<Integer> run = worker.submit(() -> {
                session.insert(file.article());
                session.insert(rules.vocabulary());
                for (Fact f : file.facts()) {
                    session.insert(f);
                    // A declared kind's rules match the instance of the declared class.
                    if (f instanceof DeclaredFact d) session.insert(d.instance());
                }
                provenance.forEach(session::insert);
                // halt() is only seen between firings: it stops loops, not one consequence that never returns.
                ScheduledFuture<?> timer = watchdog.schedule(() -> {
                    timedOut.set(true);
                    session.halt();
                }, timeoutMillis, TimeUnit.MILLISECONDS);
                try {
                    return selection.disabled().isEmpty()
                            ? session.fireAllRules(limits.maxFirings() + 1)
                            : session.fireAllRules(match -> selection.enabled(ruleIdOf(match.getRule())), limits.maxFirings() + 1);
                } finally {
                    timer.cancel(false);
                }
            });
            int fired;
            try {
                fired = run.get(timeoutMillis + HARD_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                abandoned = true;
                throw new RuleRunException("rule " + log.current() + " did not return within " + within
                        + " on " + file.name() + " (" + factsText(log.currentFacts()) + "); its consequence probably loops", null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RuleRunException("interrupted while checking " + file.name(), e);
            } catch (ExecutionException e) {
                throw failure(file, log, e.getCause());
            }
            if (timedOut.get())
                throw new RuleRunException("the rules did not finish within " + within + " on " + file.name()
                        + "; rule " + log.busiest() + " fired most (" + log.count(log.busiest()) + " times, last on "
                        + factsText(log.lastFacts(log.busiest())) + ") and probably loops", null);
            if (fired > limits.maxFirings())
                throw new RuleRunException("the rules fired more than " + limits.maxFirings() + " times on " + file.name()
                        + "; rule " + log.busiest() + " fired " + log.count(log.busiest()) + " times (last on "
                        + factsText(log.lastFacts(log.busiest())) + ") and probably loops", null);

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
            worker.shutdownNow();
            if (!abandoned) session.dispose();
        }
    }

    private static String factsText(List<String> ids) {
        return ids.isEmpty() ? "no facts" : "facts " + ids;
    }

    /** How long past the timeout a consequence may run before it is abandoned. */
    private static final long HARD_GRACE_MILLIS = 1_000;

    private static RuleRunException failure(FactsFile file, FiringLog log, Throwable t) {
        if (t instanceof ConsequenceException e)
            return new RuleRunException("rule " + ruleIdOf(e) + " failed on facts " + factIdsOf(e) + " of " + file.name() + ": " + rootMessage(e), e);
        // A constraint that throws (a condition, not a consequence) surfaces here, naming the rule in its message.
        return new RuleRunException("rules failed on " + file.name() + (log.current() == null ? "" : " after rule " + log.current())
                + ": " + rootMessage(t), t);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static String ruleIdOf(ConsequenceException e) {
        return e.getRule() == null ? "(unknown)" : ruleIdOf(e.getRule());
    }

    private static String ruleIdOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id != null ? String.valueOf(id) : rule.getName();
    }

    private static List<String> factIdsOf(ConsequenceException e) {
        List<String> ids = new ArrayList<>();
        if (e.getMatch() != null)
            for (Object o : e.getMatch().getObjects()) if (o instanceof Fact f) ids.add(f.id());
        return ids;
    }

    /** Counts firings per rule and remembers the match each rule fired on last, to name a looping rule. */
    private static final class FiringLog extends DefaultAgendaEventListener {
        private final Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, List<String>> lastFacts = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile String current;
        private volatile List<String> currentFacts = List.of();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            Object id = event.getMatch().getRule().getMetaData().get("id");
            String rule = id != null ? String.valueOf(id) : event.getMatch().getRule().getName();
            List<String> facts = new ArrayList<>();
            for (Object o : event.getMatch().getObjects()) if (o instanceof Fact f) facts.add(f.id());
            current = rule;
            currentFacts = facts;
            counts.merge(rule, 1, Integer::sum);
            lastFacts.put(rule, facts);
        }

        String current() { return current; }

        List<String> currentFacts() { return currentFacts; }

        String busiest() {
            return counts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).orElse("(none)");
        }

        int count(String rule) { return counts.getOrDefault(rule, 0); }

        List<String> lastFacts(String rule) { return lastFacts.getOrDefault(rule, List.of()); }
    }

    private static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) r = r.getCause();
        return r.getClass().getSimpleName() + (r.getMessage() == null ? "" : ": " + r.getMessage());
    }

    private ArticleReport report(FactsFile file, List<Provenance> provenance, Results results, Gate gate) {
        Map<String, List<Provenance>> byFact = new HashMap<>();
        Map<String, Integer> firstOffset = new HashMap<>();
        for (Provenance p : provenance) {
            byFact.computeIfAbsent(p.factId(), k -> new ArrayList<>()).add(p);
            if (p.span() != null) firstOffset.merge(p.factId(), p.span().start(), Math::min);
        }

        Map<String, RuleInfo> declared = rules.byId();
        List<Finding> findings = new ArrayList<>();
        for (Finding f : results.findings()) {
            Severity override = selection.severities().get(f.ruleId());
            RuleInfo rule = declared.get(f.ruleId());
            if (override != null && rule != null && f.severity() == rule.severity()) f = f.withSeverity(override);
            findings.add(accepted(withEvidence(f, byFact), file.acceptances()));
        }
        Baseline.Judgement judged = gate.baseline().apply(file.article().id(), findings, gate.asOf());
        findings = new ArrayList<>(judged.findings());
        for (BaselineEntry expired : judged.expired()) findings.add(withEvidence(Baseline.expiredFinding(expired), byFact));
        findings.sort(ReportOrder.FINDINGS);

        List<Check> checks = new ArrayList<>(results.checks());
        checks.sort(ReportOrder.checks(firstOffset));

        List<DerivedValue> derived = new ArrayList<>(results.derived());
        derived.sort(Comparator.comparing(DerivedValue::factId).thenComparing(DerivedValue::field).thenComparing(DerivedValue::ruleId));

        Summary summary = summarise(file.facts().size(), checks, findings, gate.failOn());

        List<Provenance> ordered = new ArrayList<>(provenance);
        ordered.sort(Comparator.comparing((Provenance p) -> p.span() == null ? Integer.MAX_VALUE : p.span().start())
                .thenComparing(Provenance::factId).thenComparingInt(Provenance::index));
        return new ArticleReport(tool, file.name(), file.article(), file.text().text(), file.facts(), ordered,
                findings, checks, derived, summary, file.positions());
    }

    /** {@code f} with the quoted passages of the facts it names, in the order it names them. */
    private static Finding withEvidence(Finding f, Map<String, List<Provenance>> byFact) {
        List<Evidence> evidence = new ArrayList<>();
        for (String id : f.facts())
            for (Provenance p : byFact.getOrDefault(id, List.of())) evidence.add(new Evidence(id, p.quote(), p.span()));
        return f.withEvidence(evidence);
    }

    /** {@code f} marked accepted when a fact it names accepts its rule (the first such acceptance in the file). */
    private static Finding accepted(Finding f, List<Acceptance> acceptances) {
        for (Acceptance a : acceptances) {
            if (a.ruleId().equals(f.ruleId()) && f.facts().contains(a.factId()))
                return f.suppressed(new Suppression(Suppression.Kind.ACCEPTED, a.reason(), null));
        }
        return f;
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
