package claimcheck.cli;

import static claimcheck.cli.VerifyCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.cli.VerifyCommandTest.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** claimcheck rules: the catalog in three formats, the same on every machine, and docs/rules.md kept in step with it. */
class RulesCommandTest {
    static final Path DOC = Path.of("docs/rules.md");

    /**
     * docs/rules.md is the catalog of the shipped packs. When a rule's metadata changes, regenerate it:
     * {@code bin/claimcheck rules --format md > docs/rules.md}, or {@code mvn -B test -Dtest=RulesCommandTest -Ddocs.update=true}.
     */
    @Test
    void docsRulesMdIsUpToDate() throws IOException {
        Run r = run("rules", "--rules", "rules", "--format", "md");
        assertEquals(0, r.exit(), r.err());
        if (Boolean.getBoolean("docs.update")) Files.writeString(DOC, r.out(), StandardCharsets.UTF_8);
        assertEquals(Files.readString(DOC, StandardCharsets.UTF_8), r.out(),
                "docs/rules.md is stale: regenerate it with bin/claimcheck rules --format md > docs/rules.md");
    }

    @Test
    void theCatalogIsTheSameWhereverThePacksAreNamedFrom() {
        Run relative = run("rules", "--rules", "rules", "--format", "md");
        Run absolute = run("rules", "--rules", Path.of("rules").toAbsolutePath().toString(), "--format", "md");
        Run oneByOne = run("rules", "--rules", "rules/extradition", "--rules", "./rules/core", "--rules", "rules/elections", "--rules", "rules/facts", "--format", "md");
        assertEquals(relative.out(), absolute.out());
        assertEquals(relative.out(), oneByOne.out());
        assertTrue(!relative.out().contains(Path.of("").toAbsolutePath().toString()), "no machine's paths in the catalog");
    }

    @Test
    void textListsEveryRuleWithItsPlace() {
        Run r = run("rules", "--rules", "rules");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("core/total-sum                  error    core/total-sum.drl:25\n    The parts add up to the stated total\n"), r.out());
        assertTrue(r.out().contains("extradition/legal-basis-term    warning  extradition/legal-basis-term.drl:8\n"), r.out());
        assertTrue(r.out().contains("\n25 rules in 4 packs\n"), r.out());
        assertTrue(r.out().contains("\nrace  (Race, elections/kinds.drl:10)\n"), r.out());
    }

    @Test
    void jsonCarriesEveryField() throws IOException {
        Run r = run("rules", "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode catalog = new ObjectMapper().readTree(r.out());
        assertEquals(25, catalog.get("rules").size());
        JsonNode turnout = null;
        for (JsonNode rule : catalog.get("rules")) if (rule.get("id").asText().equals("elections/turnout")) turnout = rule;
        assertEquals("error", turnout.get("severity").asText());
        assertEquals("Turnout is votes cast over registered voters", turnout.get("title").asText());
        assertTrue(turnout.get("help").asText().startsWith("When the article gives the votes cast"));
        assertEquals("elections", turnout.get("pack").asText());
        assertEquals("elections/turnout.drl", turnout.get("file").asText());
        assertEquals(8, turnout.get("line").asInt());
        JsonNode share = catalog.get("kinds").get(0);
        assertEquals("candidate-share", share.get("kind").asText());
        assertEquals("race", share.get("fields").get(1).get("refersTo").asText());
        assertTrue(share.get("fields").get(1).get("required").asBoolean());
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        Run r = run("rules", "--format", "html");
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("--format: unknown format \"html\"; expected one of text, md, json"), r.err());
    }
}
