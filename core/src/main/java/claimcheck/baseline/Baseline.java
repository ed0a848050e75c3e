package claimcheck.baseline;

import claimcheck.InputError;
import claimcheck.facts.Article;
import claimcheck.input.JsonSchemaFile;
import claimcheck.input.LocatedTree;
import claimcheck.input.Position;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import claimcheck.findings.Suppression;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Findings recorded on purpose ({@code claimcheck verify --write-baseline FILE}) so that a gate can
 * pass on an article's known findings and still fail on new ones ({@code --baseline FILE}). An entry
 * matches a finding of the same rule in the same article naming the same facts with the same quoted
 * words: line numbers play no part, so edits elsewhere in the article do not break it. A matched
 * finding is still reported, marked suppressed with the entry's justification. An entry past its
 * expiry date suppresses nothing and is itself reported, as a {@value #EXPIRED_RULE} finding.
 *
 * <p>The file is YAML, written in one order (article, rule, facts, quotes), so the same findings
 * always give the same bytes.
 */
public final class Baseline {
    /** The rule id of the finding that reports an expired entry. */
    public static final String EXPIRED_RULE = "claimcheck/baseline-expired";

    /** The justification of a new entry when none is given: a person is meant to replace it. */
    public static final String DEFAULT_JUSTIFICATION = "recorded with --write-baseline; replace with the reason it is accepted";

    public static final Baseline EMPTY = new Baseline(null, List.of());

    private final String file;
    private final List<BaselineEntry> entries;
    private final Map<BaselineEntry.Key, BaselineEntry> byKey = new TreeMap<>();
    /** Each article's entries, in file order: judging an article looks at its own, not at every article's. */
    private final Map<String, List<BaselineEntry>> byArticleId = new HashMap<>();

    private Baseline(String file, Collection<BaselineEntry> entries) {
        this.file = file;
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> a.key().compareTo(b.key()));
        this.entries = List.copyOf(sorted);
        for (BaselineEntry e : this.entries) {
            byKey.putIfAbsent(e.key(), e);
            byArticleId.computeIfAbsent(e.article(), a -> new ArrayList<>()).add(e);
        }
    }

    /** The entries, in file order: by article, rule, facts, quotes. */
    public List<BaselineEntry> entries() { return entries; }

    /** The file as the user named it, or null for a baseline not read from a file. */
    public String file() { return file; }

    /** The baseline file's schema: what an editor offers, and what {@link #read} enforces. */
    public static final String SCHEMA = "/claimcheck/baseline.schema.json";

    private static final class Schema {
        static final JsonSchemaFile INSTANCE = JsonSchemaFile.resource(SCHEMA, JsonSchemaFile.Wording.KEYS);
    }

    /**
     * The file as written: what {@link #read} binds once the schema has checked it, and what
     * {@link #toYaml} writes, its fields in this order.
     */
    record Written(List<WrittenEntry> entries) {}

    /**
     * An entry as written: its article id, severity and date not yet checked beyond their shape. The
     * optional fields are left out of a written file when they have no value.
     */
    record WrittenEntry(String article, String rule, List<String> facts, List<String> quotes,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String severity,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String message,
                        String justification,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String expires) {

        static WrittenEntry of(BaselineEntry e) {
            return new WrittenEntry(e.article(), e.rule(), e.facts(), e.quotes(), e.severity() == null ? null : e.severity().label(),
                    e.message(), e.justification(), e.expires() == null ? null : e.expires().toString());
        }
    }

    /**
     * Reads a baseline file; {@code name} is how messages name it. The schema checks the shape; then
     * article ids and dates must be real ones, and no finding may be recorded twice. A file that is not
     * a baseline at all is refused without its content being shown.
     */
    public static Baseline read(Path path, String name) {
        LocatedTree tree = Schema.INSTANCE.read(path, name, "baseline file");
        Written w = JsonSchemaFile.bind(tree, "", Written.class);
        if (w.entries() == null) return new Baseline(name, List.of());
        List<BaselineEntry> entries = new ArrayList<>();
        Map<BaselineEntry.Key, Position> seen = new TreeMap<>();
        for (int i = 0; i < w.entries().size(); i++) {
            String at = "/entries/" + i;
            WrittenEntry written = w.entries().get(i);
            if (!Article.ID.matcher(written.article()).matches())
                throw error(name, tree, at + "/article", "expected an article id, got " + JsonSchemaFile.shown(tree.root().at(at + "/article")));
            LocalDate expires = null;
            if (written.expires() != null) {
                try {
                    expires = LocalDate.parse(written.expires());
                } catch (DateTimeParseException e) {
                    throw error(name, tree, at + "/expires", "expected a full date YYYY-MM-DD, got " + JsonSchemaFile.shown(tree.root().at(at + "/expires")));
                }
            }
            Severity severity = written.severity() == null ? null : Severity.parse(written.severity());
            BaselineEntry e = new BaselineEntry(written.article(), written.rule(), written.facts(),
                    written.quotes() == null ? List.of() : written.quotes(), severity, written.message(), written.justification(),
                    expires, tree.valueAt(at));
            Position earlier = seen.putIfAbsent(e.key(), e.position());
            if (earlier != null)
                throw error(name, tree, at, "the same finding is recorded twice (also at line " + earlier.line() + ")");
            entries.add(e);
        }
        return new Baseline(name, entries);
    }

    private static InputError error(String file, LocatedTree tree, String pointer, String message) {
        Position p = tree.valueAt(pointer);
        return new InputError(file, p.line(), p.column(), LocatedTree.fieldPath(pointer), message);
    }

    /** What a baseline decided for one article: the findings, those it matches marked suppressed, and its expired entries. */
    public record Judgement(List<Finding> findings, List<BaselineEntry> expired) {
        public Judgement {
            findings = List.copyOf(findings);
            expired = List.copyOf(expired);
        }
    }

    /**
     * Marks each active finding of {@code article} that an entry matches as suppressed, unless the entry
     * has expired on {@code asOf}; returns the findings and every expired entry of the article.
     */
    public Judgement apply(String article, List<Finding> findings, LocalDate asOf) {
        List<BaselineEntry> own = byArticleId.getOrDefault(article, List.of());
        if (own.isEmpty()) return new Judgement(findings, List.of());  // nothing to match: no key worked out
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            BaselineEntry e = f.active() ? byKey.get(keyOf(article, f)) : null;
            out.add(e == null || e.expiredOn(asOf) ? f : f.suppressed(new Suppression(Suppression.Kind.BASELINE, e.justification(), e.expires())));
        }
        List<BaselineEntry> expired = new ArrayList<>();
        for (BaselineEntry e : own) if (e.expiredOn(asOf)) expired.add(e);
        return new Judgement(out, expired);
    }

    /** The finding that reports an expired entry, naming the facts it named. */
    public static Finding expiredFinding(BaselineEntry e) {
        String on = e.facts().isEmpty() ? "" : " on " + String.join(", ", e.facts());
        return new Finding(EXPIRED_RULE, Severity.WARNING, "the baseline entry for " + e.rule() + on + " expired on " + e.expires()
                + " and no longer suppresses its finding (it was accepted because: " + e.justification() + ")",
                e.facts(), List.of(), List.of());
    }

    /**
     * The baseline recording the findings of {@code reports}, as {@code --write-baseline} writes it: an
     * entry for each finding that is not accepted in its facts file, keeping the justification and
     * expiry of an entry of this baseline that matches it (an expired entry stays expired), and
     * {@code justification} for the others. Entries of articles not in {@code reports} are kept;
     * entries of articles in it that match no finding any more are dropped.
     */
    public Baseline recording(List<ArticleReport> reports, String justification) {
        Set<String> articles = new HashSet<>();
        Map<BaselineEntry.Key, BaselineEntry> out = new TreeMap<>();
        for (ArticleReport r : reports) {
            String article = r.article().id();
            articles.add(article);
            for (Finding f : r.findings()) {
                if (f.ruleId().equals(EXPIRED_RULE)) continue;
                if (f.suppression() != null && f.suppression().kind() == Suppression.Kind.ACCEPTED) continue;
                BaselineEntry.Key key = keyOf(article, f);
                if (out.containsKey(key)) continue;
                BaselineEntry fresh = new BaselineEntry(article, f.ruleId(), f.facts(), key.quotes(), f.severity(), f.message(),
                        justification, null, Position.UNKNOWN);
                BaselineEntry earlier = byKey.get(key);
                out.put(key, earlier == null ? fresh : fresh.keeping(earlier));
            }
        }
        for (BaselineEntry e : entries) if (!articles.contains(e.article())) out.putIfAbsent(e.key(), e);
        return new Baseline(file, out.values());
    }

    /**
     * This baseline split by article, each part named as this one. An article's report is recorded and judged on
     * its part as on the whole, so a job that records its articles apart (the Spark job's executors) gives each
     * only its own entries.
     */
    public Map<String, Baseline> byArticle() {
        Map<String, Baseline> out = new HashMap<>();
        byArticleId.forEach((article, part) -> out.put(article, new Baseline(file, part)));
        return out;
    }

    /**
     * What {@link #recording} gives when the reports were recorded one article at a time, each on its part of this
     * baseline ({@link #byArticle()}): {@code recorded} are the entries so recorded, {@code articles} the articles
     * whose reports were recorded. This baseline's entries of other articles are kept.
     */
    public Baseline recorded(Set<String> articles, Collection<BaselineEntry> recorded) {
        Map<BaselineEntry.Key, BaselineEntry> out = new TreeMap<>();
        for (BaselineEntry e : recorded) out.putIfAbsent(e.key(), e);
        for (BaselineEntry e : entries) if (!articles.contains(e.article())) out.putIfAbsent(e.key(), e);
        return new Baseline(file, out.values());
    }

    private static BaselineEntry.Key keyOf(String article, Finding f) {
        Set<String> quotes = new TreeSet<>();
        for (Evidence e : f.evidence()) quotes.add(e.quote());
        return new BaselineEntry.Key(article, f.ruleId(), f.facts(), new ArrayList<>(quotes));
    }

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    private static final String HEADER = """
            # claimcheck baseline: findings accepted for now. `claimcheck verify --baseline FILE` reports them
            # marked suppressed and fails the gate only on findings not recorded here.
            # An entry matches a finding of its rule in its article naming the same facts with the same quotes;
            # line numbers play no part. Give each entry its reason in justification; an entry past its
            # expires date (YYYY-MM-DD, optional) suppresses nothing and is reported.
            """;

    /** The file's text: a comment saying what it is, then the entries in order. Same entries, same bytes. */
    public String toYaml() {
        try {
            return HEADER + YAML.writeValueAsString(new Written(entries.stream().map(WrittenEntry::of).toList()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
