package claimcheck.facts;

import claimcheck.input.Position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import claimcheck.InputError;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input named in the facts contract gets one line: file, line, column, field, reason. */
class FactsLoaderTest {
    @TempDir Path dir;

    static final String HEADER = """
            article:
              id: a1
              title: A test article
              published: 2026-01-20
              text: a.txt
            facts:
            """;
    static final String EVENT = """
              - id: e1
                kind: event
                type: transfer
                count: 3
                quote: sent 3 people
            """;

    @BeforeEach
    void article() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "In March they sent 3 people abroad.\n");
    }

    private FactsFile load(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return new FactsLoader().load(p, name);
    }

    private String error(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return assertThrows(InputError.class, () -> new FactsLoader().load(p, name)).oneLine();
    }

    @Test
    void loadsAValidFile() throws IOException {
        FactsFile f = load("f.yaml", HEADER + EVENT);
        assertEquals("a1", f.article().id());
        Event e = assertInstanceOf(Event.class, f.facts().get(0));
        assertEquals(new BigDecimal("3"), e.count().value());
        assertEquals(new Position(7, 5), f.positions().get("e1"));
    }

    @Test
    void jsonHasTheSameStructure() throws IOException {
        FactsFile f = load("f.json", """
                {"article": {"id": "a1", "title": "T", "published": "2026-01-20", "text": "a.txt"},
                 "facts": [{"id": "e1", "kind": "event", "type": "transfer", "count": "about 3", "quote": ["sent 3 people"]}]}
                """);
        assertEquals("about 3", f.facts().get(0).quantity().toString());
    }

    @Test
    void missingFile() {
        InputError e = assertThrows(InputError.class, () -> new FactsLoader().load(dir.resolve("nope.yaml"), "facts/nope.yaml"));
        assertEquals("facts/nope.yaml: no such facts file", e.oneLine());
    }

    @Test
    void malformedYaml() throws IOException {
        assertEquals("f.yaml:8:4: malformed YAML: while parsing a block collection",
                error("f.yaml", HEADER + "  - id: e1\n   kind: [event\n"));
    }

    @Test
    void malformedJson() throws IOException {
        assertEquals("f.json:1:13: malformed JSON: Unexpected character ('}' (code 125)): expected a value",
                error("f.json", "{\"article\": }"));
        // Jackson's reason names where the unclosed object began, in words that hold the source's place: kept whole.
        assertEquals("f.json:2:1: malformed JSON: Unexpected end-of-input: expected close marker for Object (opened at 1:1)",
                error("f.json", "{\"article\": {\"id\": \"a\"}\n"));
        assertEquals("f.json:1:23: malformed JSON: Unexpected end-of-input: expected close marker for Array (opened at 1:11)",
                error("f.json", "{\"facts\": [{\"id\": \"a\"}"));
    }

    @Test
    void unknownKind() throws IOException {
        assertEquals("f.yaml:8:11: facts[0].kind: unknown fact kind \"evnt\"; expected one of attachment, change, difference, event, list, "
                        + "measure, mention, ordinal, quote, rank, ratio, role, share, term, total",
                error("f.yaml", HEADER + EVENT.replace("kind: event", "kind: evnt")));
    }

    @Test
    void unknownField() throws IOException {
        assertEquals("f.yaml:11:5: facts[0].cuont: unknown field; did you mean \"count\"?",
                error("f.yaml", HEADER + EVENT.replace("count: 3", "count: 3\n    cuont: 4")));
    }

    @Test
    void mistypedRequiredFieldIsNamedAsUnknownNotMissing() throws IOException {
        assertEquals("f.yaml:9:5: facts[0].tpye: unknown field; did you mean \"type\"?",
                error("f.yaml", HEADER + EVENT.replace("type: transfer", "tpye: transfer")));
    }

    @Test
    void acceptIsReadBesideTheFact() throws IOException {
        FactsFile f = load("f.yaml", HEADER + EVENT + """
                    accept:
                      - {rule: core/total-sum, reason: the article rounds}
                      - {rule: core/event-date, reason: dated by the wire service}
                """);
        assertEquals(2, f.acceptances().size());
        Acceptance a = f.acceptances().get(1);
        assertEquals("e1", a.factId());
        assertEquals("core/event-date", a.ruleId());
        assertEquals("dated by the wire service", a.reason());
        assertEquals("facts[0].accept[1].rule", a.field());
        assertEquals(new Position(14, 16), a.position());
        assertEquals("transfer", ((Event) f.facts().get(0)).type());
    }

    @Test
    void acceptIsValidated() throws IOException {
        assertEquals("f.yaml:13:7: facts[0].accept.reason: missing field",
                error("f.yaml", HEADER + EVENT + "    accept:\n      rule: core/total-sum\n"));
        assertEquals("f.yaml:12:13: facts[0].accept: expected an acceptance {rule, reason}, or a list of them, got \"core/total-sum\"",
                error("f.yaml", HEADER + EVENT + "    accept: core/total-sum\n"));
        assertEquals("f.yaml:12:20: facts[0].accept.rule: expected a rule id such as core/total-sum, got \"total sum\"",
                error("f.yaml", HEADER + EVENT + "    accept: {rule: total sum, reason: r}\n"));
        assertEquals("f.yaml:12:36: facts[0].accept.reson: unknown field; did you mean \"reason\"?",
                error("f.yaml", HEADER + EVENT + "    accept: {rule: core/total-sum, reson: r}\n"));
    }

    @Test
    void missingField() throws IOException {
        assertEquals("f.yaml:7:5: facts[0].type: missing field (required for kind event)",
                error("f.yaml", HEADER + EVENT.replace("    type: transfer\n", "")));
    }

    @Test
    void wrongType() throws IOException {
        assertEquals("f.yaml:10:12: facts[0].count: expected a whole number (or a qualified one such as \"about 90\"), got \"thirty\"",
                error("f.yaml", HEADER + EVENT.replace("count: 3", "count: thirty")));
    }

    @Test
    void fractionalCount() throws IOException {
        assertEquals("f.yaml:10:12: facts[0].count: expected a whole number, got \"about 3.5\"",
                error("f.yaml", HEADER + EVENT.replace("count: 3", "count: about 3.5")));
    }

    @Test
    void impossibleDate() throws IOException {
        assertEquals("f.yaml:11:11: facts[0].date: impossible date 2025-02-30: February 2025 has 28 days",
                error("f.yaml", HEADER + EVENT.replace("count: 3", "count: 3\n    date: 2025-02-30")));
        assertEquals("f.yaml:11:11: facts[0].date: impossible date 2025-13: there is no month 13",
                error("f.yaml", HEADER + EVENT.replace("count: 3", "count: 3\n    date: 2025-13")));
    }

    @Test
    void impossiblePublicationDate() throws IOException {
        assertEquals("f.yaml:4:14: article.published: impossible date 2026-02-29: February 2026 has 28 days",
                error("f.yaml", HEADER.replace("2026-01-20", "2026-02-29") + EVENT));
    }

    @Test
    void duplicateId() throws IOException {
        assertEquals("f.yaml:12:9: facts[1].id: duplicate id \"e1\" (first used in facts[0] at line 7)",
                error("f.yaml", HEADER + EVENT + EVENT));
    }

    @Test
    void unknownReference() throws IOException {
        assertEquals("f.yaml:14:13: facts[1].refers: unknown fact id \"e2\"; did you mean \"e1\"?",
                error("f.yaml", HEADER + EVENT + """
                          - id: m1
                            kind: mention
                            refers: e2
                            value: 3
                            quote: 3 people
                        """));
    }

    @Test
    void referenceToTheWrongKind() throws IOException {
        assertEquals("f.yaml:14:12: facts[1].event: \"m1\" is a mention, expected an event",
                error("f.yaml", HEADER + EVENT + """
                          - id: o1
                            kind: ordinal
                            event: m1
                            value: 1
                            eventType: transfer
                            quote: sent
                          - id: m1
                            kind: mention
                            refers: e1
                            value: 3
                            quote: 3 people
                        """));
    }

    @Test
    void missingArticleText() throws IOException {
        assertEquals("f.yaml:5:9: article.text: article text file not found: missing.txt",
                error("f.yaml", HEADER.replace("a.txt", "missing.txt") + EVENT));
    }

    @Test
    void duplicateKey() throws IOException {
        assertEquals("f.yaml:11:10: malformed YAML: Duplicate field 'count'",
                error("f.yaml", HEADER + EVENT.replace("count: 3", "count: 3\n    count: 4")));
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("f.yaml:1:1: the file is empty", error("f.yaml", ""));
        assertEquals("f.json:1:1: the file is empty", error("f.json", "  \n"));
    }

    @Test
    void controlCharactersInValuesStayOnOneLine() throws IOException {
        // found by FactsJsonFuzzTest: an id holding a carriage return split the error line
        assertEquals("f.json:1:102: facts[0].id: expected an id of letters, digits, '.', '_', ':' or '-', starting with a letter or digit, got \"e\\r1\\u2028\"",
                error("f.json", "{\"article\": {\"id\": \"a1\", \"title\": \"T\", \"published\": \"2026-01-20\", \"text\": \"a.txt\"}, \"facts\": [{\"id\": \"e\\r1\\u2028\", \"kind\": \"event\", \"type\": \"t\", \"quote\": \"x\"}]}"));
    }

    @Test
    void missingFacts() throws IOException {
        assertEquals("f.yaml:1:1: facts: missing field", error("f.yaml", HEADER.replace("facts:\n", "")));
    }

    @Test
    void badArticleId() throws IOException {
        assertEquals("f.yaml:2:7: article.id: expected an id of letters, digits, '.', '_' or '-' (at most 128, starting with a letter or digit), got \"../../etc\"",
                error("f.yaml", HEADER.replace("id: a1", "id: ../../etc") + EVENT));
    }

    @Test
    void invalidUtf8() throws IOException {
        Path p = dir.resolve("f.yaml");
        byte[] good = (HEADER + EVENT).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = java.util.Arrays.copyOf(good, good.length + 2);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        Files.write(p, bad);
        assertEquals("f.yaml: not valid UTF-8 at byte offset " + good.length,
                assertThrows(InputError.class, () -> new FactsLoader().load(p, "f.yaml")).oneLine());
    }

    @Test
    void optionalBooleansDefaultToFalse() throws IOException {
        FactsFile f = load("f.yaml", HEADER + """
                  - id: l1
                    kind: list
                    items: [a, b]
                    count: 2
                    quote: sent
                """);
        assertEquals(false, ((ItemList) f.facts().get(0)).partial());
    }

    @Test
    void relativeWindowResolvesAgainstPublication() throws IOException {
        FactsFile f = load("f.yaml", HEADER + EVENT + """
                  - id: o1
                    kind: ordinal
                    event: e1
                    value: 1
                    eventType: transfer
                    window: {within: P1Y, label: in the past year}
                    quote: sent
                """);
        Ordinal o = (Ordinal) f.facts().get(1);
        assertEquals("2025-01-20", o.window().from().toString());
        assertEquals("2026-01-20", o.window().to().toString());
    }
}
