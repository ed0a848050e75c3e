package claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.findings.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleLoaderTest {
    @TempDir Path dir;

    static final String OK = """
            package packs.demo;
            import claimcheck.facts.*;
            import claimcheck.rules.Outcomes;

            rule "events-have-dates"
                @id("demo/events-have-dates")
                @severity("warning") @claim("Event")
                @title("Events are dated")
                @help("Give every event a date.")
            when
                $e : Event( date == null )
            then
                Outcomes.fail(kcontext, "no date", $e);
            end
            """;

    private Path pack(String name, String drl) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p);
        Files.writeString(p.resolve("rules.drl"), drl);
        return p;
    }

    @Test
    void shippedPacksCarryCompleteMetadataOncePerCheck() {
        RuleSet rules = new RuleLoader().load(List.of(Path.of("rules")));
        Set<String> ids = new HashSet<>();
        for (RuleInfo r : rules.rules()) {
            assertTrue(ids.add(r.id()), "reused id " + r.id());
            assertTrue(r.id().startsWith(r.pack() + "/"), r.id());
            assertTrue(!r.title().isBlank() && !r.help().isBlank(), r.id());
            assertTrue(r.line() > 0 && r.file().endsWith(".drl"), r.id() + " " + r.file());
        }
        // The shipped checks that the sample and the packs' READMEs rely on; packs may add more.
        assertTrue(ids.containsAll(Set.of("facts/quote-found", "core/total-sum", "core/mention-agreement", "core/ordinal-count",
                "core/event-date", "core/role-status", "core/list-count", "core/percent-change", "core/uncovered-claim",
                "extradition/assurance-attached", "extradition/legal-basis-term",
                "elections/shares-sum", "elections/turnout", "elections/winner-margin")), ids.toString());
        assertTrue(rules.vocabulary().has("extradition/extradition-terms", "Extradited"));
    }

    @Test
    void loadsAPackAndReadsItsMetadata() throws IOException {
        RuleSet rules = new RuleLoader().load(List.of(pack("demo", OK)));
        RuleInfo r = rules.rules().get(0);
        assertEquals("demo/events-have-dates", r.id());
        assertEquals(Severity.WARNING, r.severity());
        assertEquals(5, r.line());
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws IOException {
        Path p = pack("demo", OK.replace("$e : Event( date == null )", "$e : Event( date == null"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertEquals(p.resolve("rules.drl").toString(), e.file());
        assertEquals(12, e.line());
        assertTrue(e.oneLine().startsWith(p.resolve("rules.drl") + ":12:"), e.oneLine());
    }

    @Test
    void unknownFieldNamesTheRuleLine() throws IOException {
        Path p = pack("demo", OK.replace("date == null", "colour == \"red\""));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertEquals(11, e.line());
        assertTrue(e.getMessage().contains("colour"), e.getMessage());
    }

    @Test
    void missingMetadataIsALoadError() throws IOException {
        Path p = pack("demo", OK.replace("    @help(\"Give every event a date.\")\n", ""));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertEquals(p.resolve("rules.drl") + ":5: rule \"events-have-dates\" has no @help; "
                + "every rule declares @id, @severity and @claim, and one rule of each check @title and @help", e.oneLine());
    }

    @Test
    void idMustStartWithThePack() throws IOException {
        Path p = pack("demo", OK.replace("@id(\"demo/", "@id(\"other/"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertTrue(e.getMessage().contains("does not start with its pack \"demo/\""), e.getMessage());
    }

    /** A second rule of the check demo/events-have-dates, declaring {@code metadata}. */
    private static String branch(String metadata) {
        return """

                rule "events-have-dates: dated"
                %s
                when
                    $e : Event( date != null )
                then
                    Outcomes.pass(kcontext, "dated", $e);
                end
                """.formatted(metadata);
    }

    @Test
    void rulesSharingAnIdAreOneCheckPlacedAtItsHead() throws IOException {
        RuleSet rules = new RuleLoader().load(List.of(pack("demo", OK + branch("    @id(\"demo/events-have-dates\") @severity(\"warning\") @claim(\"Event\")"))));
        assertEquals(1, rules.rules().size());
        RuleInfo r = rules.rules().get(0);
        assertEquals("Events are dated", r.title());
        assertEquals(5, r.line());
    }

    @Test
    void aCheckWritesItsTitleAndHelpOnce() throws IOException {
        Path p = pack("demo", OK + branch("    @id(\"demo/events-have-dates\") @severity(\"warning\") @claim(\"Event\") @title(\"Dated\") @help(\"Date them.\")"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertEquals(p.resolve("rules.drl") + ":16: rule \"events-have-dates: dated\": @id \"demo/events-have-dates\" already has its @title and @help at "
                + p.resolve("rules.drl") + ":5 (rule \"events-have-dates\"); the other rules of a check declare only @id, @severity and @claim", e.oneLine());
    }

    @Test
    void rulesSharingAnIdShareItsSeverity() throws IOException {
        Path p = pack("demo", OK + branch("    @id(\"demo/events-have-dates\") @severity(\"error\") @claim(\"Event\")"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertTrue(e.oneLine().startsWith(p.resolve("rules.drl") + ":16: rule \"events-have-dates: dated\": @severity(\"error\") differs from @severity(\"warning\")"),
                e.oneLine());
    }

    @Test
    void aCheckWithoutTitleIsALoadError() throws IOException {
        Path p = pack("demo", OK.replace("@id(\"demo/", "@id(\"demo/other-") + branch("    @id(\"demo/events-have-dates\") @severity(\"warning\") @claim(\"Event\")"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertEquals(p.resolve("rules.drl") + ":16: rule \"events-have-dates: dated\" has no @title; "
                + "every rule declares @id, @severity and @claim, and one rule of each check @title and @help", e.oneLine());
    }

    @Test
    void everyRuleDeclaresItsId() throws IOException {
        Path p = pack("demo", OK + branch("    @severity(\"warning\") @claim(\"Event\")"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertTrue(e.oneLine().startsWith(p.resolve("rules.drl") + ":16: rule \"events-have-dates: dated\" has no @id;"), e.oneLine());
    }

    @Test
    void everyRuleNamesItsClaim() throws IOException {
        Path p = pack("demo", OK + branch("    @id(\"demo/events-have-dates\") @severity(\"warning\")"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertEquals(p.resolve("rules.drl") + ":16: rule \"events-have-dates: dated\" has no @claim; "
                + "every rule declares @id, @severity and @claim, and one rule of each check @title and @help", e.oneLine());
    }

    @Test
    void theClaimIsAFactKind() throws IOException {
        Path p = pack("demo", OK.replace("@claim(\"Event\")", "@claim(\"Evnt\")"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertTrue(e.oneLine().startsWith(p.resolve("rules.drl") + ":5: rule \"events-have-dates\": @claim names \"Evnt\", not a fact kind;"), e.oneLine());
        assertTrue(e.oneLine().contains("Event, Fact,"), e.oneLine());
    }

    @Test
    void shippedRulesNameTheirClaim() {
        // The rules of the sample and of a sum of shares blame the claim itself, not the facts it is checked against.
        RuleSet rules = new RuleLoader().load(List.of(Path.of("rules")));
        assertEquals(Set.of("Share"), claimsOf(rules, "core/share-sum"));
        assertEquals(Set.of("CandidateShare"), claimsOf(rules, "elections/shares-sum"));
        assertEquals(Set.of("Ordinal"), claimsOf(rules, "core/ordinal-count"));
    }

    private static Set<String> claimsOf(RuleSet rules, String id) {
        Set<String> claims = new HashSet<>();
        for (org.kie.api.definition.KiePackage p : rules.kieBase().getKiePackages())
            for (org.kie.api.definition.rule.Rule r : p.getRules())
                if (id.equals(r.getMetaData().get("id"))) claims.add(String.valueOf(r.getMetaData().get("claim")));
        return claims;
    }

    @Test
    void badSeverity() throws IOException {
        Path p = pack("demo", OK.replace("@severity(\"warning\")", "@severity(\"fatal\")"));
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(p)));
        assertTrue(e.getMessage().contains("unknown severity \"fatal\""), e.getMessage());
    }

    @Test
    void missingFolder() {
        InputError e = assertThrows(InputError.class, () -> new RuleLoader().load(List.of(dir.resolve("nope"))));
        assertEquals(dir.resolve("nope") + ": no such rules folder", e.oneLine());
    }
}
