package claimcheck.input;

import claimcheck.InputError;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A YAML or JSON document read into a Jackson tree, remembering where every value and every key
 * starts, so that errors found later (by the schema, by binding, by cross-checks) name a line and
 * column. Positions are keyed by JSON Pointer: {@code /facts/3/count}.
 *
 * <p>Reading records the positions of the top {@link #RECORDED} levels only (the document, its sections, each
 * fact); the first question about a deeper place reads the text again, recording everything. Reports need a
 * position for every fact, only errors need the others, and a big file's positions of every value and key held
 * more memory than its facts (10^6 facts: some 2&times;10^7 entries).
 */
public final class LocatedTree {
    // Exact decimals keep numbers as written ("50.0" stays 50.0, 29 is not 2.9E+1): precision is meaning here.
    // Deprecated for mappers, which have a feature for it; these nodes are built by hand, without a mapper.
    @SuppressWarnings("deprecation")
    static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** Levels of the document whose positions a first reading records: "", "/facts", "/facts/3". */
    static final int RECORDED = 2;

    private final JsonNode root;
    private final Map<String, Position> values;
    private final Map<String, Position> keys;
    /** What to read again for the positions below {@link #RECORDED} levels; null when they are all here. */
    private final Reread reread;
    private LocatedTree everything;

    /** The text a tree was read from, and how. */
    private record Reread(String name, String text, InputLimits limits, boolean emptyIsMap) {}

    private LocatedTree(JsonNode root, Map<String, Position> values, Map<String, Position> keys, Reread reread) {
        this.root = root;
        this.values = values;
        this.keys = keys;
        this.reread = reread;
    }

    public JsonNode root() { return root; }

    /** This tree with the positions of every value and key, read again from its text the first time it is needed. */
    private synchronized LocatedTree everything() {
        if (everything == null)
            everything = read(reread.name(), reread.text(), reread.limits(), reread.emptyIsMap(), Integer.MAX_VALUE);
        return everything;
    }

    /** Whether the position of {@code pointer} may lie below the levels recorded here. */
    private boolean deeper(String pointer) {
        if (reread == null) return false;
        int levels = 0;
        for (int i = 0; i < pointer.length(); i++) if (pointer.charAt(i) == '/' && ++levels > RECORDED) return true;
        return false;
    }

    /** Where the value at {@code pointer} starts; falls back to its nearest enclosing value. */
    public Position valueAt(String pointer) {
        if (deeper(pointer)) return everything().valueAt(pointer);
        for (String p = pointer; ; p = parent(p)) {
            Position pos = values.get(p);
            if (pos != null) return pos;
            if (p.isEmpty()) return Position.UNKNOWN;
        }
    }

    /** Where the key of the member at {@code pointer} starts; falls back to its value. */
    public Position keyAt(String pointer) {
        if (deeper(pointer)) return everything().keyAt(pointer);
        Position pos = keys.get(pointer);
        return pos != null ? pos : valueAt(pointer);
    }

    static String parent(String pointer) {
        int i = pointer.lastIndexOf('/');
        return i <= 0 ? "" : pointer.substring(0, i);
    }

    /** Reads {@code text} within the default limits. */
    public static LocatedTree read(String name, String text) { return read(name, text, InputLimits.DEFAULT, false, RECORDED); }

    /** Reads {@code text} within {@code limits}. */
    public static LocatedTree read(String name, String text, InputLimits limits) { return read(name, text, limits, false, RECORDED); }

    /**
     * Reads {@code text} like {@link #read(String, String)}, but a file with no document at all (empty,
     * or only comments) is read as an empty map, as a configuration file with every line commented out is.
     */
    public static LocatedTree readOrEmpty(String name, String text) {
        return read(name, text, InputLimits.DEFAULT, true, RECORDED);
    }

