package claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.facts.DeclaredFact;
import claimcheck.facts.DeclaredKind;
import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Check;
import claimcheck.findings.FailOn;
import claimcheck.findings.Finding;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule pack declares a fact kind in DRL; facts files use it with no Java change and no rebuild,
 * validated with the same error quality as the built-in kinds.
 */
class DeclaredKindsTest {
    @TempDir static Path dir;

    /** A pack written here, at test time: nothing about it is compiled into claimcheck. */
    static final String PACK = """
            package packs.polls;
            import claimcheck.facts.*;
            import claimcheck.rules.Outcomes;
            import java.math.BigDecimal;

            declare Poll
                @kind("poll")
                @description("An opinion poll.")
                id : String
                pollster : String @required @description("Who ran it.")
                sample : Integer @required
                margin : BigDecimal
                fielded : PartialDate
                lead : Quantity
                parties : java.util.List
                online : Boolean
            end

            declare PollLead
                @kind("poll-lead")
                id : String
                poll : String @required @ref("poll")
            end

            declare Scratch
                note2 : String
            end

            rule "sample-size"
                @id("polls/sample-size") @severity("warning") @claim("Poll") @title("Polls are large enough") @help("Fewer than 500 people is a small poll.")
            when
                $p : Poll( sample < 500 )
            then
                Outcomes.fail(kcontext, $p.getPollster() + " asked only " + $p.getSample() + " people", $p);
            end

            rule "lead-derived"
                @id("polls/lead-derived") @severity("info") @claim("PollLead") @title("A lead is derived") @help("Derives a value on a declared fact.")
            when
                $l : PollLead( $pid : poll )
                $p : Poll( id == $pid, margin != null )
            then
                Outcomes.derive(kcontext, $l, "points", Quantity.exact($p.getMargin().multiply(new BigDecimal(2))), "twice the margin", $p);
            end
            """;

    static final String FACTS = """
            article: {id: a1, title: A poll, published: 2026-01-20, text: a.txt}
            facts:
              - id: p1
                kind: poll
                pollster: Acme Research
                sample: 400
                margin: 2.5
                fielded: 2026-01
                lead: about 4
                parties: [Red, Blue]
                online: true
                quote: Acme Research asked 400 people
              - id: l1
                kind: poll-lead
                poll: p1
                quote: a lead
            """;

    static RuleSet rules;

