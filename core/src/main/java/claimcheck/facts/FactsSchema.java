package claimcheck.facts;

import claimcheck.input.LocatedTree;
import claimcheck.input.JsonSchemaFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Enforces facts.schema.json through {@link JsonSchemaFile}, which turns the validator's findings into one
 * line a person can act on: which field, what was expected (the schema's own {@code x-expected} words),
 * what was found; an unknown kind is named as such, with the kinds there are.
 * Kinds that rule packs declare ({@link DeclaredKind}) are added to a copy of the schema, each as a
 * definition made from its fields, so they are validated, and their errors worded, the same way.
 */
public final class FactsSchema {
    public static final String RESOURCE = "/claimcheck/facts.schema.json";
    private static final String EXPECTED = "x-expected";

    private final JsonSchemaFile file;

    private FactsSchema(JsonNode schemaNode) {
        List<String> kinds = kindNames(schemaNode);
        // Facts files are named on the command line, so their values are always quoted (their containment is the loader's).
        this.file = new JsonSchemaFile(schemaNode, new JsonSchemaFile.Wording("field", true, (at, shown) ->
                at.endsWith("/kind") && at.startsWith("/facts/")
                        ? "unknown fact kind " + shown + "; expected one of " + String.join(", ", kinds) : null), "/facts");
    }

    /** facts.schema.json as read, never modified: {@link #with} copies it. */
    private static final class Document {
        static final JsonNode BUILT_IN = JsonSchemaFile.readResource(RESOURCE);
    }

    private static final class Holder {
        static final FactsSchema INSTANCE = new FactsSchema(Document.BUILT_IN);
    }

    /** The schema of the built-in kinds, as facts.schema.json writes it. */
    public static FactsSchema get() { return Holder.INSTANCE; }

    /**
     * The schema with {@code declared} added as fact kinds beside the built-in ones. Made from the document, not
     * from {@link #get()}: compiling the built-in schema too cost every run whose packs declare kinds.
     */
    public static FactsSchema with(List<DeclaredKind> declared) {
        if (declared.isEmpty()) return get();
        ObjectNode doc = (ObjectNode) Document.BUILT_IN.deepCopy();
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
    public JsonNode document() { return file.document(); }

    /** Throws the first problem, in document order, as an InputError; returns when the tree is valid. */
    public void validate(String name, LocatedTree tree) { file.validate(name, tree); }

    private static List<String> kindNames(JsonNode schemaNode) {
        List<String> names = new ArrayList<>();
        schemaNode.at("/$defs/fact/properties/kind/enum").forEach(n -> names.add(n.asText()));
        return names;
    }

    /** A value as the user wrote it: text in quotes, numbers bare, containers by name. */
    static String shown(JsonNode n) { return JsonSchemaFile.shown(n); }
}
