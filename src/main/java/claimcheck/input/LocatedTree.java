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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A YAML or JSON document read into a Jackson tree, remembering where every value and every key
 * starts, so that errors found later (by the schema, by binding, by cross-checks) name a line and
 * column. Positions are keyed by JSON Pointer: {@code /facts/3/count}.
 */
public final class LocatedTree {
    // Exact decimals keep numbers as written ("50.0" stays 50.0, 29 is not 2.9E+1): precision is meaning here.
    // Deprecated for mappers, which have a feature for it; these nodes are built by hand, without a mapper.
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonNode root;
    private final Map<String, Position> values;
    private final Map<String, Position> keys;

    private LocatedTree(JsonNode root, Map<String, Position> values, Map<String, Position> keys) {
        this.root = root;
        this.values = values;
        this.keys = keys;
    }

    public JsonNode root() { return root; }

    /** Where the value at {@code pointer} starts; falls back to its nearest enclosing value. */
    public Position valueAt(String pointer) {
        for (String p = pointer; ; p = parent(p)) {
            Position pos = values.get(p);
            if (pos != null) return pos;
            if (p.isEmpty()) return Position.UNKNOWN;
        }
    }

    /** Where the key of the member at {@code pointer} starts; falls back to its value. */
    public Position keyAt(String pointer) {
        Position pos = keys.get(pointer);
        return pos != null ? pos : valueAt(pointer);
    }

    static String parent(String pointer) {
        int i = pointer.lastIndexOf('/');
        return i <= 0 ? "" : pointer.substring(0, i);
    }

    /** Reads {@code text} within the default limits. */
    public static LocatedTree read(String name, String text) { return read(name, text, InputLimits.DEFAULT, false); }

    /** Reads {@code text} within {@code limits}. */
    public static LocatedTree read(String name, String text, InputLimits limits) { return read(name, text, limits, false); }

    /**
     * Reads {@code text} like {@link #read(String, String)}, but a file with no document at all (empty,
     * or only comments) is read as an empty map, as a configuration file with every line commented out is.
     */
    public static LocatedTree readOrEmpty(String name, String text) {
        return read(name, text, InputLimits.DEFAULT, true);
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
    private static LocatedTree read(String name, String text, InputLimits limits, boolean emptyIsMap) {
        JsonFactory factory = factory(name, limits);
        Reader r = new Reader(name, limits, factory instanceof YAMLFactory ? null : text);
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null && emptyIsMap) {
                r.values.put("", new Position(1, 1));
                return new LocatedTree(NODES.objectNode(), r.values, r.keys);
            }
            if (first == null) throw new InputError(name, 1, 1, null, "the file is empty");
            JsonNode root = r.value(p, "", 0);
            if (p.nextToken() != null) throw at(name, r.where(p.currentTokenLocation()), null, "unexpected content after the document");
            return new LocatedTree(root, r.values, r.keys);
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

    /** A token Jackson quotes from the source ("Unrecognized token 'SECRET=...'"). */
    private static final java.util.regex.Pattern QUOTED_TOKEN = java.util.regex.Pattern.compile("(?i)(unrecognized token) '[^']*'");

    /**
     * The parser's reason, without anything it quotes from the source: its first line only (SnakeYAML
     * shows the offending line on the next ones), no location suffix, no quoted token. A file that is
     * not a facts file (a link to the runner's environment) must not be echoed line by line.
     */
    static String parserReason(String raw) {
        String m = firstLine(raw);
        int source = m.indexOf(" at [Source:");
        if (source >= 0) m = m.substring(0, source).strip();
        return QUOTED_TOKEN.matcher(m).replaceAll("$1");
    }

    /** One document's reading state: positions found so far, anchors for aliases, and the values counted. */
    private static final class Reader {
        final String name;
        final InputLimits limits;
        final Map<String, Position> values = new HashMap<>();
        final Map<String, Position> keys = new HashMap<>();
        final Map<String, Anchored> anchors = new HashMap<>();
        long count;
        long chars;
        Position last = Position.UNKNOWN;
        String lastPointer = "";

        /** The JSON source, whose parser counts columns in UTF-16 units; null for YAML, which counts code points. */
        private final String json;
        private final int[] lineStarts;

        Reader(String name, InputLimits limits, String json) {
            this.name = name;
            this.limits = limits;
            this.json = json;
            this.lineStarts = json == null ? null : lineStarts(json);
        }

        /** Where a token starts, its column in code points as editors count them. */
        Position where(JsonLocation l) {
            if (json == null || l == null || l.getCharOffset() < 0) return position(l);
            int offset = (int) Math.min(l.getCharOffset(), json.length());
            int line = java.util.Arrays.binarySearch(lineStarts, offset);
            if (line < 0) line = -line - 2;
            return new Position(line + 1, json.codePointCount(lineStarts[line], offset) + 1);
        }

        private static int[] lineStarts(String text) {
            java.util.List<Integer> starts = new java.util.ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) starts.add(i + 1);
            }
            return starts.stream().mapToInt(Integer::intValue).toArray();
        }

