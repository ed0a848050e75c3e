package claimcheck.input;

import claimcheck.InputError;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static claimcheck.input.LocatedTree.NODES;
import static claimcheck.input.LocatedTree.escape;
import static claimcheck.input.LocatedTree.fieldPath;
import static claimcheck.input.LocatedTree.position;

/**
 * One pass over one document's tokens, building its tree: the positions of every value and key found
 * so far, anchors for aliases, and the values and characters counted against the limits. Numbers are
 * checked as they are read. {@link LocatedTree#read} drives it.
 */
final class TreeReading {
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

    /** Values this many levels deep or less, and keys of members this deep or less, have their positions recorded. */
    private final int recorded;

    TreeReading(String name, InputLimits limits, String json, int recorded) {
        this.name = name;
        this.limits = limits;
        this.recorded = recorded;
        this.json = json;
        this.lineStarts = json == null ? null : LineStarts.of(json);
    }

    /**
     * The last place {@link #where} worked out: tokens come in text order, so the next one's column counts on
     * from here. Counted from its line's start every time, a file on one line (minified JSON, a JSON Lines
     * record) cost time quadratic in its length once it held a character outside Latin-1.
     */
    private int cursorOffset, cursorLine = -1, cursorColumn;

    /** Where a token starts, its column in code points as editors count them. */
    Position where(JsonLocation l) {
        if (json == null || l == null || l.getCharOffset() < 0) return position(l);
        int offset = (int) Math.min(l.getCharOffset(), json.length());
        int line;
        if (cursorLine >= 0 && offset >= cursorOffset) {
            // Tokens come in text order: the line is the cursor's or one a few lines on, not one to search for.
            line = cursorLine;
            while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
        } else {
            line = java.util.Arrays.binarySearch(lineStarts, offset);
            if (line < 0) line = -line - 2;
        }
        int column = line == cursorLine && offset >= cursorOffset
                ? cursorColumn + json.codePointCount(cursorOffset, offset)
                : json.codePointCount(lineStarts[line], offset);
        cursorOffset = offset;
        cursorLine = line;
        cursorColumn = column;
        return new Position(line + 1, column + 1);
    }

    JsonNode value(JsonParser p, String pointer, int depth) throws IOException {
        Position here = where(p.currentTokenLocation());
        last = here;
        lastPointer = pointer;
        if (depth <= recorded) values.put(pointer, here);
        if (depth > limits.maxDepth()) throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "nested deeper than the limit of " + limits.maxDepth() + " levels");
        if (p instanceof YAMLParser y) {
            if (y.isCurrentAlias()) return alias(y.getText(), here, pointer);
            Object tag = y.getTypeId();
            if (tag != null)
                throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "YAML tags (" + tag + ") are not allowed: a facts file is plain data");
        }
        Object anchorId = p instanceof YAMLParser ? p.getObjectId() : null;
        String anchor = anchorId == null ? null : anchorId.toString();
        JsonNode node = plainValue(p, pointer, depth, here);
        if (anchor != null) anchors.put(anchor, new Anchored(node, size(node), characters(node)));
        return node;
    }

    private JsonNode alias(String anchor, Position here, String pointer) {
        Anchored target = anchors.get(anchor);
        // The YAML parser reports anchors on lists and maps only, so an alias of a single value lands here too.
        if (target == null) throw new InputError(name, here.line(), here.column(), fieldPath(pointer),
                "YAML alias *" + anchor + " names no anchored list or map (anchors on single values are not supported; repeat the value)");
        // Counted before the copy is made, so that the memory is never spent.
        count(here, pointer, target.values());
        characters(here, pointer, target.characters());
        return target.node().deepCopy();
    }

    // Errors take the value's JSON pointer and make it a field path (facts[3].count) only when they are thrown.
    private void count(Position here, String pointer, long n) {
        count += n;
        if (count > limits.maxValues())
            throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "more than " + limits.maxValues()
                    + " values (YAML aliases expanded); is this a \"billion laughs\" file?");
    }

    /** Characters of keys and single values, aliases expanded: what every report and the memory will hold. */
    private void characters(Position here, String pointer, long n) {
        chars += n;
        if (chars > limits.maxExpandedChars())
            throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "more than " + limits.maxExpandedChars()
                    + " characters of keys and values (YAML aliases expanded); repeat less, or split the file");
    }

    private JsonNode plainValue(JsonParser p, String pointer, int depth, Position here) throws IOException {
        count(here, pointer, 1);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    String child = pointer + "/" + escape(key);
                    Position keyAt = where(p.currentTokenLocation());
                    if (depth < recorded) keys.put(child, keyAt);
                    characters(keyAt, child, key.length());
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
                    throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "text of " + s.length() + " characters, more than the limit of " + limits.maxStringLength());
                characters(here, pointer, s.length());
                return NODES.textNode(s);
            }
            case VALUE_NUMBER_INT: {
                java.math.BigInteger i = p.getBigIntegerValue();
                decimalForm(p.getText(), new BigDecimal(i), here, pointer);
                number(new BigDecimal(i), here, pointer);
                JsonNode n = NODES.numberNode(i);
                characters(here, pointer, n.asText().length());  // as an alias of it is counted
                return n;
            }
            case VALUE_NUMBER_FLOAT: {
                BigDecimal d;
                try {
                    d = p.getDecimalValue();
                } catch (NumberFormatException | JsonParseException e) {
                    throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "not a finite number: " + p.getText());
                }
                decimalForm(p.getText(), d, here, pointer);
                JsonNode n = number(d, here, pointer);
                characters(here, pointer, n.asText().length());
                return n;
            }
            case VALUE_TRUE: characters(here, pointer, 4); return NODES.booleanNode(true);
            case VALUE_FALSE: characters(here, pointer, 5); return NODES.booleanNode(false);
            case VALUE_NULL: characters(here, pointer, 4); return NODES.nullNode();
            default: throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "unsupported content (" + t + ")");
        }
    }

    /**
     * A YAML number must be written as articles and JSON write numbers. YAML 1.1 also reads 045 as
     * octal 37, 0x25, 0b101, 3_7, +37 and .5; read silently, such a value would check a claim
     * against a number nobody wrote. Quoted, they stay text.
     */
    private void decimalForm(String written, BigDecimal value, Position here, String pointer) {
        if (json != null || DECIMAL.matcher(written).matches()) return;
        throw new InputError(name, here.line(), here.column(), fieldPath(pointer), written + " is not a decimal number as articles write them (YAML would read it as "
                + plain(value) + "); write it in plain digits such as 37, -4 or 0.5, or quote it to keep it text");
    }

    /** Numbers stay finite and modest: a count of people or a percent, not 1e400. */
    private JsonNode number(BigDecimal d, Position here, String pointer) {
        if (d.abs().compareTo(InputLimits.MAX_MAGNITUDE) >= 0)
            throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "number out of range: " + plain(d).replaceAll("^(-?\\d{20})\\d+", "$1...")
                    + " (numbers stay below 10^15)");
        if (d.stripTrailingZeros().scale() > InputLimits.MAX_DECIMALS)
            throw new InputError(name, here.line(), here.column(), fieldPath(pointer), "number with more than " + InputLimits.MAX_DECIMALS + " decimal places");
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

    /** An anchored list or map, with what each alias of it adds to the counts. */
    private record Anchored(JsonNode node, long values, long characters) {}

    /** A number as JSON writes it: no sign but minus, no leading zero, digits on both sides of the point. */
    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    /** A number as a person writes it: no exponent, no trailing zeros after the point. */
    private static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
