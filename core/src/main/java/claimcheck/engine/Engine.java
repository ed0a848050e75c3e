package claimcheck.engine;

import claimcheck.Deadline;
import claimcheck.InputError;
import claimcheck.extract.TextClaim;
import claimcheck.facts.Acceptance;
import claimcheck.facts.Fact;
import claimcheck.facts.FactsFile;
import claimcheck.facts.Near;
import claimcheck.facts.ClosestPassage;
import claimcheck.facts.Provenance;
import claimcheck.facts.Span;
import claimcheck.input.Suggestions;
import claimcheck.findings.ArticleReport;
import claimcheck.reference.CorroborationMatrix;
import claimcheck.findings.FailOn;
import claimcheck.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks one article: locates its quotes in the text, runs the rules over its facts
 * ({@link SessionRunner}) and judges what they recorded into an {@link ArticleReport}
 * ({@link ReportAssembler}). Every phase watches the article's {@link Deadline}: the rules get
 * {@link EngineLimits#timeout()} or what is left of it, whichever is less. Knows nothing of the
 * command line; thread-safe.
 */
public final class Engine {
    private static final String CROSS_SOURCE = "core/cross-source";
    private final RuleSet rules;
    private final SessionRunner runner;
    private final ReportAssembler assembler;
    private final EngineLimits limits;
    private final RuleSelection selection;
    private final ArticleReport.Tool tool;
    private final List<Object> shared;
    private final boolean coverage;

    public Engine(RuleSet rules, EngineLimits limits, ArticleReport.Tool tool) {
        this(rules, limits, tool, RuleSelection.ALL);
    }

    public Engine(RuleSet rules, EngineLimits limits, ArticleReport.Tool tool, RuleSelection selection) {
        this(rules, limits, tool, selection, List.of(), true);
    }

    private Engine(RuleSet rules, EngineLimits limits, ArticleReport.Tool tool, RuleSelection selection, List<Object> shared, boolean coverage) {
        this.rules = rules;
        this.limits = limits;
        this.selection = selection;
        this.tool = tool;
        this.shared = List.copyOf(shared);
        this.coverage = coverage;
        this.runner = new SessionRunner(rules, limits, selection, shared);
        this.assembler = new ReportAssembler(rules.byId(), selection, tool);
    }

    /** This engine with {@code shared} in every article's session besides its own facts (see {@link SessionRunner}). */
    public Engine withShared(List<Object> shared) {
        return new Engine(rules, limits, tool, selection, shared, coverage);
    }

    /** This engine with or without the article's claim-like passages ({@link TextClaim}) in the session, for rule core/uncovered-claim. */
    public Engine withCoverage(boolean coverage) {
        return new Engine(rules, limits, tool, selection, shared, coverage);
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
        return run(file, deadline).judge(gate);
    }

    /**
     * Runs the rules over {@code file} once, by {@code deadline}; the result can then be judged by any
     * number of gates (a run that writes a baseline judges the same findings before and after recording them).
     */
    public Run run(FactsFile file, Deadline deadline) {
        if (deadline.expired()) throw new RuleRunException(deadline.exceeded("loading", file.name()), null);
        checkAcceptances(file);
        List<Provenance> provenance = locateQuotes(file, deadline);
        List<TextClaim> claims = coverage && file.text() != null ? TextClaim.find(file.text()) : List.of();
        return new Run(file, provenance, runner.run(file, provenance, claims, deadline));
    }

    /** One article's rule results, before judgement. */
    public final class Run {
        private final FactsFile file;
        private final List<Provenance> provenance;
        private final RuleResults results;

        private Run(FactsFile file, List<Provenance> provenance, RuleResults results) {
            this.file = file;
            this.provenance = List.copyOf(provenance);
            this.results = results;
        }

        public FactsFile file() { return file; }

        public ArticleReport judge(Gate gate) {
            ArticleReport report = assembler.assemble(file, provenance, results, gate);
            // What other coverage says of each claim, compared as rule core/cross-source compares it, for the
            // reports' table; only when that rule runs, so that the table never says more than the checks.
            if (!rules.byId().containsKey(CROSS_SOURCE) || !selection.enabled(CROSS_SOURCE)) return report;
            return report.withCorroboration(CorroborationMatrix.of(file.article(), file.facts(), results.derived(), shared));
        }
    }

    /** An acceptance must name a rule of the loaded packs: a mistyped id would otherwise accept nothing, silently. */
    private void checkAcceptances(FactsFile file) {
        Map<String, ?> known = rules.byId();
        for (Acceptance a : file.acceptances()) {
            if (known.containsKey(a.ruleId())) continue;
            String best = Suggestions.closest(a.ruleId(), new TreeSet<>(known.keySet()));
            throw new InputError(file.name(), a.position().line(), a.position().column(), a.field(),
                    "no rule \"" + a.ruleId() + "\" in the loaded rule packs" + (best == null ? "" : "; did you mean \"" + best + "\"?"));
        }
    }

    /** Where a quote was found, or the passage closest to it. */
    private record Located(Span span, Near near) {}

    /**
     * Where each quote of {@code file}'s facts is in its text, or the passage closest to it: the first phase of
     * {@link #run}, on its own for a pipeline that checks the facts otherwise (the benchmark's plain-Java baseline).
     *
     * @throws RuleRunException when {@code deadline} passes
     */
    public static List<Provenance> locateQuotes(FactsFile file, Deadline deadline) {
        List<Provenance> out = new ArrayList<>();
        ClosestPassage closest = null; // built once, for the first quote not found
        // Several facts often quote one sentence (one per figure in it): each quote is searched for once.
        Map<String, Located> located = new HashMap<>();
        for (Fact f : file.facts()) {
            for (int i = 0; i < f.quotes().size(); i++) {
                String q = f.quotes().get(i);
                try {
                    Located at = located.get(q);
                    if (at == null) {
                        Span span = file.text().locate(q, deadline);
                        if (span == null && closest == null) closest = new ClosestPassage(file.text());
                        at = new Located(span, span == null ? closest.find(q, deadline) : null);
                        located.put(q, at);
                    }
                    out.add(new Provenance(f.id(), i, q, at.span(), at.near()));
                } catch (Deadline.Expired e) {
                    throw new RuleRunException(deadline.exceeded("quote location", file.name()) + " (fact " + f.id() + ")", null);
                }
            }
        }
        return out;
    }
}