        JsonNode value(JsonParser p, String pointer, int depth) throws IOException {
            Position here = where(p.currentTokenLocation());
            last = here;
            lastPointer = pointer;
            values.put(pointer, here);
            String field = fieldPath(pointer);
            if (depth > limits.maxDepth()) throw new InputError(name, here.line(), here.column(), field, "nested deeper than the limit of " + limits.maxDepth() + " levels");
            if (p instanceof YAMLParser y) {
                if (y.isCurrentAlias()) return alias(y.getText(), here, field);
                Object tag = y.getTypeId();
                if (tag != null)
                    throw new InputError(name, here.line(), here.column(), field, "YAML tags (" + tag + ") are not allowed: a facts file is plain data");
            }
            Object anchorId = p instanceof YAMLParser ? p.getObjectId() : null;
            String anchor = anchorId == null ? null : anchorId.toString();
            JsonNode node = plainValue(p, pointer, depth, here, field);
            if (anchor != null) anchors.put(anchor, new Anchored(node, size(node), characters(node)));
            return node;
        }

        private JsonNode alias(String anchor, Position here, String field) {
            Anchored target = anchors.get(anchor);
            // The YAML parser reports anchors on lists and maps only, so an alias of a single value lands here too.
            if (target == null) throw new InputError(name, here.line(), here.column(), field,
                    "YAML alias *" + anchor + " names no anchored list or map (anchors on single values are not supported; repeat the value)");
            // Counted before the copy is made, so that the memory is never spent.
            count(here, field, target.values());
            characters(here, field, target.characters());
            return target.node().deepCopy();
        }

        private void count(Position here, String field, long n) {
            count += n;
            if (count > limits.maxValues())
                throw new InputError(name, here.line(), here.column(), field, "more than " + limits.maxValues()
                        + " values (YAML aliases expanded); is this a \"billion laughs\" file?");
        }

        /** Characters of keys and single values, aliases expanded: what every report and the memory will hold. */
        private void characters(Position here, String field, long n) {
            chars += n;
            if (chars > limits.maxExpandedChars())
                throw new InputError(name, here.line(), here.column(), field, "more than " + limits.maxExpandedChars()
                        + " characters of keys and values (YAML aliases expanded); repeat less, or split the file");
        }

