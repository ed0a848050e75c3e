package claimcheck;

import claimcheck.baseline.Baseline;
import claimcheck.baseline.BaselineEntry;
import claimcheck.engine.Engine;
import claimcheck.engine.Gate;
import claimcheck.engine.RuleRunException;
import claimcheck.facts.ArticleIds;
import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsFinder;
import claimcheck.facts.FactsLoader;
import claimcheck.facts.JsonLines;
import claimcheck.findings.ArticleReport;
import claimcheck.rules.RuleCache;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

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
        this.loader = new FactsLoader(rules.kinds(), settings.inputLimits(), settings.textRoot());
        // Reference data and other articles' facts, read once, are in every article's session; none unless named.
        this.engine = new Engine(rules, settings.limits(), Version.tool(), settings.selection())
                .withShared(settings.outside().sessionFacts(loader, settings.inputLimits()))
                .withCoverage(settings.coverage());
        this.baseline = baseline;
    }

    /** Compiles the rule packs and reads the baseline the settings name; an {@link InputError} when either is bad. */
    public static Verification create(Settings settings) {
        RuleSet rules = new RuleLoader(settings.ruleCache() == null ? null : new RuleCache(settings.ruleCache())).load(settings.rulePacks());
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

    /**
     * Loads one facts document given as line {@code line} of the JSON Lines {@code source}, as
     * {@code verify --stdin} loads each line ({@link FactsLoader#loadLine}): named {@code source:line}, its
     * article.text a path from the working directory.
     */
    public FactsFile loadLine(String source, int line, byte[] content) {
        return loader.loadLine(source, line, content);
    }

    /** {@link #loadAll(List, Path)} with no report folder to keep out of the search. */
    public List<FactsFile> loadAll(List<Path> inputs) {
        return loadAll(inputs, null).files();
    }

    /**
     * Loads every facts file named, or found in the folders named (see {@link FactsFinder}: the report
     * folder {@code reportFolder} is never searched, and files that are not facts files are skipped),
     * checking them all before any is verified: the first problem in input order is an {@link InputError},
     * as is an article id that two files share, even in another letter case (their reports would overwrite
     * each other). Files are loaded on {@link Settings#jobs()} threads; what is found does not depend on it.
     */
    public Loaded loadAll(List<Path> inputs, Path reportFolder) {
        return loadEach(inputs, reportFolder).requireAll();
    }

    /**
     * As {@link #loadAll(List, Path)}, but a facts file that fails to load, or whose article id an earlier
     * file has, is {@linkplain Loaded#rejected() rejected} alone and the others are loaded: for batches, where
     * one bad file should not stop the rest. A folder that cannot be searched is still an {@link InputError}.
     */
    public Loaded loadEach(List<Path> inputs, Path reportFolder) {
        return loadEach(inputs, reportFolder, "", List.of());
    }

    /**
     * As {@link #loadEach(List, Path)}, then the facts documents {@code lines}, given one per line (JSON
     * Lines, {@link FactsLoader#loadLine}): each as if it were a facts file in the working directory, named
     * {@code linesSource:line} ({@code <stdin>:3}). A line that fails to load is rejected alone; article ids
     * are unique across files and lines.
     */
    public Loaded loadEach(List<Path> inputs, Path reportFolder, String linesSource, List<JsonLines.Line> lines) {
        return loadEach(find(inputs, reportFolder), linesSource, lines);
    }

    /** As {@link #loadEach(List, Path, String, List)}, for inputs already {@linkplain #find found}. */
    public Loaded loadEach(Inputs found, String linesSource, List<JsonLines.Line> lines) {
        List<Attempt> attempts = new ArrayList<>(Parallel.map(found.files(), settings.jobs(), p -> attempt(found, p)));
        attempts.addAll(Parallel.map(lines, settings.jobs(), l -> attempt(linesSource, l)));
        return collect(attempts, found.skipped());
    }

    /**
     * The facts files named, or found in the folders named, in input order, none loaded yet (see
     * {@link #loadEach(List, Path)}; a folder that cannot be searched is an {@link InputError}).
     *
     * @param files      every facts file, in input order, including those named that are not facts files
     * @param skipped    files a folder search passed over as not facts files
     * @param unreadable of {@code files}, those named that are not facts files (as named), with why
     */
    public record Inputs(List<Path> files, List<Path> skipped, Map<String, InputError> unreadable) {
        public Inputs {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            unreadable = Map.copyOf(unreadable);
        }
    }

    /** The facts files of {@code inputs}, found (folders searched, never {@code reportFolder}) but not loaded. */
    public Inputs find(List<Path> inputs, Path reportFolder) {
        FactsFinder finder = new FactsFinder(settings.inputLimits(), reportFolder, settings.jobs());
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Map<String, InputError> unreadable = new HashMap<>();  // named files that are not facts files
        for (Path named : inputs) {
            try {
                FactsFinder.Found found = finder.find(List.of(named));
                files.addAll(found.facts());
                skipped.addAll(found.skipped());
            } catch (InputError e) {
                // A folder or a pattern that cannot be searched, or finds nothing: the run's input is wrong.
                if (Files.isDirectory(named) || FactsFinder.isPattern(named)) throw e;
                files.add(named);
                unreadable.putIfAbsent(named.toString(), e);
            }
        }
        return new Inputs(files, skipped, unreadable);
    }

    private Attempt attempt(Inputs found, Path p) {
        InputError unreadable = found.unreadable().get(p.toString());
        if (unreadable != null) return new Attempt(p.toString(), null, unreadable, Duration.ZERO);
        return attempt(p.toString(), () -> load(p));
    }

    private Attempt attempt(String linesSource, JsonLines.Line l) {
        return attempt(linesSource + ":" + l.number(), () -> loader.loadLine(linesSource, l.number(), l.content()));
    }

    /** One facts file's load: the file or what was wrong with it, and the time it took. */
    private record Attempt(String name, FactsFile file, InputError error, Duration time) {}

    private Attempt attempt(String name, java.util.function.Supplier<FactsFile> load) {
        Deadline loading = Deadline.after(settings.timeLimit());
        try {
            return new Attempt(name, load.get(), null, loading.spent());
        } catch (InputError e) {
            return new Attempt(name, null, e, loading.spent());
        }
    }

    /** In input order, so that which of two files sharing an id is rejected never depends on the threads. */
    private static Loaded collect(List<Attempt> attempts, List<Path> skipped) {
        List<FactsFile> files = new ArrayList<>();
        List<Loaded.Rejected> rejected = new ArrayList<>();
        List<String> inputs = new ArrayList<>();
        Map<String, Duration> loadTimes = new HashMap<>();
        ArticleIds ids = new ArticleIds();
        for (Attempt a : attempts) {
            inputs.add(a.name());
            if (a.error() != null) {
                rejected.add(new Loaded.Rejected(a.name(), a.error()));
                continue;
            }
            try {
                ids.add(a.file());
            } catch (InputError e) {
                rejected.add(new Loaded.Rejected(a.name(), e));
                continue;
            }
            files.add(a.file());
            loadTimes.put(a.file().name(), a.time());
        }
        return new Loaded(files, skipped, loadTimes, rejected, inputs);
    }

    /**
     * The facts files loaded, in input order; the files a folder search skipped as not facts files; the
     * time each file (by name) took to load, which counts against its article's time limit; the files
     * that could not be loaded, in input order, each with its problem; and the name of every input, loaded
     * or not, in input order.
     */
    public record Loaded(List<FactsFile> files, List<Path> skipped, Map<String, Duration> loadTimes,
                         List<Rejected> rejected, List<String> inputs) {
        public Loaded {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            loadTimes = Map.copyOf(loadTimes);
            rejected = List.copyOf(rejected);
            inputs = List.copyOf(inputs);
        }

        /** Files loaded by the caller: every one of them an input, none rejected. */
        public Loaded(List<FactsFile> files, List<Path> skipped, Map<String, Duration> loadTimes) {
            this(files, skipped, loadTimes, List.of(), files.stream().map(FactsFile::name).toList());
        }

        /** A facts file that could not be loaded: its name and the problem, one located line. */
        public record Rejected(String source, InputError error) {}

        /** This, when every input loaded; else the first problem in input order. */
        public Loaded requireAll() {
            if (!rejected.isEmpty()) throw rejected.get(0).error();
            return this;
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
        return verifyAll(loaded, Progress.NONE);
    }

    /**
     * As {@link #verifyAll(Loaded)}, telling {@code progress} as each article is done. Articles are checked
     * on {@link Settings#jobs()} threads; the outcome lists them in input order whatever the number.
     */
    public Outcome verifyAll(Loaded loaded, Progress progress) {
        Runs runs = runAll(loaded, progress);
        List<ArticleReport> reports = judgeAll(runs.done(), gate(baseline));
        return new Outcome(reports, runs.failures(), null, runs.spent());
    }

    /**
     * As {@link #verifyAll(Loaded, Progress)}, for runs too big to keep every article's report in memory:
     * each article, as soon as it is judged, goes to {@code each} on the thread that checked it, and only
     * what {@code each} returns is kept, in input order whatever the number of jobs. {@code each} is where a
     * batch renders and writes the article's reports; {@code progress} is told once {@code each} is done.
     */
    public <T> List<T> verifyEach(Loaded loaded, Progress progress, Function<Checked, T> each) {
        int total = loaded.files().size();
        AtomicInteger finished = new AtomicInteger();
        Gate gate = gate(baseline);
        return Parallel.map(loaded.files(), settings.jobs(), f -> {
            Deadline deadline = Deadline.resumed(settings.timeLimit(), loaded.loadTimes().getOrDefault(f.name(), Duration.ZERO));
            try {
                return each.apply(check(f, gate, deadline));
            } finally {
                progress.done(finished.incrementAndGet(), total);
            }
        });
    }

    /**
     * A batch checked as it is read, for runs of any size: the facts files of {@code inputs}, then the facts
     * documents of {@code lines} when not null (JSON Lines, named {@code linesSource:LINE}, read as needed),
     * each loaded, admitted, checked and given to {@code each} on {@link Settings#jobs()} threads, with a few
     * articles per thread loaded ahead and none kept once {@code each} is done with it. An input is rejected
     * alone when it fails to load or an earlier input has its article id, as {@link #loadEach(List, Path,
     * String, List)} rejects it, or when {@code admit} gives a problem for it (asked in input order, on the
     * calling thread; a batch refuses there an article whose report folder cannot be written). What is
     * rejected, and what {@code each} gives, do not depend on the number of jobs. {@code progress} is told as
     * each input is done, of a total that is -1 while documents may still come on {@code lines}.
     */
    public <T> Streamed<T> verifyStreaming(Inputs inputs, String linesSource, Iterator<JsonLines.Line> lines,
                                           Function<FactsFile, InputError> admit, Progress progress, Function<Checked, T> each) {
        return verifyStreaming(inputs, linesSource, lines, admit, null, progress, each);
    }

    /**
     * As {@link #verifyStreaming(Inputs, String, Iterator, Function, Progress, Function)}, recording each
     * article's findings as it is checked, as {@link #verifyAndRecord} records them all: on the article's
     * part of {@code recording}'s baseline ({@link Baseline#byArticle()}), with its justification; the
     * article is judged by what was recorded, and {@link Checked#recorded()} holds those entries, from which
     * {@link Baseline#recorded} makes the whole baseline. A baseline's entries belong to one article each, so
     * recording article by article gives what recording all at once gives, and no article waits for another.
     */
    public <T> Streamed<T> verifyStreaming(Inputs inputs, String linesSource, Iterator<JsonLines.Line> lines,
                                           Function<FactsFile, InputError> admit, Recording recording, Progress progress,
                                           Function<Checked, T> each) {
        Map<String, Baseline> parts = recording == null ? Map.of() : recording.onto().byArticle();
        int files = inputs.files().size();
        AtomicInteger total = new AtomicInteger(lines == null ? files : -1);
        Iterator<Supplier<Attempt>> loads = new Iterator<>() {
            private int next;
            private int read;

            @Override public boolean hasNext() {
                if (next < files) return true;
                if (lines != null && lines.hasNext()) return true;
                total.set(files + read);
                return false;
            }

            @Override public Supplier<Attempt> next() {
                if (next < files) {
                    Path p = inputs.files().get(next++);
                    return () -> attempt(inputs, p);
                }
                JsonLines.Line l = lines.next();
                read++;
                return () -> attempt(linesSource, l);
            }
        };
        List<String> names = new ArrayList<>();
        List<Loaded.Rejected> rejected = new ArrayList<>();
        ArticleIds ids = new ArticleIds();
        AtomicInteger finished = new AtomicInteger();
        Gate gate = gate(baseline);
        List<Streamed.Done<T>> done = Parallel.pipeline(loads, settings.jobs(), 2 * settings.jobs(), Supplier::get, a -> {
            names.add(a.name());
            InputError problem = a.error();
            if (problem == null) {
                try {
                    ids.add(a.file());
                    problem = admit.apply(a.file());
                } catch (InputError e) {
                    problem = e;
                }
            }
            if (problem != null) {
                rejected.add(new Loaded.Rejected(a.name(), problem));
                return () -> {
                    progress.done(finished.incrementAndGet(), total.get());
                    return null;
                };
            }
            FactsFile f = a.file();
            Duration loading = a.time();
            return () -> {
                Deadline deadline = Deadline.resumed(settings.timeLimit(), loading);
                try {
                    Checked checked = recording == null ? check(f, gate, deadline)
                            : checkAndRecord(f, parts.getOrDefault(f.article().id(), Baseline.EMPTY), recording.justification(), deadline);
                    return new Streamed.Done<>(f.name(), each.apply(checked));
                } finally {
                    progress.done(finished.incrementAndGet(), total.get());
                }
            };
        });
        return new Streamed<>(names, inputs.skipped(), rejected, done.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** One article checked, or why its rules did not complete. */
    private Checked check(FactsFile f, Gate gate, Deadline deadline) {
        try {
            return new Checked(f, engine.run(f, deadline).judge(gate), null, deadline, null);
        } catch (RuleRunException e) {
            return new Checked(f, null, new Outcome.Failure(f.name(), e), deadline, null);
        }
    }

    /** One article checked, its findings recorded on {@code part}, its baseline's entries of this article. */
    private Checked checkAndRecord(FactsFile f, Baseline part, String justification, Deadline deadline) {
        try {
            Engine.Run run = engine.run(f, deadline);
            Baseline recorded = part.recording(List.of(run.judge(gate(Baseline.EMPTY))), justification);
            return new Checked(f, run.judge(gate(recorded)), null, deadline, recorded.entries());
        } catch (RuleRunException e) {
            return new Checked(f, null, new Outcome.Failure(f.name(), e), deadline, null);
        }
    }

    /** What a streamed batch records its findings on ({@code --write-baseline}): a baseline, and the justification of new entries. */
    public record Recording(Baseline onto, String justification) {}

    /**
     * What a streamed batch gave ({@link #verifyStreaming}): the name of every input, in input order; the
     * files a folder search skipped; the inputs rejected, in input order, each with its problem; and what
     * each article checked gave, in input order.
     */
    public record Streamed<T>(List<String> inputs, List<Path> skipped, List<Loaded.Rejected> rejected, List<Done<T>> done) {
        public Streamed {
            inputs = List.copyOf(inputs);
            skipped = List.copyOf(skipped);
            rejected = List.copyOf(rejected);
            done = List.copyOf(done);
        }

        /** One article checked: its facts file as named, and what {@code each} gave for it. */
        public record Done<T>(String source, T value) {}
    }

    /**
     * One article of {@link #verifyEach}: its facts file, and its report or why it has none (its rules failed
     * or looped, or it ran out of time); {@code deadline} is its time limit, counted from its loading on;
     * {@code recorded}, when a streamed batch records a baseline and the rules completed, the article's entries.
     */
    public record Checked(FactsFile file, ArticleReport report, Outcome.Failure failure, Deadline deadline, List<BaselineEntry> recorded) {}

    /**
     * Checks every article, records its findings in {@code previous} (entries already there keep their
     * justification and expiry; new ones get {@code justification}), and judges the articles by the
     * baseline so recorded, which the outcome carries. The rules run once per article.
     */
    public Outcome verifyAndRecord(Loaded loaded, Baseline previous, String justification) {
        return verifyAndRecord(loaded, previous, justification, Progress.NONE);
    }

    /** As {@link #verifyAndRecord(Loaded, Baseline, String)}, telling {@code progress} as each article is done. */
    public Outcome verifyAndRecord(Loaded loaded, Baseline previous, String justification, Progress progress) {
        Runs runs = runAll(loaded, progress);
        List<ArticleReport> found = judgeAll(runs.done(), gate(Baseline.EMPTY));
        Baseline recorded = previous.recording(found, justification);
        List<ArticleReport> reports = judgeAll(runs.done(), gate(recorded));
        return new Outcome(reports, runs.failures(), recorded, runs.spent());
    }

    /** As {@link #verifyAndRecord(Loaded, Baseline, String)} for files loaded one by one. */
    public Outcome verifyAndRecord(List<FactsFile> files, Baseline previous, String justification) {
        return verifyAndRecord(new Loaded(files, List.of(), Map.of()), previous, justification);
    }

    /** Told as each article of a run is done (from any thread): how many are done of how many (-1: not known yet). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> {};

        void done(int done, int total);
    }

    private record Runs(List<Engine.Run> done, List<Outcome.Failure> failures, Map<String, Duration> spent) {}

    /** One article's run: done, or failed; and the time spent of its limit. */
    private record RunResult(FactsFile file, Engine.Run run, Outcome.Failure failure, Duration spent) {}

    private Runs runAll(Loaded loaded, Progress progress) {
        int total = loaded.files().size();
        AtomicInteger finished = new AtomicInteger();
        List<RunResult> results = Parallel.map(loaded.files(), settings.jobs(), f -> {
            // Started here, not when queued: an article's time is its own, not the wait for a free thread.
            Deadline deadline = Deadline.resumed(settings.timeLimit(), loaded.loadTimes().getOrDefault(f.name(), Duration.ZERO));
            try {
                return new RunResult(f, engine.run(f, deadline), null, deadline.spent());
            } catch (RuleRunException e) {
                return new RunResult(f, null, new Outcome.Failure(f.name(), e), deadline.spent());
            } finally {
                progress.done(finished.incrementAndGet(), total);
            }
        });
        List<Engine.Run> done = new ArrayList<>();
        List<Outcome.Failure> failures = new ArrayList<>();
        Map<String, Duration> spent = new HashMap<>();
        for (RunResult r : results) {
            if (r.run() != null) done.add(r.run());
            else failures.add(r.failure());
            spent.put(r.file().name(), r.spent());
        }
        return new Runs(done, failures, spent);
    }

    private List<ArticleReport> judgeAll(List<Engine.Run> runs, Gate gate) {
        return Parallel.map(runs, settings.jobs(), run -> run.judge(gate));
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
