package claimcheck.report;

import claimcheck.InputError;
import claimcheck.JsonLayout;
import claimcheck.input.Position;
import claimcheck.facts.CodePointIndex;
import claimcheck.facts.Span;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Category;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.rules.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * findings.sarif, SARIF 2.1.0 for code scanning: the rule catalog as tool.driver.rules, one result
 * per finding pointing at the quote in the article text (a path relative to the repository root,
 * under the uriBaseId {@value #SRCROOT}), with a fingerprint that does not depend on where the quote
 * sits, so that editing another part of the article keeps each alert the same alert. A file outside
 * the repository root (a run outside any repository, on a file elsewhere) is named by an absolute
 * {@code file:} URI instead, which SARIF allows: the report is still written.
 */
public final class SarifRenderer implements Renderer {
    /** The uriBaseId of the repository root, as code-scanning tools name it. */
    public static final String SRCROOT = "%SRCROOT%";
    /** The partialFingerprints key; its version changes if the way it is computed ever does. */
    public static final String FINGERPRINT = "claimcheckFinding/v1";

    @Override public String format() { return "sarif"; }
    @Override public String fileName() { return "findings.sarif"; }

    @Override
    public void render(ArticleReport r, ReportOptions options, Writer out) throws IOException {
        List<SarifLog.ReportingDescriptor> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (RuleInfo info : options.rules()) {
            ruleIndex.put(info.id(), rules.size());
            rules.add(descriptor(info));
        }
        // A finding of a rule missing from the catalog (a report read back, a rule renamed) still gets a descriptor.
        for (Finding f : r.findings()) {
            if (ruleIndex.containsKey(f.ruleId())) continue;
            ruleIndex.put(f.ruleId(), rules.size());
            rules.add(descriptor(new RuleInfo(f.ruleId(), f.severity(), f.ruleId(), f.ruleId(), "", "", 0)));
        }

        SarifLog.ArtifactLocation text = artifact(options.repositoryRoot(), articleTextPath(r), r, "article.text");
        SarifLog.ArtifactLocation facts = artifact(options.repositoryRoot(), Path.of(r.source()).toAbsolutePath().normalize(), r, null);
        List<SarifLog.Result> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        CodePointIndex textIndex = CodePointIndex.of(r.articleText());
        for (Finding f : r.findings()) {
            String fingerprint = fingerprint(f);
            int n = seen.merge(fingerprint, 1, Integer::sum);
            if (n > 1) fingerprint += ":" + n;
            results.add(new SarifLog.Result(f.ruleId(), ruleIndex.get(f.ruleId()), level(f.severity()),
                    new SarifLog.Message(sentence(f.message())),
                    List.of(primaryLocation(r, f, text, textIndex, facts)),
                    related(f, text),
                    Map.of(FINGERPRINT, fingerprint),
                    f.active() ? null : List.of(new SarifLog.Suppression("external", "accepted", f.suppression().reasonUntil())),
                    f.category() == Category.FACTS_FILE ? Map.of("category", Category.FACTS_FILE.label()) : null));
        }

        SarifLog.ToolComponent driver = new SarifLog.ToolComponent(r.tool().name(), r.tool().version(),
                semanticVersion(r.tool().version()), options.informationUri(), rules);
        // The base id is declared, by description only: its absolute path is the machine's, not the report's.
        boolean underRoot = SRCROOT.equals(text.uriBaseId()) || SRCROOT.equals(facts.uriBaseId());
        Map<String, SarifLog.ArtifactLocation> bases = underRoot ? Map.of(SRCROOT, new SarifLog.ArtifactLocation(null, null,
                new SarifLog.Message("The repository root (--repo-root; by default the nearest folder with a .git above the working directory)."))) : null;
        SarifLog log = new SarifLog(SarifLog.SCHEMA, SarifLog.VERSION, List.of(
                new SarifLog.Run(new SarifLog.Tool(driver), "unicodeCodePoints", bases, results)));
        JsonLayout.WRITER.writeValue(out, log);
        out.write('\n');
    }

    private static SarifLog.ReportingDescriptor descriptor(RuleInfo info) {
        String help = info.help() == null || info.help().isBlank() ? info.title() : info.help();
        return new SarifLog.ReportingDescriptor(info.id(), pascalName(info.id()),
                new SarifLog.MultiformatMessageString(sentence(info.title()), null),
                new SarifLog.MultiformatMessageString(sentence(help), null),
                new SarifLog.MultiformatMessageString(sentence(help), null),
                new SarifLog.ReportingConfiguration(level(info.severity())),
                info.pack() == null || info.pack().isBlank() ? null : new SarifLog.PropertyBag(
                        Category.of(info.id()) == Category.FACTS_FILE ? List.of(info.pack(), Category.FACTS_FILE.label()) : List.of(info.pack())));
    }

    /** "core/total-sum" becomes "CoreTotalSum": SARIF wants a rule name that reads as an identifier. */
    static String pascalName(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** SARIF messages are sentences: they end with a full stop. */
    static String sentence(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.endsWith(".") || t.endsWith("!") || t.endsWith("?")) return t;
        return t + ".";
    }

    private static String semanticVersion(String v) {
        return v.matches("[0-9]+\\.[0-9]+\\.[0-9]+([-+].*)?") ? v : null;
    }

    private static SarifLog.Location primaryLocation(ArticleReport r, Finding f, SarifLog.ArtifactLocation text, CodePointIndex textIndex,
                                                     SarifLog.ArtifactLocation facts) {
        // A problem of the facts file is where the fact is written, whatever its quote.
        Evidence at = f.category() == Category.FACTS_FILE ? null : f.firstLocated();
        if (at != null) return new SarifLog.Location(null, new SarifLog.PhysicalLocation(text, region(at.span(), textIndex)), null);
        // No quote of the finding is in the article: point at the claim under review in the facts file instead.
        Position p = f.facts().isEmpty() ? null : r.factPositions().get(f.claimFirst().get(0));
        SarifLog.Region region = p == null || p.line() == 0
                ? new SarifLog.Region(1, null, null, null, null)
                : new SarifLog.Region(p.line(), p.column() > 0 ? p.column() : null, null, null, null);
        return new SarifLog.Location(null, new SarifLog.PhysicalLocation(facts, region), null);
    }

    /** The finding's other quoted passages, each with the fact it belongs to. */
    private static List<SarifLog.Location> related(Finding f, SarifLog.ArtifactLocation text) {
        Evidence primary = f.firstLocated();
        List<SarifLog.Location> out = new ArrayList<>();
        for (Evidence e : f.evidence()) {
            if (e.span() == null || e.equals(primary)) continue;
            out.add(new SarifLog.Location(out.size() + 1, new SarifLog.PhysicalLocation(
                    text, new SarifLog.Region(e.span().line(), e.span().column(),
                    e.span().endLine(), e.span().endColumn() + 1, null)), new SarifLog.Message("Quoted by fact " + e.factId() + ".")));
        }
        return out;
    }

    private static SarifLog.Region region(Span s, CodePointIndex text) {
        String snippet = text.slice(s);
        // Span.endColumn is the column of the last character; SARIF's is the column after it.
        return new SarifLog.Region(s.line(), s.column(), s.endLine(), s.endColumn() + 1, new SarifLog.ArtifactContent(snippet));
    }

    /**
     * Identifies a finding by what it is about, not where: the rule, the facts and the words they
     * quote. Moving a quote, or changing another part of the article, keeps it. The passages are
     * taken in the order the facts are named, not the claim-first order of the evidence, so which
     * fact is the claim does not change it.
     */
    static String fingerprint(Finding f) {
        StringBuilder key = new StringBuilder(f.ruleId()).append('\n').append(String.join(",", f.facts()));
        List<Evidence> inFactOrder = new ArrayList<>(f.evidence());
        inFactOrder.sort(java.util.Comparator.comparingInt(e -> f.facts().indexOf(e.factId())));
        for (Evidence e : inFactOrder) key.append('\n').append(e.factId()).append('=').append(e.quote());
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The article text file: its path in the facts file is relative to the facts file. */
    static Path articleTextPath(ArticleReport r) {
        Path facts = Path.of(r.source()).toAbsolutePath().normalize();
        Path dir = facts.getParent() == null ? Path.of("").toAbsolutePath() : facts.getParent();
        return dir.resolve(r.article().text()).normalize();
    }

    /**
     * Where {@code file} is: a URI reference relative to {@code root} under {@value #SRCROOT} (forward
     * slashes, percent-encoded) when it is inside the root, else its absolute {@code file:} URI.
     */
    static SarifLog.ArtifactLocation artifact(Path root, Path file, ArticleReport r, String field) {
        if (!file.startsWith(root)) return new SarifLog.ArtifactLocation(file.toUri().toASCIIString(), null);
        return new SarifLog.ArtifactLocation(relativeUri(root, file, r, field), SRCROOT);
    }

    /** {@code file}, inside {@code root}, as a URI reference relative to it: forward slashes, percent-encoded. */
    static String relativeUri(Path root, Path file, ArticleReport r, String field) {
        String path = ShownPath.slashes(root.relativize(file));
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new InputError(r.source(), 0, 0, field, "cannot express " + file + " as a URI: " + e.getMessage());
        }
    }
}
