package claimcheck.rulecases;

import claimcheck.InputError;
import claimcheck.engine.Engine;
import claimcheck.engine.RuleRunException;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.FactsLoader;
import claimcheck.input.InputLimits;
import claimcheck.input.JsonSchemaFile;
import claimcheck.reference.OutsideSources;
import claimcheck.input.LocatedTree;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Rule tests as data. A case is a folder {@code <dir>/<pack>/<rule>/<case>/} (the rule's id is
 * {@code pack/rule}; {@code <dir>} may also be one pack's folder of cases) holding facts.yaml (with its article text) and expected.yaml, which lists every
 * check and finding that rule must record:
 *
 * <pre>
 * checks:
 *   - {status: pass, facts: [total, a, b]}
 * findings:
 *   - severity: info
 *     facts: [b, total, a]
 *     derived: [{factId: b, field: count, value: 29}]
 *     message: derived as 29        # optional: text the message must contain
 * </pre>
 *
 * The file's shape is rule-case.schema.json's ({@link #SCHEMA}). Fact lists compare as sets. Anything the rule records beyond what is listed fails the case;
 * other rules' results are ignored. A case for a rule the loaded packs do not have fails.
 */
public final class RuleCases {
    /** expected.yaml's schema: what an editor offers, and what a case's run enforces. */
    public static final String SCHEMA = "/claimcheck/rule-case.schema.json";

    private static final class Schema {
        static final JsonSchemaFile INSTANCE = JsonSchemaFile.resource(SCHEMA, JsonSchemaFile.Wording.KEYS);
    }

    /** expected.yaml as written, once the schema has checked it. */
    record Expected(List<Entry> checks, List<Entry> findings) {
        Expected {
            checks = checks == null ? List.of() : List.copyOf(checks);
            findings = findings == null ? List.of() : List.copyOf(findings);
        }
    }

    /** One expected check (with a status) or finding (with a severity). */
    record Entry(String status, String severity, List<String> facts, List<Derived> derived, String message) {}

    /** A value a finding must have derived: {@code factId.field=value}. */
    record Derived(String factId, String field, JsonNode value) {}

    private final Engine engine;
    private final FactsLoader loader;

    /** Runs cases on {@code engine}'s rules; facts files may use the kinds those rules declare. */
    public RuleCases(Engine engine) {
        this.engine = engine;
        this.loader = new FactsLoader(engine.rules().kinds());
    }

    /** One case folder and the rule it tests. */
    public record Case(String ruleId, String name, Path dir) {
        @Override public String toString() { return ruleId + "/" + name; }
    }

    /** A case's outcome: passed when nothing differs from expected.yaml. */
    public record Result(Case testCase, List<String> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        public boolean passed() { return problems.isEmpty(); }
    }

    /**
     * Every case under {@code root}, in path order. {@code root} is a folder of packs' cases
     * ({@code <root>/<pack>/<rule>/<case>/}) or one pack's ({@code <root>/<rule>/<case>/}, the pack
     * named by the folder).
     */
    public static List<Case> find(Path root) {
        if (!Files.isDirectory(root)) throw new InputError(root.toString(), 0, 0, null, "no such folder of rule cases");
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().equals("expected.yaml")).sorted().toList();
            boolean onePack = !found.isEmpty() && found.stream().allMatch(e -> root.relativize(e.getParent()).getNameCount() == 2);
            Path name = root.toAbsolutePath().normalize().getFileName();
            for (Path expected : found) {
                Path dir = expected.getParent();
                Path rel = root.relativize(dir);
                if (onePack && name != null) {
                    cases.add(new Case(name + "/" + rel.getName(0), rel.getName(1).toString(), dir));
                } else if (rel.getNameCount() == 3) {
                    cases.add(new Case(rel.getName(0) + "/" + rel.getName(1), rel.getName(2).toString(), dir));
                } else {
                    throw new InputError(expected.toString(), 0, 0, null, "a case lives at <dir>/<pack>/<rule>/<case>/expected.yaml");
                }
            }
        } catch (IOException e) {
            throw new InputError(root.toString(), 0, 0, null, "cannot list the rule cases: " + e.getMessage(), e);
        }
        return cases;
    }

    /**
     * Runs {@code c}. A case whose files cannot be read, or whose rule fails at run time, fails with
     * that as its problem; it does not stop the other cases.
     */
    public Result run(Case c) {
        try {
            return new Result(c, problems(c));
        } catch (InputError e) {
            return new Result(c, List.of(e.oneLine()));
        } catch (RuleRunException e) {
            return new Result(c, List.of(e.getMessage()));
        }
    }

    /** What differs from expected.yaml; empty when the case passes. */
    private List<String> problems(Case c) {
        if (!engine.rules().byId().containsKey(c.ruleId()))
            return List.of("no rule " + c.ruleId() + " in the loaded rule packs");
        Expected expected = expected(c);
        Path facts = c.dir().resolve("facts.yaml");
        ArticleReport report = engineFor(c).check(loader.load(facts, facts.toString()), FailOn.NONE);

        List<String> problems = new ArrayList<>();
        List<String> actualChecks = new ArrayList<>();
        for (Check k : report.checks()) if (k.ruleId().equals(c.ruleId())) actualChecks.add(describe(k));
        List<String> actualFindings = new ArrayList<>();
        for (Finding f : report.findings()) if (f.ruleId().equals(c.ruleId())) actualFindings.add(describe(f));

        match("check", expected.checks(), actualChecks, problems);
        match("finding", expected.findings(), actualFindings, problems);
        return problems;
    }

    /**
     * The engine for a case: a case may hold reference.yaml (reference data, as verify --reference reads
     * it) and coverage/ (other articles' facts files, as verify --corroborate reads them).
     */
    private Engine engineFor(Case c) {
        Path reference = c.dir().resolve("reference.yaml");
        Path coverage = c.dir().resolve("coverage");
        OutsideSources outside = new OutsideSources(Files.isRegularFile(reference) ? List.of(reference) : List.of(),
                Files.isDirectory(coverage) ? List.of(coverage) : List.of());
        return outside.isEmpty() ? engine : engine.withShared(outside.sessionFacts(loader, InputLimits.DEFAULT));
    }

    /** expected.yaml, checked against its schema: an unknown key or a value of the wrong shape is named with its line and column. */
    private static Expected expected(Case c) {
        Path file = c.dir().resolve("expected.yaml");
        LocatedTree tree = Schema.INSTANCE.read(file, file.toString(), "expected results file");
        return JsonSchemaFile.bind(tree, "", Expected.class);
    }

    /** Pairs each expected entry with one actual entry it matches; reports the unpaired on both sides. */
    private static void match(String what, List<Entry> expected, List<String> actual, List<String> problems) {
        List<String> left = new ArrayList<>(actual);
        for (Entry e : expected) {
            String key = key(e);
            String contains = e.message() == null ? "" : e.message();
            Iterator<String> it = left.iterator();
            boolean found = false;
            while (it.hasNext()) {
                String a = it.next();
                String[] parts = a.split("\u0000", 2);
                if (parts[0].equals(key) && parts[1].contains(contains)) {
                    it.remove();
                    found = true;
                    break;
                }
            }
            if (!found) problems.add("expected " + what + " not recorded: " + key + (contains.isEmpty() ? "" : " with message containing \"" + contains + "\""));
        }
        for (String a : left) {
            String[] parts = a.split("\u0000", 2);
            problems.add("unexpected " + what + ": " + parts[0] + " \"" + parts[1] + "\"");
        }
    }

    private static String key(Entry e) {
        StringBuilder k = new StringBuilder();
        if (e.status() != null) k.append("status=").append(e.status());
        if (e.severity() != null) k.append("severity=").append(e.severity());
        k.append(" facts=").append(new TreeSet<>(e.facts()));
        if (e.derived() != null) {
            Set<String> d = new TreeSet<>();
            for (Derived dv : e.derived()) d.add(dv.factId() + "." + dv.field() + "=" + dv.value().asText());
            k.append(" derived=").append(d);
        }
        return k.toString();
    }

    private static String describe(Check c) {
        return "status=" + c.status().label() + " facts=" + new TreeSet<>(c.facts()) + "\u0000" + c.message();
    }

    private static String describe(Finding f) {
        StringBuilder k = new StringBuilder("severity=" + f.severity().label() + " facts=" + new TreeSet<>(f.facts()));
        if (!f.derived().isEmpty()) {
            Set<String> d = new TreeSet<>();
            for (DerivedValue dv : f.derived()) d.add(dv.factId() + "." + dv.field() + "=" + dv.value());
            k.append(" derived=").append(d);
        }
        return k + "\u0000" + f.message();
    }

    /** Rule ids that have at least one case recording a check with {@code status} (pass or fail). */
    public static Set<String> rulesWithStatus(Collection<Case> cases, String status) {
        Set<String> ids = new TreeSet<>();
        for (Case c : cases) {
            Expected e = expected(c);
            for (Entry k : e.checks()) if (status.equals(k.status())) ids.add(c.ruleId());
            // A rule that records only what is wrong (a listing such as core/uncovered-claim) passes by recording nothing.
            if (status.equals("pass") && e.checks().isEmpty() && e.findings().isEmpty()) ids.add(c.ruleId());
        }
        return ids;
    }
}
