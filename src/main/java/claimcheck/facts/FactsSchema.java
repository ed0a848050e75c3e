package claimcheck.facts;

import claimcheck.InputError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Enforces facts.schema.json, and turns the validator's findings into one line a person can act on:
 * which field, what was expected (the schema's own {@code x-expected} words), what was found.
 * Kinds that rule packs declare ({@link DeclaredKind}) are added to a copy of the schema, each as a
 * definition made from its fields, so they are validated, and their errors worded, the same way.
 */
public final class FactsSchema {
    public static final String RESOURCE = "/claimcheck/facts.schema.json";
    private static final String EXPECTED = "x-expected";

    private final JsonNode schemaNode;
    private final Schema schema;

    private FactsSchema(JsonNode schemaNode) {
        this.schemaNode = schemaNode;
        // x-expected is ours: the words an error message uses for what belongs at a place. It validates nothing.
        Dialect dialect = Dialect.builder(Dialects.getDraft202012()).keyword(new NonValidationKeyword(EXPECTED)).build();
        this.schema = SchemaRegistry.withDialect(dialect).getSchema(schemaNode);
    }

    private static final class Holder {
        static final FactsSchema INSTANCE = new FactsSchema(readSchema());
    }

    /** The schema of the built-in kinds, as facts.schema.json writes it. */
    public static FactsSchema get() { return Holder.INSTANCE; }

    /** The schema with {@code declared} added as fact kinds beside the built-in ones. */
    public static FactsSchema with(List<DeclaredKind> declared) {
        if (declared.isEmpty()) return get();
        ObjectNode doc = (ObjectNode) get().document().deepCopy();
        ObjectNode defs = (ObjectNode) doc.get("$defs");
        ObjectNode fact = (ObjectNode) defs.get("fact");
        ArrayNode kindEnum = (ArrayNode) fact.at("/properties/kind/enum");
        List<String> names = new ArrayList<>();
        kindEnum.forEach(n -> names.add(n.asText()));
        for (DeclaredKind k : declared) {
            if (names.contains(k.name())) throw new IllegalArgumentException("fact kind \"" + k.name() + "\" is already defined");
            names.add(k.name());
            String def = DECLARED_PREFIX + k.name();
            defs.set(def, definition(k));
            ObjectNode branch = ((ArrayNode) fact.get("allOf")).addObject();
            ObjectNode cond = branch.putObject("if");
            cond.putObject("properties").putObject("kind").put("const", k.name());
            cond.putArray("required").add("kind");
            branch.putObject("then").put("$ref", "#/$defs/" + def);
        }
        names.sort(null);
        kindEnum.removeAll();
        names.forEach(kindEnum::add);
        return new FactsSchema(doc);
    }

    private static final String DECLARED_PREFIX = "declared.";

    /** A declared kind as a schema definition: the fields every fact has, then its own, nothing else. */
    private static ObjectNode definition(DeclaredKind k) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.put("description", k.description() != null ? k.description() : "Declared by the " + k.pack() + " rule pack (" + k.location() + ").");
        d.put("type", "object");
        ObjectNode props = d.putObject("properties");
        props.putObject("id").put("$ref", "#/$defs/id").put("description", "Unique within the file; other facts refer to it.");
        props.putObject("kind").put("type", "string");
        props.putObject("quote").put("$ref", "#/$defs/passages");
        props.putObject("note").put("type", "string");
        props.putObject("accept").put("$ref", "#/$defs/accept");
        ArrayNode required = d.putArray("required");
        required.add("id").add("kind").add("quote");
        for (DeclaredKind.Field f : k.fields()) {
            if (f.name().equals("id")) continue;
            ObjectNode p = props.putObject(f.name());
            if (f.refersTo() != null) {
                p.put("$ref", "#/$defs/ref");
            } else {
                switch (f.type()) {
                    case TEXT -> p.put("type", "string").put("minLength", 1);
                    case WHOLE -> p.put("type", "integer");
                    case DECIMAL -> p.put("type", "number");
                    case BOOLEAN -> p.put("type", "boolean");
                    case DATE -> p.put("$ref", "#/$defs/date");
                    case QUANTITY -> p.put("$ref", "#/$defs/quantity");
                    case TEXTS -> {
                        p.put("type", "array");
                        p.putObject("items").put("type", "string").put("minLength", 1);
                    }
                }
                if (f.type() != DeclaredKind.FieldType.DATE && f.type() != DeclaredKind.FieldType.QUANTITY)
                    p.put(EXPECTED, f.type().expected());
            }
            if (f.description() != null) p.put("description", f.description());
            if (f.required()) required.add(f.name());
        }
        d.put("additionalProperties", false);
        return d;
    }

    /** The schema document itself. */
    public JsonNode document() { return schemaNode; }

    private static JsonNode readSchema() {
        try (InputStream in = FactsSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Throws the first problem, in document order, as an InputError; returns when the tree is valid. */
    public void validate(String file, LocatedTree tree) {
        List<Error> errors = schema.validate(tree.root());
        if (errors.isEmpty()) return;
        List<Problem> problems = new ArrayList<>();
        for (Error e : errors) problems.add(describe(tree, e));
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

    /** Ranks of problems found at the same place: the most telling first. */
    private static final int UNKNOWN = 0, WRONG = 1, MISSING = 2;

    private record Problem(Position position, String pointer, String message, int rank) {}

    private Problem describe(LocatedTree tree, Error e) {
        String at = pointer(e.getInstanceLocation());
        JsonNode found = e.getInstanceNode();
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        switch (keyword) {
            case "required": {
                String field = e.getProperty();
                String child = at + "/" + field;
                String kind = found != null && found.hasNonNull("kind") ? " (required for kind " + found.get("kind").asText() + ")" : "";
                return new Problem(tree.valueAt(at), child, "missing field" + kind, MISSING);
            }
            case "additionalProperties": {
                String field = e.getProperty();
                String child = at + "/" + field;
                return new Problem(tree.keyAt(child), child, "unknown field" + suggestion(field, allowedFields(e)), UNKNOWN);
            }
            case "enum":
            case "const": {
                if (at.endsWith("/kind") && at.startsWith("/facts/")) {
                    return new Problem(tree.valueAt(at), at, "unknown fact kind " + shown(found) + "; expected one of "
                            + String.join(", ", kindNames()), UNKNOWN);
                }
                return new Problem(tree.valueAt(at), at, "expected " + expected(e) + ", got " + shown(found), WRONG);
            }
            default:
                return new Problem(tree.valueAt(at), at, "expected " + expected(e) + ", got " + shown(found), WRONG);
        }
    }

    /** The schema's own words for what belongs at the failing place: the nearest {@code x-expected}. */
    private String expected(Error e) {
        String fragment = pointer(e.getSchemaLocation().getFragment());
        // A $ref'd definition carries the words; walk up from the failing keyword to the nearest one.
        for (String p = fragment; ; p = LocatedTree.parent(p)) {
            JsonNode n = schemaNode.at(p);
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

    private List<String> kindNames() {
        List<String> names = new ArrayList<>();
        schemaNode.at("/$defs/fact/properties/kind/enum").forEach(n -> names.add(n.asText()));
        return names;
    }

    private List<String> allowedFields(Error e) {
        String fragment = pointer(e.getSchemaLocation().getFragment());
        JsonNode owner = schemaNode.at(LocatedTree.parent(fragment));
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
    static String shown(JsonNode n) {
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

    private static String pointer(com.networknt.schema.path.NodePath path) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            s.append('/').append(String.valueOf(el).replace("~", "~0").replace("/", "~1"));
        }
        return s.toString();
    }
}