        private JsonNode plainValue(JsonParser p, String pointer, int depth, Position here, String field) throws IOException {
            count(here, field, 1);
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    ObjectNode o = NODES.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String key = p.currentName();
                        String child = pointer + "/" + escape(key);
                        Position keyAt = where(p.currentTokenLocation());
                        keys.put(child, keyAt);
                        characters(keyAt, fieldPath(child), key.length());
                        p.nextToken();
                        o.set(key, value(p, child, depth + 1));
                    }
                    return o;
                }
                case START_ARRAY: {
                    ArrayNode a = NODES.arrayNode();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) a.add(value(p, pointer + "/" + i++, depth + 1));
                    return a;
                }
                case VALUE_STRING: {
                    String s = p.getText();
                    if (s.length() > limits.maxStringLength())
                        throw new InputError(name, here.line(), here.column(), field, "text of " + s.length() + " characters, more than the limit of " + limits.maxStringLength());
                    characters(here, field, s.length());
                    return NODES.textNode(s);
                }
                case VALUE_NUMBER_INT: {
                    java.math.BigInteger i = p.getBigIntegerValue();
                    decimalForm(p.getText(), new BigDecimal(i), here, field);
                    number(new BigDecimal(i), here, field);
                    JsonNode n = NODES.numberNode(i);
                    characters(here, field, n.asText().length());  // as an alias of it is counted
                    return n;
                }
                case VALUE_NUMBER_FLOAT: {
                    BigDecimal d;
                    try {
                        d = p.getDecimalValue();
                    } catch (NumberFormatException | JsonParseException e) {
                        throw new InputError(name, here.line(), here.column(), field, "not a finite number: " + p.getText());
                    }
                    decimalForm(p.getText(), d, here, field);
                    JsonNode n = number(d, here, field);
                    characters(here, field, n.asText().length());
                    return n;
                }
                case VALUE_TRUE: characters(here, field, 4); return NODES.booleanNode(true);
                case VALUE_FALSE: characters(here, field, 5); return NODES.booleanNode(false);
                case VALUE_NULL: characters(here, field, 4); return NODES.nullNode();
                default: throw new InputError(name, here.line(), here.column(), field, "unsupported content (" + t + ")");
            }
        }

        /**
         * A YAML number must be written as articles and JSON write numbers. YAML 1.1 also reads 045 as
         * octal 37, 0x25, 0b101, 3_7, +37 and .5; read silently, such a value would check a claim
         * against a number nobody wrote. Quoted, they stay text.
         */
        private void decimalForm(String written, BigDecimal value, Position here, String field) {
            if (json != null || DECIMAL.matcher(written).matches()) return;
            throw new InputError(name, here.line(), here.column(), field, written + " is not a decimal number as articles write them (YAML would read it as "
                    + plain(value) + "); write it in plain digits such as 37, -4 or 0.5, or quote it to keep it text");
        }

        /** Numbers stay finite and modest: a count of people or a percent, not 1e400. */
        private JsonNode number(BigDecimal d, Position here, String field) {
            if (d.abs().compareTo(InputLimits.MAX_MAGNITUDE) >= 0)
                throw new InputError(name, here.line(), here.column(), field, "number out of range: " + plain(d).replaceAll("^(-?\\d{20})\\d+", "$1...")
                        + " (numbers stay below 10^15)");
            if (d.stripTrailingZeros().scale() > InputLimits.MAX_DECIMALS)
                throw new InputError(name, here.line(), here.column(), field, "number with more than " + InputLimits.MAX_DECIMALS + " decimal places");
            return NODES.numberNode(d);
        }

        private static long size(JsonNode n) {
            long s = 1;
            for (JsonNode c : n) s += size(c);
            return s;
        }

        /** The characters {@link #characters(Position, String, long)} counts for {@code n} and all inside it. */
        private static long characters(JsonNode n) {
            if (n.isObject()) {
                long s = 0;
                for (var it = n.fields(); it.hasNext(); ) {
                    var e = it.next();
                    s += e.getKey().length() + characters(e.getValue());
                }
                return s;
            }
            if (n.isArray()) {
                long s = 0;
                for (JsonNode c : n) s += characters(c);
                return s;
            }
            return n.isTextual() ? n.textValue().length() : n.asText().length();
        }
    }

    /** An anchored list or map, with what each alias of it adds to the counts. */
    private record Anchored(JsonNode node, long values, long characters) {}

    /** A number as JSON writes it: no sign but minus, no leading zero, digits on both sides of the point. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private static String escape(String key) { return key.replace("~", "~0").replace("/", "~1"); }

    private static Position position(JsonLocation l) {
        return l == null ? Position.UNKNOWN : new Position(Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
    }

    private static InputError at(String name, Position pos, String field, String message) {
        return new InputError(name, pos.line(), pos.column(), field == null || field.isEmpty() ? null : field, message);
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    /** A number as a person writes it: no exponent, no trailing zeros after the point. */
    private static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
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
