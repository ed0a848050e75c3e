package claimcheck.facts;

import claimcheck.InputError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    public static FactsSchema get() { return Holder.INSTANCE; }

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
        throw new InputError(file, first.position.line(), first.position.column(), LocatedTree.fieldPath(first.pointer), first.message);
    }

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
                return new Problem(tree.valueAt(at), child, "missing field" + kind, 2);
            }
            case "additionalProperties": {
                String field = e.getProperty();
                String child = at + "/" + field;
                return new Problem(tree.keyAt(child), child, "unknown field" + suggestion(field, allowedFields(e)), 0);
            }
            case "enum":
            case "const": {
                if (at.endsWith("/kind") && at.startsWith("/facts/")) {
                    return new Problem(tree.valueAt(at), at, "unknown fact kind " + shown(found) + "; expected one of "
                            + String.join(", ", kindNames()), 0);
                }
                return new Problem(tree.valueAt(at), at, "expected " + expected(e) + ", got " + shown(found), 1);
            }
            default:
                return new Problem(tree.valueAt(at), at, "expected " + expected(e) + ", got " + shown(found), 1);
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
