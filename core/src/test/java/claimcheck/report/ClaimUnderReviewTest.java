package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.facts.FactsLoader;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.FailOn;
import claimcheck.findings.Check;
import claimcheck.findings.Finding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The verdict falls on the claim at fault: in an article whose vote shares add up to 105%, the
 * shares are the claim under review, not the sentence naming the winner that the race fact quotes.
 * Every report points at the shares first.
 */
class ClaimUnderReviewTest {
    static final Path DUNMORE = Path.of("core/src/test/resources/scenarios/claim/dunmore-mayor-2026.yaml");
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SHARES = List.of("share-kerr", "share-lopez", "share-reed");

    /** The article checked as the command would, with the elections pack's kinds. */
    private static ArticleReport dunmore() {
        return new Engine(Scenarios.rules(), EngineLimits.DEFAULT, new ArticleReport.Tool("claimcheck", "0.0.0-test")).withCoverage(false)
                .check(new FactsLoader(Scenarios.rules().kinds()).load(DUNMORE, DUNMORE.toString()), FailOn.ERROR);
    }

    private static Finding sharesSum(ArticleReport r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("elections/shares-sum")).findFirst().orElseThrow();
    }

    @Test
    void theSharesAreTheClaimNotTheRace() {
        ArticleReport r = dunmore();
        Finding f = sharesSum(r);
        assertEquals("race-dunmore", f.facts().get(0), "the rule names the race first");
        assertEquals(SHARES, f.claim().stream().sorted().toList());
        Check c = f.check();
        assertEquals(f.claim(), c.claim());
        // Evidence lists the claim's quotes first, the race's last; the finding points at the first share in the text.
        assertEquals("race-dunmore", f.evidence().get(f.evidence().size() - 1).factId());
        assertTrue(SHARES.contains(f.evidence().get(0).factId()), f.evidence().toString());
        assertEquals("Lopez took 52% of the vote", f.firstLocated().quote());
        assertEquals(2, f.firstLocated().span().line());
    }

    @Test
    void findingsJsonNamesTheClaim() throws Exception {
        JsonNode doc = JSON.readTree(Scenarios.render(new JsonRenderer(), dunmore()));
        for (JsonNode f : doc.get("findings")) {
            if (!f.get("ruleId").asText().equals("elections/shares-sum")) continue;
            assertEquals(3, f.get("claim").size());
            assertTrue(SHARES.contains(f.get("evidence").get(0).get("factId").asText()));
        }
        for (JsonNode c : doc.get("checks")) assertTrue(c.get("claim").size() >= 1, c.toString());
    }

    @Test
    void sarifPointsAtTheShares() throws Exception {
        JsonNode result = JSON.readTree(Scenarios.render(new SarifRenderer(), dunmore())).at("/runs/0/results/0");
        assertEquals("elections/shares-sum", result.get("ruleId").asText());
        JsonNode region = result.at("/locations/0/physicalLocation/region");
        assertEquals(2, region.get("startLine").asInt());
        assertEquals("Lopez took 52% of the vote", region.at("/snippet/text").asText());
    }

    @Test
    void claimReviewReviewsAShareNotTheWinnerSentence() throws Exception {
        JsonNode graph = JSON.readTree(Scenarios.render(new ClaimReviewRenderer(), dunmore())).get("@graph");
        assertEquals(1, graph.size());
        assertEquals("Lopez took 52% of the vote", graph.get(0).get("claimReviewed").asText());
    }

    @Test
    void htmlColoursTheSharesAndMarksTheRaceAsContext() {
        String html = Scenarios.render(new HtmlRenderer(), dunmore());
        assertEquals("context", toneOf(html, "Maria Lopez won the race for mayor of Dunmore"));
        for (String share : List.of("Lopez took 52% of the vote", "Tom Reed with 41%", "Ann Kerr, took 12%"))
            assertEquals("error", toneOf(html, share), share);
    }

    /** The tone of the highlighted run whose text is exactly {@code text}. */
    private static String toneOf(String html, String text) {
        Matcher m = Pattern.compile("<mark class=\"q tone-([a-z]+)\"[^>]*>" + Pattern.quote(text) + "</mark>").matcher(html);
        assertTrue(m.find(), "no highlighted run \"" + text + "\"");
        return m.group(1);
    }
}
