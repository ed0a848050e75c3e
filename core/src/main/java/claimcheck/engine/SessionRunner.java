package claimcheck.engine;

import claimcheck.Deadline;
import claimcheck.extract.QuotedClaim;
import claimcheck.extract.TextClaim;
import claimcheck.facts.Attached;
import claimcheck.facts.DeclaredFact;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.Fact;
import claimcheck.facts.FactsFile;
import claimcheck.facts.Membership;
import claimcheck.facts.Provenance;
import claimcheck.findings.Check;
import claimcheck.findings.Finding;
import claimcheck.rules.RuleSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Runs one article's Drools session within {@link EngineLimits}: inserts the article, the packs'
 * vocabulary, the facts and where their quotes were found into a fresh session over the shared rule
 * base, fires the enabled rules, and collects what they recorded. A rule that throws, loops or
 * never returns becomes a {@link RuleRunException} naming it and the facts it fired on.
 *
 * <p>Sessions run on pooled daemon threads, one per article at a time, so that a consequence stuck
 * in plain Java (which {@code halt()} cannot reach) is abandoned rather than hanging the run; one
 * watchdog thread serves every session. Thread-safe: any number of articles may run at once.
 */
public final class SessionRunner {
    /** How long past the timeout a consequence may run before it is abandoned. */
    private static final long HARD_GRACE_MILLIS = 1_000;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(daemon("claimcheck-rules"));
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(daemon("claimcheck-watchdog"));

    private final RuleSet rules;
    private final EngineLimits limits;
    private final RuleSelection selection;
    private final List<Object> shared;
    /**
     * Sessions over {@code rules}, reused: {@code dispose()} hands one back reset (facts, agenda, listeners,
     * fact handle counters), keeping the node memories a fresh session would build again for every
     * article. The pool grows to as many sessions as run at once.
     */
    private final KieSessionsPool sessions;

    public SessionRunner(RuleSet rules, EngineLimits limits, RuleSelection selection) {
        this(rules, limits, selection, List.of());
    }

    /**
     * As above; every session also holds {@code shared}, objects that are not the article's (reference
     * entries, other articles' facts), for the rules that ask for them. They must not change.
     */
    public SessionRunner(RuleSet rules, EngineLimits limits, RuleSelection selection, List<Object> shared) {
        this.rules = rules;
        this.limits = limits;
        this.selection = selection;
        this.shared = List.copyOf(shared);
        this.sessions = rules.kieBase().newKieSessionsPool(1);
    }

    /**
     * Fires the rules over {@code file}'s facts and {@code provenance}, for the rules' own time limit or
     * what is left of the article's {@code deadline}, whichever is less; throws {@link RuleRunException}
     * when a rule misbehaves.
     */
    public RuleResults run(FactsFile file, List<Provenance> provenance, Deadline deadline) {
        return run(file, provenance, List.of(), deadline);
    }

    /** As {@link #run(FactsFile, List, Deadline)}, inserting {@code passages} too (the article's claim-like passages). */
    public RuleResults run(FactsFile file, List<Provenance> provenance, List<?> passages, Deadline deadline) {
        Duration left = deadline.remaining();
        boolean articleBound = left.compareTo(limits.timeout()) < 0;
        long timeoutMillis = articleBound ? Math.max(1, left.toMillis()) : limits.timeout().toMillis();
        String within = timeoutMillis + " ms" + (articleBound ? " (what was left of the time limit of " + Deadline.text(deadline.limit()) + ")" : "");
        KieSession session = sessions.newKieSession();
        FiringLog log = new FiringLog();
        session.addEventListener(log);
        AtomicBoolean timedOut = new AtomicBoolean();
        Future<Integer> run = WORKERS.submit(() -> {
            session.insert(file.article());
            session.insert(rules.vocabulary());
            for (Fact f : file.facts()) {
                session.insert(f);
                // A declared kind's rules match the instance of the declared class.
                if (f instanceof DeclaredFact d) session.insert(d.instance());
            }
            // Join facts: totals to their parts, attachments to their events, so rules join on indexed ids.
            Membership.of(file.facts()).forEach(session::insert);
            Attached.of(file.facts()).forEach(session::insert);
            provenance.forEach(session::insert);
            shared.forEach(session::insert);
            passages.forEach(session::insert);
            List<TextClaim> claims = passages.stream().filter(TextClaim.class::isInstance).map(TextClaim.class::cast).toList();
            if (!claims.isEmpty()) QuotedClaim.of(claims, provenance).forEach(session::insert);
            // halt() is only seen between firings: it stops loops, not one consequence that never returns.
            // A halt() before fireAllRules starts is lost, so the timer starts here.
            ScheduledFuture<?> timer = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                session.halt();
            }, timeoutMillis, TimeUnit.MILLISECONDS);
            try {
                // One firing past the limit tells a loop from a session that needs exactly the limit.
                return selection.disabled().isEmpty()
                        ? session.fireAllRules(limits.maxFirings() + 1)
                        : session.fireAllRules(match -> selection.enabled(ruleIdOf(match.getRule())), limits.maxFirings() + 1);
            } finally {
                timer.cancel(false);
            }
        });
        boolean abandoned = false;
        try {
            int fired;
            try {
                fired = run.get(timeoutMillis + HARD_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                abandoned = true;
                run.cancel(true);
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
            return collect(session);
        } finally {
            // A session whose consequence never returned is still in use by its thread: leave it be.
            if (!abandoned) session.dispose();
        }
    }

    private static RuleResults collect(KieSession session) {
        List<Check> checks = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<DerivedValue> derived = new ArrayList<>();
        for (Object o : session.getObjects()) {
            if (o instanceof Check c) checks.add(c);
            else if (o instanceof Finding f) findings.add(f);
            else if (o instanceof DerivedValue d) derived.add(d);
        }
        return new RuleResults(checks, findings, derived);
    }

    private static String factsText(List<String> ids) {
        return ids.isEmpty() ? "no facts" : "facts " + ids;
    }

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

    static String ruleIdOf(Rule rule) {
        Object id = rule.getMetaData().get("id");
        return id != null ? String.valueOf(id) : rule.getName();
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

    /** Counts firings per rule and remembers the match each rule fired on last, to name a looping rule. */
    private static final class FiringLog extends DefaultAgendaEventListener {
        private final Map<String, Integer> counts = new ConcurrentHashMap<>();
        private final Map<String, List<String>> lastFacts = new ConcurrentHashMap<>();
        private volatile String current;
        private volatile List<String> currentFacts = List.of();

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            String rule = ruleIdOf(event.getMatch().getRule());
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
}
