package claimcheck.extract;

import claimcheck.InputError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The recognisers' patterns, read from data: the shipped files {@code claimcheck/extract/patterns/<kind>.yaml}
 * and, optionally, a newsroom's own folder of files in the same shape, whose patterns are added to
 * the kind each names. {@code {NAME}} in a regex is replaced by a definition of macros.yaml or of the
 * file's own {@code define:} map. Immutable once read.
 */
public final class Patterns {
    /** The claim kinds, in the order overlapping matches are settled: an earlier kind keeps its words. */
    public static final List<String> KINDS = List.of("date", "percentage", "ordinal", "quantity", "total", "title", "quotation", "list", "attachment");

    /** The kinds that count as claims for coverage: every number, percentage, ordinal and date. */
    public static final List<String> COVERAGE_KINDS = List.of("date", "percentage", "ordinal", "quantity");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]+)\\}");

    /** One pattern: its name, where it came from, the regex, how sure a match of it is, and its other settings. */
    public record Entry(String kind, String name, String source, Pattern regex, double confidence, Map<String, String> settings) {}

    private final Map<String, List<Entry>> byKind;
    private final Map<String, Map<String, Pattern>> tables;
    private final Map<String, List<Pattern>> exclusions;

    private Patterns(Map<String, List<Entry>> byKind, Map<String, Map<String, Pattern>> tables, Map<String, List<Pattern>> exclusions) {
        this.byKind = byKind;
        this.tables = tables;
        this.exclusions = exclusions;
    }

    private static final class Shipped {
        static final Patterns INSTANCE = read(null);
    }

    /** The shipped patterns. */
    public static Patterns shipped() { return Shipped.INSTANCE; }

    /** The shipped patterns plus those of every .yaml file in {@code extra} (null: none). */
    public static Patterns read(Path extra) {
        Map<String, String> macros = new LinkedHashMap<>();
        defines(tree(resource("macros.yaml"), "macros.yaml"), macros, "macros.yaml");
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        Map<String, Map<String, Pattern>> tables = new LinkedHashMap<>();
        Map<String, List<Pattern>> exclusions = new LinkedHashMap<>();
        for (String kind : KINDS) {
            byKind.put(kind, new ArrayList<>());
            tables.put(kind, new LinkedHashMap<>());
            exclusions.put(kind, new ArrayList<>());
        }
        for (String kind : KINDS) {
            String name = "patterns/" + kind + ".yaml";
            add(tree(resource(name), name), name, macros, byKind, tables, exclusions);
        }
        if (extra != null) {
            if (!Files.isDirectory(extra)) throw new InputError(extra.toString(), 0, 0, "--patterns", "not a folder of pattern files");
            try (Stream<Path> s = Files.list(extra)) {
                for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                    try (InputStream in = Files.newInputStream(p)) {
                        add(tree(in, p.toString()), p.toString(), macros, byKind, tables, exclusions);
                    }
                }
            } catch (IOException e) {
                throw new InputError(extra.toString(), 0, 0, "--patterns", "cannot read: " + e.getMessage(), e);
            }
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return new Patterns(Map.copyOf(byKind), tables, exclusions);
    }

    public List<Entry> of(String kind) { return byKind.getOrDefault(kind, List.of()); }

    /** A kind's named table of regexes (percentage: directions; attachment: types; quotation: verbs), in file order. */
    public Map<String, Pattern> table(String kind) { return tables.getOrDefault(kind, Map.of()); }

    /** Regexes whose matches a kind's matches may not fall inside. */
    public List<Pattern> exclusions(String kind) { return exclusions.getOrDefault(kind, List.of()); }

    private static void add(JsonNode file, String source, Map<String, String> shared, Map<String, List<Entry>> byKind,
                            Map<String, Map<String, Pattern>> tables, Map<String, List<Pattern>> exclusions) {
        String kind = file.path("kind").asText("");
        if (!byKind.containsKey(kind))
            throw new InputError(source, 0, 0, "kind", "expected one of " + String.join(", ", KINDS) + ", got \"" + kind + "\"");
        Map<String, String> macros = new LinkedHashMap<>(shared);
        defines(file, macros, source);
        for (JsonNode p : file.path("patterns")) {
            String name = p.path("name").asText("");
            String regex = p.path("regex").asText("");
            if (name.isEmpty() || regex.isEmpty()) throw new InputError(source, 0, 0, "patterns", "each pattern needs a name and a regex");
            Map<String, String> settings = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = p.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isValueNode()) settings.put(e.getKey(), e.getValue().asText());
            }
            byKind.get(kind).add(new Entry(kind, name, source, compile(expand(regex, macros, source), source, name),
                    p.path("confidence").asDouble(0.5), Map.copyOf(settings)));
        }
        for (String table : List.of("directions", "types")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = file.path(table).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                tables.get(kind).put(e.getKey(), compile(expand(e.getValue().asText(), macros, source), source, table + "." + e.getKey()));
            }
        }
        if (file.has("verbs")) tables.get(kind).put("verbs", compile(expand(file.get("verbs").asText(), macros, source), source, "verbs"));
        for (JsonNode n : file.path("not")) exclusions.get(kind).add(compile(expand(n.asText(), macros, source), source, "not"));
    }

    private static void defines(JsonNode file, Map<String, String> macros, String source) {
        for (Iterator<Map.Entry<String, JsonNode>> it = file.path("define").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            macros.put(e.getKey(), expand(e.getValue().asText(), macros, source));
        }
    }

    private static String expand(String regex, Map<String, String> macros, String source) {
        Matcher m = MACRO.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String def = macros.get(m.group(1));
            if (def == null) throw new InputError(source, 0, 0, "regex", "no definition of {" + m.group(1) + "}");
            m.appendReplacement(out, Matcher.quoteReplacement(def));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Pattern compile(String regex, String source, String name) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new InputError(source, 0, 0, name, "not a valid regular expression: " + e.getDescription());
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Patterns.class.getResourceAsStream("/claimcheck/extract/" + name);
        if (in == null) throw new IllegalStateException("missing resource claimcheck/extract/" + name);
        return in;
    }

    private static JsonNode tree(InputStream in, String source) {
        try (in) {
            JsonNode n = YAML.readTree(in);
            if (n == null || !n.isObject()) throw new InputError(source, 0, 0, null, "a pattern file is a map with kind and patterns");
            return n;
        } catch (IOException e) {
            throw new InputError(source, 0, 0, null, "not a pattern file: " + e.getMessage(), e);
        }
    }
}