    @BeforeAll
    static void pack() throws IOException {
        Path pack = dir.resolve("polls");
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("polls.drl"), PACK);
        Files.writeString(dir.resolve("a.txt"), "Acme Research asked 400 people; a lead of four points.\n");
        rules = new RuleLoader().load(List.of(pack));
    }

    private FactsFile load(String facts) throws IOException {
        Files.writeString(dir.resolve("f.yaml"), facts);
        return new FactsLoader(rules.kinds()).load(dir.resolve("f.yaml"), "f.yaml");
    }

    private String error(String facts) throws IOException {
        Files.writeString(dir.resolve("f.yaml"), facts);
        return assertThrows(InputError.class, () -> new FactsLoader(rules.kinds()).load(dir.resolve("f.yaml"), "f.yaml")).oneLine();
    }

    @Test
    void onlyTypesWithAKindAreFactKinds() {
        assertEquals(List.of("poll", "poll-lead"), rules.kinds().stream().map(DeclaredKind::name).toList());
        DeclaredKind poll = rules.kinds().get(0);
        assertEquals("Poll", poll.typeName());
        assertEquals("polls", poll.pack());
        assertEquals("polls/polls.drl:6", poll.location());
        assertEquals("An opinion poll.", poll.description());
        assertEquals("Who ran it.", poll.field("pollster").description());
        assertTrue(poll.field("pollster").required() && poll.field("id").required() && !poll.field("margin").required());
        assertEquals(DeclaredKind.FieldType.QUANTITY, poll.field("lead").type());
        assertEquals("poll", rules.kinds().get(1).field("poll").refersTo());
    }

    @Test
    void factsOfADeclaredKindAreBoundIntoTheDeclaredClass() throws IOException {
        FactsFile f = load(FACTS);
        DeclaredFact p = assertInstanceOf(DeclaredFact.class, f.facts().get(0));
        assertEquals("poll", p.kind());
        assertEquals(List.of("Acme Research asked 400 people"), p.quotes());
        assertEquals("packs.polls.Poll", p.instance().getClass().getName());
        String shown = p.instance().toString();
        assertTrue(shown.contains("sample=400") && shown.contains("margin=2.5") && shown.contains("fielded=2026-01")
                && shown.contains("lead=about 4") && shown.contains("parties=[Red, Blue]") && shown.contains("online=true"), shown);
    }

    @Test
    void rulesMatchTheDeclaredInstanceAndNameItById() throws IOException {
        Engine engine = new Engine(rules, EngineLimits.DEFAULT, new ArticleReport.Tool("claimcheck", "test"));
        ArticleReport r = engine.check(load(FACTS), FailOn.ERROR);
        Finding small = r.findings().stream().filter(x -> x.ruleId().equals("polls/sample-size")).findFirst().orElseThrow();
        assertEquals("Acme Research asked only 400 people", small.message());
        assertEquals(List.of("p1"), small.facts());
        assertEquals("1:1", small.firstLocated().span().line() + ":" + small.firstLocated().span().column());
        assertEquals(Check.Status.FAIL, r.checks().stream().filter(c -> c.ruleId().equals("polls/sample-size")).findFirst().orElseThrow().status());
        assertEquals(1, r.derived().size());
        assertEquals("l1", r.derived().get(0).factId());
        assertEquals(0, new BigDecimal("5.0").compareTo(r.derived().get(0).value().value()));
        assertEquals(List.of("l1", "p1"), r.findings().stream().filter(x -> x.ruleId().equals("polls/lead-derived")).findFirst().orElseThrow().facts());
    }

    @Test
    void unknownFieldIsNamedWithASuggestion() throws IOException {
        assertEquals("f.yaml:6:5: facts[0].smaple: unknown field; did you mean \"sample\"?",
                error(FACTS.replace("    sample: 400", "    smaple: 400")));
    }

    @Test
    void wrongTypesUseTheSchemaWords() throws IOException {
        assertEquals("f.yaml:6:13: facts[0].sample: expected a whole number, got \"many\"", error(FACTS.replace("sample: 400", "sample: many")));
        assertEquals("f.yaml:7:13: facts[0].margin: expected a number, got \"2.5%\"", error(FACTS.replace("margin: 2.5", "margin: 2.5%")));
        assertEquals("f.yaml:8:14: facts[0].fielded: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got \"soon\"", error(FACTS.replace("fielded: 2026-01", "fielded: soon")));
        assertEquals("f.yaml:11:13: facts[0].online: expected true or false, got \"yes please\"", error(FACTS.replace("online: true", "online: yes please")));
        assertEquals("f.yaml:8:14: facts[0].fielded: impossible date 2026-13: there is no month 13", error(FACTS.replace("fielded: 2026-01", "fielded: 2026-13")));
    }

    @Test
    void missingRequiredField() throws IOException {
        assertEquals("f.yaml:3:5: facts[0].pollster: missing field (required for kind poll)",
                error(FACTS.replace("    pollster: Acme Research\n", "")));
        assertEquals("f.yaml:3:5: facts[0].quote: missing field (required for kind poll)",
                error(FACTS.replace("    quote: Acme Research asked 400 people\n", "")));
    }

    @Test
    void referencesAreChecked() throws IOException {
        assertEquals("f.yaml:15:11: facts[1].poll: unknown fact id \"p2\"; did you mean \"p1\"?", error(FACTS.replace("poll: p1", "poll: p2")));
        assertEquals("f.yaml:15:11: facts[1].poll: \"l1\" is a poll-lead, expected a poll", error(FACTS.replace("poll: p1", "poll: l1")));
    }

    @Test
    void unknownKindListsTheDeclaredOnes() throws IOException {
        String e = error(FACTS.replace("kind: poll-lead", "kind: pol"));
        assertTrue(e.startsWith("f.yaml:14:11: facts[1].kind: unknown fact kind \"pol\"; expected one of attachment, change, difference, event,"), e);
        assertTrue(e.contains(", poll, poll-lead, quote, "), e);
    }

    @Test
    void withoutTheRulesTheKindIsUnknown() throws IOException {
        Files.writeString(dir.resolve("f.yaml"), FACTS);
        String e = assertThrows(InputError.class, () -> new FactsLoader().load(dir.resolve("f.yaml"), "f.yaml")).oneLine();
        assertTrue(e.startsWith("f.yaml:4:11: facts[0].kind: unknown fact kind \"poll\""), e);
    }

    @Test
    void factsMayAcceptFindingsOfDeclaredKindsToo() throws IOException {
        FactsFile f = load(FACTS.replace("    online: true\n", "    online: true\n    accept: {rule: polls/sample-size, reason: small but the only poll}\n"));
        assertEquals("polls/sample-size", f.acceptances().get(0).ruleId());
        assertEquals("facts[0].accept.rule", f.acceptances().get(0).field());
    }

    private String declareError(String drl) throws IOException {
        Path pack = dir.resolve("bad");
        Files.deleteIfExists(pack.resolve("k.drl"));
        Files.createDirectories(pack);
        Files.writeString(pack.resolve("k.drl"), "package packs.bad;\nimport claimcheck.facts.*;\n" + drl);
        return assertThrows(InputError.class, () -> new RuleLoader().load(List.of(pack))).oneLine();
    }

    @Test
    void aDeclaredKindNeedsAnId() throws IOException {
        assertEquals(dir.resolve("bad/k.drl") + ":3: declared kind \"Seat\" has no id field; a declared kind needs \"id : String\", which facts files name each fact by",
                declareError("declare Seat @kind(\"seat\")\n  name : String\nend\n"));
    }

    @Test
    void aDeclaredKindMayNotRedeclareTheCommonFields() throws IOException {
        assertEquals(dir.resolve("bad/k.drl") + ":5: declared kind \"Seat\", field \"quote\": every fact has accept, kind, note, quote already; a declared kind may not declare them",
                declareError("declare Seat @kind(\"seat\")\n  id : String\n  quote : String\nend\n"));
    }

    @Test
    void fieldTypesAreThoseAFactsFileCanGive() throws IOException {
        String e = declareError("declare Seat @kind(\"seat\")\n  id : String\n  held : java.time.LocalDate\nend\n");
        assertEquals(dir.resolve("bad/k.drl") + ":5: declared kind \"Seat\", field \"held\": a facts file cannot give a java.time.LocalDate; use String, "
                + "Integer or Long, BigDecimal, Boolean, PartialDate, Quantity, java.util.List", e);
    }

    @Test
    void kindNamesAreCheckedAndUnique() throws IOException {
        assertTrue(declareError("declare Seat @kind(\"event\")\n  id : String\nend\n").endsWith(":3: declared kind \"Seat\": @kind(\"event\") is a built-in fact kind; choose another name"));
        assertTrue(declareError("declare Seat @kind(\"Seat Kind\")\n  id : String\nend\n").contains("@kind must be lower-case words joined by '-'"));
        assertTrue(declareError("declare Seat @kind(\"seat\")\n  id : String\nend\ndeclare Chair @kind(\"seat\")\n  id : String\nend\n")
                .contains("@kind(\"seat\") is already declared at " + dir.resolve("bad/k.drl") + ":3"));
        assertTrue(declareError("declare Seat @kind(\"seat\")\n  id : String\n  room : String @ref(\"room\")\nend\n")
                .endsWith("declared kind \"Seat\", field \"room\": @ref(\"room\") names no fact kind"));
    }

    @Test
    void theElectionsPackDeclaresItsKinds() {
        RuleSet shipped = new RuleLoader().load(List.of(Path.of("rules")));
        assertEquals(List.of("candidate-share", "margin", "race"), shipped.kinds().stream().map(DeclaredKind::name).toList());
        for (DeclaredKind k : shipped.kinds()) {
            assertEquals("elections", k.pack());
            assertTrue(k.description() != null && !k.description().isBlank(), k.name());
            for (DeclaredKind.Field f : k.fields()) assertTrue(f.name().equals("id") || f.description() != null, k.name() + "." + f.name());
        }
    }
}
