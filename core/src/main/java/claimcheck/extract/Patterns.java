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
 * file's own {@code define:} map. A pattern may give {@code starts:}, a character class every match of it
 * begins with, so that searches try it only there, and not after a character its regex's opening
 * lookbehind rules out ({@link FirstChars}). Immutable once read.
 */
public final class Patterns {
    /** The claim kinds, in the order overlapping matches are settled: an earlier kind keeps its words. */
    public static final List<String> KINDS = List.of("date", "percentage", "ordinal", "quantity", "total", "title", "quotation", "list", "attachment");

    /** The kinds that count as claims for coverage: every number, percentage, ordinal and date. */
    public static final List<String> COVERAGE_KINDS = List.of("date", "percentage", "ordinal", "quantity");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern MACRO = Pattern.compile("(?<!\\\\[pP])\\{([A-Z][A-Z_]+)\\}");

    /**
     * One pattern: its name, where it came from, the regex, how sure a match of it is, its other settings, and the
     * named groups its regex has (read once here: Java 17 cannot list them, and asking a matcher for a group the
     * regex lacks throws, which cost a batch run dearly).
     */
    public record Entry(String kind, String name, String source, Pattern regex, double confidence, Map<String, String> settings,
                        List<String> groups, FirstChars starts) {
        public Entry {
            settings = Map.copyOf(settings);
            groups = List.copyOf(groups);
        }
    }

    private static final Pattern GROUP_NAME = Pattern.compile("(?<!\\\\)\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    /** The named groups of {@code regex}, in order of appearance. */
    static List<String> groupNames(String regex) {
        List<String> names = new ArrayList<>();
        Matcher m = GROUP_NAME.matcher(regex);
        while (m.find()) if (!names.contains(m.group(1))) names.add(m.group(1));
        return names;
    }

    private final Map<String, List<Entry>> byKind;
    private final Map<String, Map<String, Pattern>> tables;
    private final Map<String, List<Pattern>> exclusions;
    private final Map<String, String> places;

    private Patterns(Map<String, List<Entry>> byKind, Map<String, Map<String, Pattern>> tables, Map<String, List<Pattern>> exclusions,
                     Map<String, String> places) {
        this.byKind = byKind;
        this.tables = tables;
        this.exclusions = exclusions;
        this.places = places;
    }

    private static final class Shipped {
        static final Patterns INSTANCE = read(null);
    }

    private static final class ShippedCoverage {
        static final Patterns INSTANCE = read(null, COVERAGE_KINDS);
    }

    /** The shipped patterns. */
    public static Patterns shipped() { return Shipped.INSTANCE; }

    /**
     * The shipped patterns of the {@link #COVERAGE_KINDS} only, all that checking an article's coverage reads:
     * the other kinds' files, the larger part, are extraction's (reading them all cost a cold start 15–25 ms more).
     */
    public static Patterns shippedForCoverage() { return ShippedCoverage.INSTANCE; }

    /**
     * The shipped patterns plus those of every .yaml file in {@code extra} (null: none). A file there with
     * {@code places:} and no {@code kind:} adds place adjectives to places.yaml's.
     */
    public static Patterns read(Path extra) {
        return read(extra, KINDS);
    }

    /** As {@link #read(Path)}, reading only the shipped files of {@code kinds}. */
    private static Patterns read(Path extra, List<String> kinds) {
        List<Path> extraFiles = extra == null ? List.of() : files(extra);
        Map<String, String> places = new LinkedHashMap<>();
        placesOf(tree(resource("places.yaml"), "places.yaml"), places, "places.yaml");
        List<Map.Entry<Path, JsonNode>> extraTrees = new ArrayList<>();
        for (Path p : extraFiles) {
            JsonNode file = read(p, extra);
            if (file.has("places") && !file.has("kind")) placesOf(file, places, p.toString());
            else extraTrees.add(Map.entry(p, file));
        }
        Map<String, String> macros = new LinkedHashMap<>();
        macros.put("PLACE", placeRegex(places.keySet()));
        defines(tree(resource("macros.yaml"), "macros.yaml"), macros, "macros.yaml");
        Map<String, List<Entry>> byKind = new LinkedHashMap<>();
        Map<String, Map<String, Pattern>> tables = new LinkedHashMap<>();
        Map<String, List<Pattern>> exclusions = new LinkedHashMap<>();
        for (String kind : KINDS) {
            byKind.put(kind, new ArrayList<>());
            tables.put(kind, new LinkedHashMap<>());
            exclusions.put(kind, new ArrayList<>());
        }
        for (String kind : kinds) {
            String name = "patterns/" + kind + ".yaml";
            add(tree(resource(name), name), name, macros, byKind, tables, exclusions);
        }
        for (Map.Entry<Path, JsonNode> e : extraTrees) add(e.getValue(), e.getKey().toString(), macros, byKind, tables, exclusions);
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return new Patterns(Map.copyOf(byKind), tables, exclusions, Map.copyOf(places));
    }

    private static List<Path> files(Path extra) {
        if (!Files.isDirectory(extra)) throw new InputError(extra.toString(), 0, 0, "--patterns", "not a folder of pattern files");
        try (Stream<Path> s = Files.list(extra)) {
            return s.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new InputError(extra.toString(), 0, 0, "--patterns", "cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode read(Path p, Path extra) {
        try {
            return tree(Files.newInputStream(p), p.toString());
        } catch (IOException e) {
            throw new InputError(extra.toString(), 0, 0, "--patterns", "cannot read: " + e.getMessage(), e);
        }
    }

    private static void placesOf(JsonNode file, Map<String, String> places, String source) {
        JsonNode map = file.path("places");
        if (!map.isObject()) throw new InputError(source, 0, 0, "places", "expected a map of words to places");
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().isBlank() || !e.getValue().isTextual() || e.getValue().asText().isBlank())
                throw new InputError(source, 0, 0, "places." + e.getKey(), "expected a word and the place it names");
            places.put(e.getKey().strip(), e.getValue().asText().strip());
        }
    }

    /** {PLACE}: the place words, longest first so "South Korean" wins over "Korean", or any name with 's. */
    private static String placeRegex(java.util.Set<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        StringBuilder b = new StringBuilder("(?:");
        for (String w : sorted) b.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).append("(?![\\p{L}])|");
        return b.append("[\\p{Lu}][\\p{L}]+[’']s)").toString();
    }

