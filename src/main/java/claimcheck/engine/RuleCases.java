package claimcheck.engine;

import claimcheck.InputError;
import claimcheck.facts.DerivedValue;
import claimcheck.facts.FactsLoader;
import claimcheck.facts.LocatedTree;
import claimcheck.facts.TextFile;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Rule tests as data. A case is a folder {@code <dir>/<pack>/<rule>/<case>/} holding facts.yaml (with
 * its article text) and expected.yaml, which lists every check and finding that rule must record:
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
 * Fact lists compare as sets. Anything the rule records beyond what is listed fails the case;
 * other rules' results are ignored.
 */
public final class RuleCases {
    private RuleCases() {}

    /** One case folder and the rule it tests. */
    public record Case(String ruleId, String name, Path dir) {
        @Override public String toString() { return ruleId + " " + name; }
    }

    /** Every case under {@code root}, in path order. */
    public static List<Case> find(Path root) {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path expected : s.filter(p -> p.getFileName().toString().equals("expected.yaml")).sorted().toList()) {
                Path dir = expected.getParent();
                Path rel = root.relativize(dir);
                if (rel.getNameCount() != 3)
                    throw new InputError(expected.toString(), 0, 0, null, "a case lives at <dir>/<pack>/<rule>/<case>/expected.yaml");
                cases.add(new Case(rel.getName(0) + "/" + rel.getName(1), rel.getName(2).toString(), dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    /** Runs {@code c} and returns what differs from expected.yaml; empty when the case passes. */
    public static List<String> run(Engine engine, Case c) {
        ArticleReport report = engine.check(new FactsLoader().load(c.dir().resolve("facts.yaml"), c.dir().resolve("facts.yaml").toString()), FailOn.NONE);
        String expectedName = c.dir().resolve("expected.yaml").toString();
        JsonNode expected = LocatedTree.read(expectedName, TextFile.read(expectedName, c.dir().resolve("expected.yaml"), "expected results")).root();

        List<String> problems = new ArrayList<>();
        List<String> actualChecks = new ArrayList<>();
        for (Check k : report.checks()) if (k.ruleId().equals(c.ruleId())) actualChecks.add(describe(k));
        List<String> actualFindings = new ArrayList<>();
        for (Finding f : report.findings()) if (f.ruleId().equals(c.ruleId())) actualFindings.add(describe(f));

        match("check", expected.path("checks"), actualChecks, problems);
        match("finding", expected.path("findings"), actualFindings, problems);
        return problems;
    }

    /** Pairs each expected entry with one actual entry it matches; reports the unpaired on both sides. */
    private static void match(String what, JsonNode expected, List<String> actual, List<String> problems) {
        List<String> left = new ArrayList<>(actual);
        for (JsonNode e : expected) {
            String key = key(e);
            String contains = e.path("message").asText("");
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

    private static String key(JsonNode e) {
        StringBuilder k = new StringBuilder();
        if (e.has("status")) k.append("status=").append(e.get("status").asText());
        if (e.has("severity")) k.append("severity=").append(e.get("severity").asText());
        k.append(" facts=").append(sorted(e.path("facts")));
        if (e.has("derived")) {
            Set<String> d = new TreeSet<>();
            for (JsonNode dv : e.get("derived"))
                d.add(dv.path("factId").asText() + "." + dv.path("field").asText() + "=" + dv.path("value").asText());
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

    private static Set<String> sorted(JsonNode array) {
        Set<String> s = new TreeSet<>();
        for (JsonNode n : array) s.add(n.asText());
        return s;
    }

    /** Rule ids that have at least one case recording a check with {@code status} (pass or fail). */
    public static Set<String> rulesWithStatus(Collection<Case> cases, String status) {
        Set<String> ids = new TreeSet<>();
        for (Case c : cases) {
            String name = c.dir().resolve("expected.yaml").toString();
            JsonNode expected = LocatedTree.read(name, TextFile.read(name, c.dir().resolve("expected.yaml"), "expected results")).root();
            for (JsonNode k : expected.path("checks")) if (status.equals(k.path("status").asText())) ids.add(c.ruleId());
        }
        return ids;
    }
}
