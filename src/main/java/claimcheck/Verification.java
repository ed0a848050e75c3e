package claimcheck;

import claimcheck.baseline.Baseline;
import claimcheck.engine.Engine;
import claimcheck.engine.Gate;
import claimcheck.engine.RuleRunException;
import claimcheck.facts.ArticleIds;
import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsFinder;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * claimcheck as a library: the one entry point that the command line, batch runs and other programs
 * build on. Created once from {@link Settings} (the rule packs are compiled then), it loads facts
 * files and checks articles, any number, from any number of threads. Writing reports is a separate
 * step ({@link claimcheck.report.ReportWriter}).
 *
 * <pre>{@code
 * Verification v = Verification.create(Settings.of(List.of(Path.of("rules"))));
 * ArticleReport report = v.verify(v.load(Path.of("facts/article.yaml")));
 * boolean ok = report.summary().gatePassed();
 * }</pre>
 *
 * Problems in what the caller gives (facts, rules, baselines) are {@link InputError}s; a rule that
 * fails or loops on one article is a {@link RuleRunException} from {@link #verify}, and an
 * {@link Outcome.Failure} of that article alone from {@link #verifyAll}.
 */
public final class Verification {
    private final Settings settings;
    private final RuleSet rules;
    private final Engine engine;
    private final FactsLoader loader;
    private final Baseline baseline;

    private Verification(Settings settings, RuleSet rules, Baseline baseline) {
        this.settings = settings;
        this.rules = rules;
        this.engine = new Engine(rules, settings.limits(), Version.tool(), settings.selection(), settings.coverage());
        this.loader = new FactsLoader(rules.kinds(), settings.inputLimits(), settings.textRoot());
        this.baseline = baseline;
    }

    /** Compiles the rule packs and reads the baseline the settings name; an {@link InputError} when either is bad. */
    public static Verification create(Settings settings) {
        RuleSet rules = new RuleLoader().load(settings.rulePacks());
        Baseline baseline = settings.baseline() == null ? Baseline.EMPTY : Baseline.read(settings.baseline(), settings.baseline().toString());
        return new Verification(settings, rules, baseline);
    }

    public Settings settings() { return settings; }

    /** The compiled rules, with their metadata and the fact kinds the packs declare. */
    public RuleSet rules() { return rules; }

    /** The baseline findings are judged by (empty when the settings name none). */
    public Baseline baseline() { return baseline; }

    /** Loads one facts file, named in messages as given. */
    public FactsFile load(Path factsFile) {
        return loader.load(factsFile, factsFile.toString());
    }

    /** {@link #loadAll(List, Path)} with no report folder to keep out of the search. */
    public List<FactsFile> loadAll(List<Path> inputs) {
        return loadAll(inputs, null).files();
    }

    /**
     * Loads every facts file named, or found in the folders named (see {@link FactsFinder}: the report
     * folder {@code reportFolder} is never searched, and files that are not facts files are skipped),
     * checking them all before any is verified: the first problem is an {@link InputError}, as is an
     * article id that two files share, even in another letter case (their reports would overwrite each other).
     */
    public Loaded loadAll(List<Path> inputs, Path reportFolder) {
        FactsFinder.Found found = new FactsFinder(settings.inputLimits(), reportFolder).find(inputs);
        List<FactsFile> files = new ArrayList<>();
        Map<String, Duration> loadTimes = new HashMap<>();
        ArticleIds ids = new ArticleIds();
        for (Path p : found.facts()) {
            Deadline loading = Deadline.after(settings.timeLimit());
            FactsFile f = load(p);
            loadTimes.put(f.name(), loading.spent());
            ids.add(f);
            files.add(f);
        }
        return new Loaded(files, found.skipped(), loadTimes);
    }

    /**
     * The facts files loaded, in input order; the files a folder search skipped as not facts files; and
     * the time each file (by name) took to load, which counts against its article's time limit.
     */
    public record Loaded(List<FactsFile> files, List<Path> skipped, Map<String, Duration> loadTimes) {
        public Loaded {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            loadTimes = Map.copyOf(loadTimes);
        }
    }

    /**
     * Checks one article within the settings' time limit, from now, and judges it by the settings'
     * gate and baseline; a rule that misbehaves, or an article out of time, is a {@link RuleRunException}.
     */
    public ArticleReport verify(FactsFile file) {
        return engine.check(file, gate(baseline), Deadline.after(settings.timeLimit()));
    }

    /** Checks every article; one whose rules fail or loop, or that runs out of time, is a failure of its own, and the others still complete. */
    public Outcome verifyAll(List<FactsFile> files) {
        return verifyAll(new Loaded(files, List.of(), Map.of()));
    }

    /** As {@link #verifyAll(List)}, counting the time each file took to load against its article's limit. */
    public Outcome verifyAll(Loaded loaded) {
        Runs runs = runAll(loaded);
        List<ArticleReport> reports = new ArrayList<>();
        for (Engine.Run run : runs.done()) reports.add(run.judge(gate(baseline)));
        return new Outcome(reports, runs.failures(), null, runs.spent());
    }

    /**
     * Checks every article, records its findings in {@code previous} (entries already there keep their
     * justification and expiry; new ones get {@code justification}), and judges the articles by the
     * baseline so recorded, which the outcome carries. The rules run once per article.
     */
    public Outcome verifyAndRecord(Loaded loaded, Baseline previous, String justification) {
        Runs runs = runAll(loaded);
        List<ArticleReport> found = new ArrayList<>();
        for (Engine.Run run : runs.done()) found.add(run.judge(gate(Baseline.EMPTY)));
        Baseline recorded = previous.recording(found, justification);
        List<ArticleReport> reports = new ArrayList<>();
        for (Engine.Run run : runs.done()) reports.add(run.judge(gate(recorded)));
        return new Outcome(reports, runs.failures(), recorded, runs.spent());
    }

    /** As {@link #verifyAndRecord(Loaded, Baseline, String)} for files loaded one by one. */
    public Outcome verifyAndRecord(List<FactsFile> files, Baseline previous, String justification) {
        return verifyAndRecord(new Loaded(files, List.of(), Map.of()), previous, justification);
    }

    private record Runs(List<Engine.Run> done, List<Outcome.Failure> failures, Map<String, Duration> spent) {}

    private Runs runAll(Loaded loaded) {
        List<Engine.Run> done = new ArrayList<>();
        List<Outcome.Failure> failures = new ArrayList<>();
        Map<String, Duration> spent = new HashMap<>();
        for (FactsFile f : loaded.files()) {
            Deadline deadline = Deadline.resumed(settings.timeLimit(), loaded.loadTimes().getOrDefault(f.name(), Duration.ZERO));
            try {
                done.add(engine.run(f, deadline));
            } catch (RuleRunException e) {
                failures.add(new Outcome.Failure(f.name(), e));
            } finally {
                spent.put(f.name(), deadline.spent());
            }
        }
        return new Runs(done, failures, spent);
    }

    private Gate gate(Baseline b) {
        return new Gate(settings.failOn(), b, settings.asOf());
    }

    /**
     * What checking many articles gave: a report per article checked, in input order; a failure per
     * article whose rules failed or looped or that ran out of time; the baseline recorded, when one was;
     * and the time each article (by facts file name) has spent so far of its limit.
     */
    public record Outcome(List<ArticleReport> reports, List<Failure> failures, Baseline recorded, Map<String, Duration> spent) {
        public Outcome {
            reports = List.copyOf(reports);
            failures = List.copyOf(failures);
            spent = Map.copyOf(spent);
        }

        /** An article whose rules failed or looped, or that ran out of time: its facts file as named, and what happened. */
        public record Failure(String source, RuleRunException cause) {
            public String message() { return cause.getMessage(); }
        }

        /** True when every article was checked and passed its gate. */
        public boolean gatePassed() {
            return failures.isEmpty() && reports.stream().allMatch(r -> r.summary().gatePassed());
        }

        /** What is left of {@code report}'s article's time {@code limit}, for the phases still to come (rendering). */
        public Deadline remaining(ArticleReport report, Duration limit) {
            return Deadline.resumed(limit, spent.getOrDefault(report.source(), Duration.ZERO));
        }
    }
}