    /** The parser for {@code name}'s type (YAML or JSON), within {@code limits}. */
    private static JsonFactory factory(String name, InputLimits limits) {
        String lower = name.toLowerCase(Locale.ROOT);
        JsonFactory factory;
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            LoaderOptions yaml = new LoaderOptions();
            yaml.setAllowDuplicateKeys(false);
            yaml.setNestingDepthLimit(limits.maxDepth() + 1);
            yaml.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
            factory = YAMLFactory.builder().loaderOptions(yaml).build();
        } else if (lower.endsWith(".json")) {
            factory = JsonFactory.builder().build();
        } else {
            throw new InputError(name, 0, 0, null, "unknown file type: name a .yaml, .yml or .json file");
        }
        factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        // Locations in messages would otherwise quote the source text.
        factory.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION.mappedFeature());
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(Math.max(limits.maxStringLength(), 1) + 1)
                .maxNameLength(Math.max(limits.maxStringLength(), 1) + 1)
                .maxNumberLength(64)
                .build());
        return factory;
    }

    /**
     * The keys of {@code text}'s top-level map, in file order, read without building the document (values
     * are skipped); null when the top level is not a map. Throws an {@link InputError} when the text is empty
     * or cannot be read as YAML or JSON at all.
     */
    public static java.util.List<String> topLevelKeys(String name, String text, InputLimits limits) {
        JsonFactory factory = factory(name, limits);
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) throw new InputError(name, 1, 1, null, "the file is empty");
            if (first != JsonToken.START_OBJECT) return null;
            java.util.List<String> keys = new java.util.ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                keys.add(p.currentName());
                p.nextToken();
                p.skipChildren();
            }
            return keys;
        } catch (IOException | RuntimeException e) {
            throw new InputError(name, 0, 0, null, "unreadable", e);
        }
    }

    /**
     * Reads {@code text}; {@code name} is the file name shown in errors and decides YAML or JSON.
     * Plain data only: YAML tags are refused, YAML aliases are expanded within {@code limits.maxValues()}
     * and {@code limits.maxExpandedChars()}, YAML numbers are read only as decimals written as JSON writes them.
     * No message quotes a line of the source: the file may not be what its name says.
     */
    private static LocatedTree read(String name, String text, InputLimits limits, boolean emptyIsMap, int recorded) {
        JsonFactory factory = factory(name, limits);
        TreeReading r = new TreeReading(name, limits, factory instanceof YAMLFactory ? null : text, recorded);
        Reread reread = recorded == Integer.MAX_VALUE ? null : new Reread(name, text, limits, emptyIsMap);
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null && emptyIsMap) {
                r.values.put("", new Position(1, 1));
                return new LocatedTree(NODES.objectNode(), r.values, r.keys, null);
            }
            if (first == null) throw new InputError(name, 1, 1, null, "the file is empty");
            JsonNode root = r.value(p, "", 0);
            if (p.nextToken() != null) throw at(name, r.where(p.currentTokenLocation()), null, "unexpected content after the document");
            return new LocatedTree(root, r.values, r.keys, reread);
        } catch (InputError e) {
            throw e;
        } catch (StreamConstraintsException e) {
            throw at(name, r.last, LocatedTree.fieldPath(r.lastPointer), limitMessage(e.getOriginalMessage(), limits));
        } catch (JsonParseException e) {
            String m = parserReason(e.getOriginalMessage());
            if (m.contains("exceeds the specified") || m.contains("Nesting Depth"))
                throw at(name, r.where(e.getLocation()), null, "nested deeper than the limit of " + limits.maxDepth() + " levels");
            Position pos = r.where(e.getLocation());
            throw new InputError(name, pos.line(), pos.column(), null, "malformed " + (factory instanceof YAMLFactory ? "YAML" : "JSON") + ": " + m, e);
        } catch (IOException e) {
            throw new InputError(name, 0, 0, null, "cannot read: " + parserReason(e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
        } catch (RuntimeException e) {
            // SnakeYAML reports some limits (code points, nesting) as its own runtime exceptions.
            String m = parserReason(e.getMessage());
            if (m.contains("code point") || m.contains("exceeds the limit"))
                throw new InputError(name, r.last.line(), r.last.column(), null, "larger than the limit of " + limits.maxFileBytes() + " bytes");
            if (m.contains("Nesting Depth"))
                throw new InputError(name, r.last.line(), r.last.column(), null, "nested deeper than the limit of " + limits.maxDepth() + " levels");
            throw new InputError(name, r.last.line(), r.last.column(), null, "malformed input: " + m, e);
        }
    }

    private static String limitMessage(String raw, InputLimits limits) {
        if (raw == null) return "over an input limit";
        if (raw.contains("nesting depth") || raw.contains("Nesting Depth")) return "nested deeper than the limit of " + limits.maxDepth() + " levels";
        if (raw.contains("String value length") || raw.contains("Name length")) return "text longer than the limit of " + limits.maxStringLength() + " characters";
        if (raw.contains("Number value length")) return "a number longer than 64 characters";
        return parserReason(raw);
    }

    /** Where Jackson says an unclosed object or array began; its own wording holds " at [Source:", which ends a reason. */
    private static final java.util.regex.Pattern START_MARKER =
            java.util.regex.Pattern.compile("\\(start marker at \\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]\\)");
    /** A token Jackson quotes from the source ("Unrecognized token 'SECRET=...'"). */
    private static final java.util.regex.Pattern QUOTED_TOKEN = java.util.regex.Pattern.compile("(?i)(unrecognized token) '[^']*'");

    /**
     * The parser's reason, without anything it quotes from the source: its first line only (SnakeYAML
     * shows the offending line on the next ones), no location suffix, no quoted token. A file that is
     * not a facts file (a link to the runner's environment) must not be echoed line by line.
     */
    static String parserReason(String raw) {
        String m = START_MARKER.matcher(firstLine(raw)).replaceAll("(opened at $1:$2)");
        int source = m.indexOf(" at [Source:");
        if (source >= 0) m = m.substring(0, source).strip();
        return QUOTED_TOKEN.matcher(m).replaceAll("$1");
    }

    static String escape(String key) { return key.replace("~", "~0").replace("/", "~1"); }

    static Position position(JsonLocation l) {
        return l == null ? Position.UNKNOWN : new Position(Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
    }

    static InputError at(String name, Position pos, String field, String message) {
        return new InputError(name, pos.line(), pos.column(), field == null || field.isEmpty() ? null : field, message);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** {@code /facts/3/count} as people read it: {@code facts[3].count}. */
    public static String fieldPath(String pointer) {
        StringBuilder s = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) continue;
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) s.append('[').append(name).append(']');
            else s.append(s.length() == 0 ? "" : ".").append(name);
        }
        return s.toString();
    }
}
