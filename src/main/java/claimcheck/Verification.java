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
import java.util.ArrayList;
import java.util.List;

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
        this.engine = new Engine(rules, settings.limits(), Version.tool(), settings.selection());
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
        ArticleIds ids = new ArticleIds();
        for (Path p : found.facts()) {
            FactsFile f = load(p);
            ids.add(f);
            files.add(f);
        }
        return new Loaded(files, found.skipped());
    }

    /** The facts files loaded, in input order, and the files a folder search skipped as not facts files. */
    public record Loaded(List<FactsFile> files, List<Path> skipped) {
        public Loaded {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    /** Checks one article and judges it by the settings' gate and baseline; a rule that misbehaves is a {@link RuleRunException}. */
    public ArticleReport verify(FactsFile file) {
        return engine.check(file, gate(baseline));
    }

    /** Checks every article; one whose rules fail or loop is a failure of its own, and the others still complete. */
    public Outcome verifyAll(List<FactsFile> files) {
        List<ArticleReport> reports = new ArrayList<>();
        List<Outcome.Failure> failures = new ArrayList<>();
        for (Engine.Run run : runAll(files, failures)) reports.add(run.judge(gate(baseline)));
        return new Outcome(reports, failures, null);
    }

    /**
     * Checks every article, records its findings in {@code previous} (entries already there keep their
     * justification and expiry; new ones get {@code justification}), and judges the articles by the
     * baseline so recorded, which the outcome carries. The rules run once per article.
     */
    public Outcome verifyAndRecord(List<FactsFile> files, Baseline previous, String justification) {
        List<Outcome.Failure> failures = new ArrayList<>();
        List<Engine.Run> runs = runAll(files, failures);
        List<ArticleReport> found = new ArrayList<>();
        for (Engine.Run run : runs) found.add(run.judge(gate(Baseline.EMPTY)));
        Baseline recorded = previous.recording(found, justification);
        List<ArticleReport> reports = new ArrayList<>();
        for (Engine.Run run : runs) reports.add(run.judge(gate(recorded)));
        return new Outcome(reports, failures, recorded);
    }

    private List<Engine.Run> runAll(List<FactsFile> files, List<Outcome.Failure> failures) {
        List<Engine.Run> runs = new ArrayList<>();
        for (FactsFile f : files) {
            try {
                runs.add(engine.run(f));
            } catch (RuleRunException e) {
                failures.add(new Outcome.Failure(f.name(), e));
            }
        }
        return runs;
    }

    private Gate gate(Baseline b) {
        return new Gate(settings.failOn(), b, settings.asOf());
    }

    /**
     * What checking many articles gave: a report per article checked, in input order; a failure per
     * article whose rules failed or looped; and the baseline recorded, when one was.
     */
    public record Outcome(List<ArticleReport> reports, List<Failure> failures, Baseline recorded) {
        public Outcome {
            reports = List.copyOf(reports);
            failures = List.copyOf(failures);
        }

        /** An article whose rules failed or looped: its facts file as named, and what happened. */
        public record Failure(String source, RuleRunException cause) {
            public String message() { return cause.getMessage(); }
        }

        /** True when every article was checked and passed its gate. */
        public boolean gatePassed() {
            return failures.isEmpty() && reports.stream().allMatch(r -> r.summary().gatePassed());
        }
    }
}
