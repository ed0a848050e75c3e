package claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Facts files are validated with the kind of each fact dispatched in Java instead of by the schema's
 * if/then branches: the first error, as the user reads it, must be the one the whole schema gives.
 * Checked over the sample facts file with every fact broken in each of several ways.
 */
class SchemaDispatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFile.Wording WORDING = new JsonSchemaFile.Wording("field", true,
            (at, shown) -> at.endsWith("/kind") && at.startsWith("/facts/") ? "unknown fact kind " + shown : null);

    @Test
    void everyBrokenFactGetsTheMessageTheWholeSchemaGives() throws Exception {
        JsonNode schema = JsonSchemaFile.readResource("/claimcheck/facts.schema.json");
        JsonSchemaFile whole = new JsonSchemaFile(schema, WORDING);
        JsonSchemaFile dispatched = new JsonSchemaFile(schema, WORDING, "/facts");
        assertTrue(dispatched.dispatches() && !whole.dispatches(), "facts.schema.json has the if/then shape that is dispatched");
        JsonNode sample = LocatedTree.read("sample.yaml", Files.readString(Path.of("facts/mx-us-transfers-2026-01.yaml"))).root();

        List<JsonNode> variants = new ArrayList<>();
        variants.add(sample);
        JsonNodeFactory n = JsonNodeFactory.instance;
        for (int i = 0; i < sample.get("facts").size(); i++) {
            ObjectNode fact = (ObjectNode) sample.get("facts").get(i);
            // The whole fact replaced by something that is no fact.
            for (JsonNode other : List.of(n.textNode("x"), n.numberNode(3), n.arrayNode(), n.objectNode(), n.nullNode()))
                variants.add(withFact(sample, i, other));
            ObjectNode unknown = fact.deepCopy();
            unknown.put("colour", "red");
            variants.add(withFact(sample, i, unknown));
            for (String kind : List.of("total", "event", "rank", "no-such-kind"))
                variants.add(withFact(sample, i, fact.deepCopy().put("kind", kind)));
            ObjectNode kindless = fact.deepCopy();
            kindless.remove("kind");
            variants.add(withFact(sample, i, kindless));
            for (Iterator<String> it = fact.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                ObjectNode without = fact.deepCopy();
                without.remove(field);
                variants.add(withFact(sample, i, without));
                for (JsonNode wrong : List.of(n.numberNode(-1), n.textNode(""), n.booleanNode(true), n.arrayNode().add(7), n.objectNode()))
                    variants.add(withFact(sample, i, fact.deepCopy().set(field, wrong)));
            }
        }
        int errors = 0;
        for (JsonNode v : variants) {
            LocatedTree tree = LocatedTree.read("f.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(v));
            String expected = outcome(whole, tree);
            assertEquals(expected, outcome(dispatched, tree), v.toString());
            if (!expected.equals("valid")) errors++;
        }
        assertTrue(errors > variants.size() / 2, "most variants are invalid: " + errors + " of " + variants.size());
    }

    private static JsonNode withFact(JsonNode root, int i, JsonNode fact) {
        ObjectNode copy = root.deepCopy();
        ((ArrayNode) copy.get("facts")).set(i, fact);
        return copy;
    }

    private static String outcome(JsonSchemaFile schema, LocatedTree tree) {
        try {
            schema.validate("f.json", tree);
            return "valid";
        } catch (InputError e) {
            return e.oneLine();
        }
    }
}
