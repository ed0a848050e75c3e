package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built-in fact kinds are written in four places: the sealed interface's permits, Jackson's
 * subtypes, the schema's enum (with a schema branch per kind) and the README's table. They must agree.
 */
class FactKindsTest {
    @Test
    void theKindsAgreeEverywhereTheyAreWritten() throws IOException {
        Set<Class<?>> permitted = Arrays.stream(Fact.class.getPermittedSubclasses())
                .filter(c -> c != DeclaredFact.class).collect(Collectors.toSet());
        JsonSubTypes.Type[] subtypes = Fact.class.getAnnotation(JsonSubTypes.class).value();
        assertEquals(permitted, Arrays.stream(subtypes).map(JsonSubTypes.Type::value).collect(Collectors.toSet()),
                "Fact's permits and its @JsonSubTypes name different classes");
        Set<String> named = Arrays.stream(subtypes).map(JsonSubTypes.Type::name).collect(Collectors.toCollection(TreeSet::new));

        JsonNode schema;
        try (InputStream in = FactKindsTest.class.getResourceAsStream("/claimcheck/facts.schema.json")) {
            schema = new ObjectMapper().readTree(in);
        }
        Set<String> enumerated = new TreeSet<>();
        schema.at("/$defs/fact/properties/kind/enum").forEach(k -> enumerated.add(k.asText()));
        assertEquals(named, enumerated, "the schema's kind enum and @JsonSubTypes differ");
        Set<String> branches = new TreeSet<>();
        schema.at("/$defs/fact/allOf").forEach(b -> branches.add(b.at("/if/properties/kind/const").asText()));
        assertEquals(named, branches, "the schema needs one if/then branch per kind");

        Set<String> documented = new TreeSet<>();
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("| kind | what it records |"));
        table = table.substring(0, table.indexOf("\n\n"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\|").matcher(table);
        while (row.find()) documented.add(row.group(1));
        assertEquals(named, documented, "README's table of fact kinds differs from the kinds the loader knows");
    }
}
