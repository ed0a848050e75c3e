package claimcheck.facts;

import claimcheck.InputError;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
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

    /** Reads {@code text}; {@code name} is the file name shown in errors and decides YAML or JSON. */
    public static LocatedTree read(String name, String text) {
        return read(name, text, false);
    }

    /**
     * Reads {@code text} like {@link #read(String, String)}, but a file with no document at all (empty,
     * or only comments) is read as an empty map, as a configuration file with every line commented out is.
     */
    public static LocatedTree readOrEmpty(String name, String text) {
        return read(name, text, true);
    }

    private static LocatedTree read(String name, String text, boolean emptyIsMap) {
        String lower = name.toLowerCase(Locale.ROOT);
        JsonFactory factory;
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) factory = YAMLFactory.builder().build();
        else if (lower.endsWith(".json")) factory = JsonFactory.builder().build();
        else throw new InputError(name, 0, 0, null, "unknown file type: name a .yaml, .yml or .json file");
        factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        Map<String, Position> values = new HashMap<>();
        Map<String, Position> keys = new HashMap<>();
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null && emptyIsMap) {
                values.put("", new Position(1, 1));
                return new LocatedTree(NODES.objectNode(), values, keys);
            }
            if (first == null) throw new InputError(name, 1, 1, null, "the file is empty");
            JsonNode root = readValue(name, p, "", values, keys);
            if (p.nextToken() != null) throw at(name, p.currentTokenLocation(), "unexpected content after the document");
            return new LocatedTree(root, values, keys);
        } catch (JsonParseException e) {
            throw at(name, e.getLocation(), "malformed " + (factory instanceof YAMLFactory ? "YAML" : "JSON") + ": " + firstLine(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputError(name, 0, 0, null, "cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode readValue(String name, JsonParser p, String pointer, Map<String, Position> values,
                                      Map<String, Position> keys) throws IOException {
        values.put(pointer, position(p.currentTokenLocation()));
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = pointer + "/" + escape(key);
                    keys.put(child, position(p.currentTokenLocation()));
                    p.nextToken();
                    o.set(key, readValue(name, p, child, values, keys));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(readValue(name, p, pointer + "/" + i++, values, keys));
                return a;
            }
            case VALUE_STRING: return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT: return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT: {
                BigDecimal d;
                try {
                    d = p.getDecimalValue();
                } catch (NumberFormatException e) {
                    throw at(name, p.currentTokenLocation(), "not a finite number: " + p.getText());
                }
                return NODES.numberNode(d);
            }
            case VALUE_TRUE: return NODES.booleanNode(true);
            case VALUE_FALSE: return NODES.booleanNode(false);
            case VALUE_NULL: return NODES.nullNode();
            default: throw at(name, p.currentTokenLocation(), "unsupported content (" + t + ")");
        }
    }

    private static String escape(String key) { return key.replace("~", "~0").replace("/", "~1"); }

    private static Position position(JsonLocation l) {
        return l == null ? Position.UNKNOWN : new Position(Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
    }

    private static InputError at(String name, JsonLocation l, String message) {
        Position pos = position(l);
        return new InputError(name, pos.line(), pos.column(), null, message);
    }

    private static InputError at(String name, JsonLocation l, String message, Throwable cause) {
        Position pos = position(l);
        return new InputError(name, pos.line(), pos.column(), null, message, cause);
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
