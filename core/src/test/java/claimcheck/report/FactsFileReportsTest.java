package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.findings.ArticleReport;
import claimcheck.findings.Category;
import claimcheck.findings.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, points 1, 2 and 7, on an article written for them (scenarios/facts-file): a quote
 * miscopied ("percent" for the text's "per cent") and a value its own quote does not state (14 for
 * "Thirteen") are problems of the facts file, shown apart in every format and never published; the
 * quotes found are one line per article in the human formats.
 */
class FactsFileReportsTest {
    static final Path FACTS_FILE = Path.of("core/src/test/resources/scenarios/facts-file/facts.yaml");

    private static ArticleReport report() { return Scenarios.check(FACTS_FILE); }

    private static Finding only(ArticleReport r, String ruleId) {
        List<Finding> found = r.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertEquals(1, found.size(), ruleId + ": " + r.findings());
        return found.get(0);
    }

    @Test
    void aQuoteNotFoundIsAFactsFileProblemNamingTheClosestPassage() {
        ArticleReport r = report();
        Finding missing = only(r, "facts/quote-found");
        assertEquals(Category.FACTS_FILE, missing.category());
        assertEquals(List.of("turnout-last"), missing.facts());
        assertTrue(missing.message().contains("the closest passage, at 2:1, reads \u201CTurnout at the last election was 41 per cent\u201D: "
                + "the text has \u201Cper cent\u201D where the quote has \u201Cpercent\u201D"), missing.message());
        assertFalse(r.summary().gatePassed(), "a broken facts file fails the gate by default");
    }

    @Test
    void aValueItsQuoteDoesNotStateIsAFactsFileProblemNamingBoth() {
        ArticleReport r = report();
        Finding wrong = only(r, "facts/value-in-quote");
        assertEquals(Category.FACTS_FILE, wrong.category());
        assertEquals(List.of("candidates"), wrong.facts());
        assertTrue(wrong.message().startsWith("the fact states 14, but its quote writes \u201CThirteen\u201D (13)"), wrong.message());
        // "almost a quarter of a million" allows 240,000; 64 and 58 are written as digits.
        assertEquals(1, r.checks().stream().filter(c -> c.ruleId().equals("facts/value-in-quote") && c.status().label().equals("fail")).count());
    }

    @Test
    void everyFormatShowsTheFactsFileApart() throws Exception {
        ArticleReport r = report();
        JsonNode json = new ObjectMapper().readTree(Scenarios.render(new JsonRenderer(), r));
        for (JsonNode f : json.get("findings"))
            assertEquals(f.get("ruleId").asText().startsWith("facts/") ? "facts-file" : "article", f.get("category").asText(), f.toString());

        String md = Scenarios.render(new MarkdownRenderer(), r);
        String mdFacts = md.substring(md.indexOf("## Facts file"));
        String mdArticle = md.substring(md.indexOf("## Findings"), md.indexOf("## Facts file"));
        assertTrue(mdFacts.contains("`facts/value-in-quote` | 10:5 |"), mdFacts);
        assertTrue(mdFacts.contains("`facts/quote-found` | 17:5 |"), mdFacts);
        assertFalse(mdArticle.contains("facts/"), mdArticle);

        String html = Scenarios.render(new HtmlRenderer(), r);
        String htmlFacts = html.substring(html.indexOf("<section class=\"facts-file\""), html.indexOf("</section>", html.indexOf("<section class=\"facts-file\"")));
        assertTrue(htmlFacts.contains("facts/value-in-quote") && htmlFacts.contains("facts/quote-found"), htmlFacts);
        String htmlFindings = html.substring(html.indexOf("<ol id=\"findings\""), html.indexOf("</aside>"));
        assertFalse(htmlFindings.contains("facts/"), htmlFindings);

        JsonNode sarif = new ObjectMapper().readTree(Scenarios.render(new SarifRenderer(), r));
        for (JsonNode result : sarif.at("/runs/0/results")) {
            boolean factsFile = result.get("ruleId").asText().startsWith("facts/");
            assertEquals(factsFile ? "facts-file" : null, result.at("/properties/category").isMissingNode() ? null : result.at("/properties/category").asText());
            String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
            assertEquals(factsFile, uri.endsWith("facts.yaml"), uri);
        }

        String junit = Scenarios.render(new JunitRenderer(), r);
        assertTrue(junit.contains("<testsuite name=\"calder-bay-mayor-2026 facts file\""), junit);
    }

    @Test
    void claimReviewNeverPublishesTheFactsFileOrWordsNotInTheText() throws Exception {
        ArticleReport r = report();
        String jsonld = Scenarios.render(new ClaimReviewRenderer(), r);
        JsonNode graph = new ObjectMapper().readTree(jsonld).get("@graph");
        assertEquals(0, graph.size(), jsonld);
        assertFalse(jsonld.contains("41 percent"), jsonld);
        assertFalse(jsonld.contains("Thirteen"), jsonld);
    }

    @Test
    void quoteLocationIsOneLineInTheHumanFormats() {
        ArticleReport r = report();
        assertEquals("4 of 5 found (1 not found)", FactsFileView.quotesLine(r));
        assertTrue(Scenarios.render(new MarkdownRenderer(), r).contains("Quotes: 4 of 5 found (1 not found)."));
        String html = Scenarios.render(new HtmlRenderer(), r);
        assertTrue(html.contains("<summary>Quotes: 4 of 5 found (1 not found)</summary>"), html);
        // The checks table lists no quote found; they are folded under the quotes line. The quote not found stays listed.
        String table = html.substring(html.indexOf("<section class=\"checks\""), html.indexOf("<details class=\"quotes-found\">"));
        assertFalse(table.contains("quote found at"), table);
        assertTrue(table.contains("quote not found in the article"), table);
        // findings.json keeps every check for machines.
        assertEquals(5, r.checks().stream().filter(c -> c.ruleId().equals(FactsFileView.QUOTE_RULE)).count());
        assertNull(r.findingOf(r.checks().stream().filter(c -> c.ruleId().equals(FactsFileView.QUOTE_RULE) && c.status().label().equals("pass")).findFirst().orElseThrow()));
    }
}
