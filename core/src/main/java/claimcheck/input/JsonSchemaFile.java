package claimcheck.input;

import claimcheck.InputError;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON Schema (draft 2020-12) that a YAML or JSON file claimcheck reads must follow, and the one way
 * its findings become an {@link InputError}: the first problem in document order, at its line and
 * column, naming the field, in the schema's own words for what belongs there ({@code x-expected}).
 * The facts file, claimcheck.yaml, baselines and rule cases' expected.yaml are all checked this way.
 *
 * <p>A file that claimcheck's own settings point at may be any file on the machine. So for the
 * files read with {@link #read}, an error quotes a value only once the file is recognisably of its
 * kind (a map whose keys are all the schema's); otherwise it names the value's type, and a parse
 * error keeps the parser's reason without the source text it may quote.
 */
public final class JsonSchemaFile {
    private static final String EXPECTED = "x-expected";

    /**
     * How errors are worded: {@code member} is what a map's entry is called ("field", "key");
     * {@code quoteAlways} quotes found values even in a file not recognised as of its kind;
     * {@code unknownValue} words a value outside an enum at a pointer ("unknown fact kind ..."), or
     * gives null for the plain "expected ..., got ...".
     */
    public record Wording(String member, boolean quoteAlways, UnknownValue unknownValue) {
        /** Words for a settings-like file: entries are keys, values quoted once the file is recognised. */
        public static final Wording KEYS = new Wording("key", false, (pointer, shown) -> null);
    }

    /** The message for a value outside an enum or const at {@code pointer}, shown as {@code shown}; null for the default. */
    @FunctionalInterface
    public interface UnknownValue {
        String message(String pointer, String shown);
    }

    private final JsonNode document;
    private final Schema schema;
    private final Wording wording;
    private final Dispatch dispatch;

    public JsonSchemaFile(JsonNode document, Wording wording) {
        this(document, wording, null);
    }

    /**
     * As {@link #JsonSchemaFile(JsonNode, Wording)}; the items of the array at {@code itemsAt} (an instance
     * pointer, "/facts") are dispatched by {@link Dispatch}, when the schema has the shape it needs.
     */
    public JsonSchemaFile(JsonNode document, Wording wording, String itemsAt) {
        this.document = document;
        this.wording = wording;
        Dispatch d = itemsAt == null ? null : Dispatch.of(document, itemsAt);
        this.dispatch = d;
        // x-expected is ours: the words an error message uses for what belongs at a place. It validates nothing.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012()).keyword(new NonValidationKeyword(EXPECTED)).build();
        this.schema = SchemaRegistry.withDialect(dialect).getSchema(d == null ? document : d.skeleton());
        if (d != null) d.compile(schema);
    }

    /**
     * Validation of the items of one array whose schema is a union of kinds, written the way JSON Schema
     * spells a tagged union: {@code allOf: [{if: {properties: {kind: {const: "event"}}, required: [kind]},
     * then: {$ref: "#/$defs/event"}}, ...]}. A validator evaluates every {@code if} of every item, and each
     * failed one builds an error it then throws away: most of a facts file's validation time. Here the
     * {@code if}s, whose outcome is a comparison, are decided in Java, and only the {@code then} that applies
     * is evaluated; everything else is validated by the schema without the {@code allOf} (the skeleton). The
     * findings are the same errors, at the same places and schema locations, so messages are unchanged.
     */
    private static final class Dispatch {
        private final String itemsAt;
        private final JsonNode skeleton;
        private final List<Branch> branches;
        private final List<Schema> thens = new ArrayList<>();

        /** One {@code if}/{@code then}: the item's {@code property} equals {@code value} (or the item is no object). */
        private record Branch(String property, JsonNode value, String then) {}

        private Dispatch(String itemsAt, JsonNode skeleton, List<Branch> branches) {
            this.itemsAt = itemsAt;
            this.skeleton = skeleton;
            this.branches = branches;
        }

        /** The dispatch for the items at {@code itemsAt}; null when the schema is not of the shape above. */
        static Dispatch of(JsonNode document, String itemsAt) {
            // A top-level array only ("/facts"): its items' schema is then at /properties/facts/items.
            if (itemsAt.lastIndexOf('/') != 0) return null;
            JsonNode items = document.at("/properties" + itemsAt + "/items");
            String ref = items.path("$ref").asText("");
            if (items.size() != 1 || !ref.startsWith("#/$defs/")) return null;
            String itemDef = ref.substring(1);
            JsonNode allOf = document.at(itemDef + "/allOf");
            if (!allOf.isArray() || allOf.isEmpty()) return null;
            List<Branch> branches = new ArrayList<>();
            for (JsonNode b : allOf) {
                JsonNode cond = b.path("if");
                JsonNode then = b.path("then").path("$ref");
                if (b.size() != 2 || cond.size() != 2 || !then.isTextual() || !then.asText().startsWith("#/$defs/")) return null;
                JsonNode props = cond.path("properties");
                JsonNode required = cond.path("required");
                if (props.size() != 1 || required.size() != 1) return null;
                String property = props.fieldNames().next();
                JsonNode test = props.get(property);
                if (test.size() != 1 || !test.has("const") || !required.get(0).asText().equals(property)) return null;
                branches.add(new Branch(property, test.get("const"), then.asText().substring(1)));
            }
            JsonNode skeleton = document.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) skeleton.at(itemDef)).remove("allOf");
            return new Dispatch(itemsAt, skeleton, branches);
        }

        JsonNode skeleton() { return skeleton; }

        void compile(Schema root) {
            for (Branch b : branches) {
                com.networknt.schema.path.NodePath at = new com.networknt.schema.path.NodePath(com.networknt.schema.path.PathType.JSON_POINTER);
                for (String part : b.then().substring(1).split("/")) at = at.append(part);
                thens.add(root.getSubSchema(at));
            }
        }

        /** Each item's errors from the {@code then}s that apply to it, keyed by the item's pointer, in item order. */
        void validate(JsonNode root, List<Located> out) {
            JsonNode items = root.at(itemsAt);
            if (!items.isArray()) return;
            for (int i = 0; i < items.size(); i++) {
                JsonNode item = items.get(i);
                for (int k = 0; k < branches.size(); k++) {
                    Branch b = branches.get(k);
                    // An if of properties and required holds for anything that is not an object (they only test objects).
                    boolean applies = !item.isObject() || (item.has(b.property()) && item.get(b.property()).equals(b.value()));
                    if (!applies) continue;
                    for (Error e : thens.get(k).validate(item)) out.add(new Located(itemsAt + "/" + i, e));
                }
            }
        }
    }

    /** A validator's error and the pointer of the value it was validated as (its instance location is relative to that). */
    private record Located(String base, Error error) {}

    /** The schema in the class-path resource {@code resource} ("/claimcheck/config.schema.json"). */
    public static JsonSchemaFile resource(String resource, Wording wording) {
        return new JsonSchemaFile(readResource(resource), wording);
    }

    /** The JSON document of the class-path resource {@code resource}. */
    public static JsonNode readResource(String resource) {
        try (InputStream in = JsonSchemaFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema document itself. */
    public JsonNode document() { return document; }

    /** True when array items are dispatched in Java (the schema had the shape {@link Dispatch} needs). */
    boolean dispatches() { return dispatch != null; }

    /**
     * Reads {@code path} (messages name it {@code name}; {@code what} says what it is, "baseline file")
     * and validates it. A file with no document in it (empty, or only comments) reads as an empty map.
     * Errors never quote the file's text, unless it is recognisably of its kind.
     */
    public LocatedTree read(Path path, String name, String what) {
        LocatedTree tree;
        try {
            tree = LocatedTree.readOrEmpty(name, TextFile.read(name, path, what));
        } catch (InputError e) {
            throw new InputError(e.file(), e.line(), e.column(), e.field(), withoutSourceText(e.getMessage()), e);
        }
        validate(name, tree);
        return tree;
    }

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // A value bound as a JsonNode keeps the number as written (50.0 stays 50.0), as the tree has it.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /**
     * The value at {@code pointer} of a tree this schema has validated, bound to {@code type} (a record
     * whose components are the schema's properties; a single value binds as a list of one). The schema
     * has checked names and shapes, so a failure here is a mismatch between schema and record.
     */
    public static <T> T bind(LocatedTree tree, String pointer, Class<T> type) {
        try {
            return BINDER.treeToValue(tree.root().at(pointer), type);
        } catch (IOException e) {
            throw new IllegalStateException("the schema admitted what " + type.getSimpleName() + " cannot hold: " + e.getMessage(), e);
        }
    }

    /** Throws the first problem, in document order, as an InputError; returns when the tree is valid. */
    public void validate(String file, LocatedTree tree) {
        List<Located> errors = new ArrayList<>();
        for (Error e : schema.validate(tree.root())) errors.add(new Located("", e));
        if (dispatch != null) dispatch.validate(tree.root(), errors);
        if (errors.isEmpty()) return;
        boolean quote = wording.quoteAlways() || recognised(tree.root());
        List<Problem> problems = new ArrayList<>();
        for (Located e : errors) problems.add(describe(tree, e.base(), e.error(), quote));
        problems.sort(Comparator.comparingInt((Problem p) -> p.position.line())
                .thenComparingInt(p -> p.position.column())
                .thenComparingInt(p -> p.rank));
        Problem first = problems.get(0);
        if (first.rank == MISSING) {
            // A mistyped field is both unknown and, if required, missing: the unknown one says more ("did you mean").
            for (Problem p : problems) {
                if (p.rank == UNKNOWN && LocatedTree.parent(p.pointer).equals(LocatedTree.parent(first.pointer))) {
                    first = p;
                    break;
                }
            }
        }
        throw new InputError(file, first.position.line(), first.position.column(), LocatedTree.fieldPath(first.pointer), first.message);
    }

    /** A map whose keys are all the schema's: a file of the kind it is read as, whose values may be quoted. */
    private boolean recognised(JsonNode root) {
        if (!root.isObject()) return false;
        JsonNode properties = document.path("properties");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) if (!properties.has(it.next())) return false;
        return true;
    }

    /** Ranks of problems found at the same place: the most telling first. */
    private static final int UNKNOWN = 0, WRONG = 1, MISSING = 2;

    private record Problem(Position position, String pointer, String message, int rank) {}

    private Problem describe(LocatedTree tree, String base, Error e, boolean quote) {
        String at = base + pointer(e.getInstanceLocation());
        JsonNode found = e.getInstanceNode();
        String shown = quote ? shown(found) : kindOf(found);
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "required": {
                String field = e.getProperty();
                String child = at + "/" + field;
                String kind = found != null && found.hasNonNull("kind") ? " (required for kind " + found.get("kind").asText() + ")" : "";
                return new Problem(tree.valueAt(at), child, "missing " + wording.member() + kind, MISSING);
            }
            case "additionalProperties": {
                String field = e.getProperty();
                String child = at + "/" + field;
                return new Problem(tree.keyAt(child), child, "unknown " + wording.member() + suggestion(field, allowedFields(e)), UNKNOWN);
            }
            case "enum":
            case "const": {
                String unknown = wording.unknownValue().message(at, shown);
                if (unknown != null) return new Problem(tree.valueAt(at), at, unknown, UNKNOWN);
                return new Problem(tree.valueAt(at), at, "expected " + expected(e) + ", got " + shown, WRONG);
            }
            default:
                return new Problem(tree.valueAt(at), at, "expected " + expected(e) + ", got " + shown, WRONG);
        }
    }

    /** The schema's own words for what belongs at the failing place: the nearest {@code x-expected}. */
    private String expected(Error e) {
        String fragment = pointer(e.getSchemaLocation().getFragment());
        // A $ref'd definition carries the words; walk up from the failing keyword to the nearest one.
        for (String p = fragment; ; p = LocatedTree.parent(p)) {
            JsonNode n = document.at(p);
            if (n.has(EXPECTED)) return n.get(EXPECTED).asText();
            if (p.isEmpty()) break;
        }
        JsonNode keywordValue = e.getSchemaNode();
        return switch (e.getKeyword() == null ? "" : e.getKeyword()) {
            case "type" -> "a value of type " + (keywordValue == null ? "?" : keywordValue.toString().replace("\"", ""));
            case "minLength" -> "a non-empty text";
            case "minItems" -> "at least " + (keywordValue == null ? "one" : keywordValue.asText()) + " item";
            case "uniqueItems" -> "no repeated items";
            case "enum" -> "one of " + (keywordValue == null ? "?" : keywordValue.toString());
            default -> "a valid value (" + e.getMessage() + ")";
        };
    }

    private List<String> allowedFields(Error e) {
        String fragment = pointer(e.getSchemaLocation().getFragment());
        JsonNode owner = document.at(LocatedTree.parent(fragment));
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = owner.path("properties").fieldNames(); it.hasNext(); ) names.add(it.next());
        return names;
    }

    private static String suggestion(String field, List<String> allowed) {
        String best = Suggestions.closest(field, allowed);
        if (best != null) return "; did you mean \"" + best + "\"?";
        return allowed.isEmpty() ? "" : "; expected one of " + String.join(", ", allowed);
    }

    /** A value as the user wrote it: text in quotes, numbers bare, containers by name. */
    public static String shown(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "null";
        if (n.isTextual()) {
            String t = n.textValue();
            if (t.length() > 60) t = t.substring(0, 57) + "...";
            return '"' + t.replace("\"", "\\\"").replace("\n", "\\n") + '"';
        }
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        return n.toString();
    }

    /** A value by its type only, for a file that may not be of the kind it is read as. */
    static String kindOf(JsonNode n) {
        if (n == null || n.isMissingNode()) return "nothing";
        if (n.isNull()) return "null";
        if (n.isTextual()) return "a text";
        if (n.isNumber()) return "a number";
        if (n.isBoolean()) return "true or false";
        return shown(n);
    }

    private static final Pattern QUOTED = Pattern.compile("'[^']*'?|\"[^\"]*\"?|`[^`]*`?");
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern SOURCE_WORD = Pattern.compile("(?<![\\w-])[*!&]\\S+");
    private static final Pattern NUMBER_FOUND = Pattern.compile("(out of range|finite number): .*");

    /**
     * A reading error's message without the source text a parser or the reader may quote ('token',
     * "key", (!tag), *alias, the number found), keeping its reason: the message is about a file that
     * may not be of its kind at all, and must not show its content.
     */
    static String withoutSourceText(String message) {
        if (message == null) return "unreadable";
        String s = message;
        int nl = s.indexOf('\n');
        if (nl >= 0) s = s.substring(0, nl);
        int source = s.indexOf("Source:");
        if (source >= 0) s = s.substring(0, source);
        s = QUOTED.matcher(s).replaceAll("");
        for (String before = null; !s.equals(before); ) {
            before = s;
            s = BRACKETED.matcher(s).replaceAll("");
        }
        s = SOURCE_WORD.matcher(s).replaceAll("");
        Matcher number = NUMBER_FOUND.matcher(s);
        if (number.find()) s = s.substring(0, number.start()) + number.group(1);
        s = s.replaceAll("\\s+", " ").replace(" :", ":").replace(" ,", ",").strip();
        while (s.endsWith(":") || s.endsWith(",") || s.endsWith("[") || s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
        return s;
    }

    private static String pointer(com.networknt.schema.path.NodePath path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            s.append('/').append(String.valueOf(el).replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