    /** The place a title's place word names ("U.S." the United States, "Mexico's" Mexico); the word itself when unknown. */
    public String place(String word) {
        String w = word.replaceAll("[’']s$", "").replaceAll("\\s+", " ").strip();
        return places.getOrDefault(w, w);
    }

    public List<Entry> of(String kind) { return byKind.getOrDefault(kind, List.of()); }

    /**
     * A kind's named table of regexes, in file order: percentage: directions; attachment: types; quotation: verbs
     * and sources; date: tense (future); total: parts (partial, complete, after, subset); quantity: margins and point-margins. Kept
     * apart, read by name only: percentage/wholes (how a share's whole may be written, and a rate).
     */
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
            String expanded = expand(regex, macros, source);
            String starts = p.path("starts").asText("");
            Pattern compiled = compile(expanded, source, name);
            byKind.get(kind).add(new Entry(kind, name, source, compiled, p.path("confidence").asDouble(0.5), settings, groupNames(expanded),
                    starts.isEmpty() ? null : firstChars(expand(starts, macros, source), compiled, source, name)));
        }
        for (String table : List.of("directions", "types", "tense", "parts", "wholes")) {
            // A table read by name, not iterated with its kind's others, is kept apart: "percentage/wholes".
            Map<String, Pattern> into = table.equals("wholes") ? tables.computeIfAbsent(kind + "/" + table, k -> new LinkedHashMap<>()) : tables.get(kind);
            for (Iterator<Map.Entry<String, JsonNode>> it = file.path(table).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                into.put(e.getKey(), compile(expand(e.getValue().asText(), macros, source), source, table + "." + e.getKey()));
            }
        }
        for (String one : List.of("verbs", "sources", "margins", "point-margins"))
            if (file.has(one)) tables.get(kind).put(one, compile(expand(file.get(one).asText(), macros, source), source, one));
        for (JsonNode n : file.path("not")) exclusions.get(kind).add(compile(expand(n.asText(), macros, source), source, "not"));
    }

    /** A bracketed class or a class escape, one character wide; anything else would make its pattern match nowhere, silently. */
    private static final Pattern ONE_CHARACTER_CLASS = Pattern.compile("\\[.*\\]|\\\\[dDsSwWhHvV]|\\\\[pP]\\{\\w+\\}|\\\\[pP][A-Z]");

    private static FirstChars firstChars(String starts, Pattern regex, String source, String name) {
        if (!ONE_CHARACTER_CLASS.matcher(starts).matches())
            throw new InputError(source, 0, 0, name + ".starts", "expected a character class every match begins with, such as '[0-9$]', got '" + starts + "'");
        return new FirstChars(compile(starts, source, name + ".starts"), regex);
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
