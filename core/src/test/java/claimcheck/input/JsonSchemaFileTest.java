package claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schemas of the files claimcheck reads, and the wording of reading errors that must not show a file's text. */
class JsonSchemaFileTest {
    static final List<String> SCHEMAS = List.of("/claimcheck/facts.schema.json", "/claimcheck/config.schema.json",
            "/claimcheck/baseline.schema.json", "/claimcheck/rule-case.schema.json");

    @Test
    void parserReasonsKeepTheirWordsButNotTheSourceText() {
        Map<String, String> cases = Map.of(
                "malformed JSON: Unrecognized token 'sk_live_42': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "malformed JSON: Unrecognized token: was expecting",
                "malformed JSON: Unexpected character ('s' (code 115)): was expecting comma to separate Object entries",
                "malformed JSON: Unexpected character: was expecting comma to separate Object entries",
                "malformed YAML: mapping values are not allowed here", "malformed YAML: mapping values are not allowed here",
                "malformed YAML: Duplicate field 'password'\n at [Source: (StringReader); line: 2, column: 9]", "malformed YAML: Duplicate field",
                "YAML tags (!secret) are not allowed: a facts file is plain data", "YAML tags are not allowed: a facts file is plain data",
                "YAML alias *hunter2 names no anchored list or map (anchors on single values are not supported; repeat the value)",
                "YAML alias names no anchored list or map",
                "number out of range: 12345678901234567890... (numbers stay below 10^15)", "number out of range",
                "not a finite number: .NaN", "not a finite number",
                "text of 200000 characters, more than the limit of 100000", "text of 200000 characters, more than the limit of 100000");
        cases.forEach((raw, shown) -> assertEquals(shown, JsonSchemaFile.withoutSourceText(raw), raw));
    }

    @Test
    void valuesOfAFileNotRecognisedAreNamedByTypeOnly() {
        LocatedTree tree = LocatedTree.read("c.yaml", "out: [s3cr3t]\nTOKEN: x\n");
        JsonSchemaFile schema = JsonSchemaFile.resource("/claimcheck/config.schema.json", JsonSchemaFile.Wording.KEYS);
        String e = org.junit.jupiter.api.Assertions.assertThrows(claimcheck.InputError.class, () -> schema.validate("c.yaml", tree)).oneLine();
        assertEquals("c.yaml:1:6: out: expected a folder for the reports, got a list", e);
        LocatedTree text = LocatedTree.read("c.yaml", "fail-on: s3cr3t\nTOKEN: x\n");
        assertEquals("c.yaml:1:10: fail-on: expected error, warning, info or none, got a text",
                org.junit.jupiter.api.Assertions.assertThrows(claimcheck.InputError.class, () -> schema.validate("c.yaml", text)).oneLine());
    }

    /** Editors offer each property's description when completing a key: every property has one. */
    @Test
    void everyPropertyOfEverySchemaIsDescribed() {
        for (String resource : SCHEMAS) {
            JsonNode doc = JsonSchemaFile.readResource(resource);
            assertEquals("https://json-schema.org/draft/2020-12/schema", doc.path("$schema").asText(), resource);
            assertTrue(doc.has("description"), resource);
            if (resource.contains("facts")) continue;  // facts.schema.json is documented by its own tests and pages
            checkDescribed(resource, "", doc);
        }
    }

    private static void checkDescribed(String resource, String at, JsonNode node) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    JsonNode def = p.getValue();
                    boolean described = def.has("description") || def.has("$ref");
                    assertTrue(described, resource + " " + at + "/properties/" + p.getKey() + " has no description");
                }
            }
            node.fields().forEachRemaining(f -> checkDescribed(resource, at + "/" + f.getKey(), f.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) checkDescribed(resource, at + "/" + i, node.get(i));
        }
    }
}
