package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.findings.ArticleReport;
import claimcheck.findings.Suppression;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claimreview.jsonld: a ClaimReview per claim found wrong or unsupported, valid in the schema.org vocabulary. */
class ClaimReviewRendererTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    static JsonNode reviews(ArticleReport r) throws Exception {
        return JSON.readTree(Scenarios.render(new ClaimReviewRenderer(), r));
    }

    @Test
    void aReviewForEachClaimFoundWrongOrUnsupported() throws Exception {
        JsonNode doc = reviews(Scenarios.check(Scenarios.SAMPLE));
        assertEquals("https://schema.org", doc.get("@context").asText());
        JsonNode graph = doc.get("@graph");
        List<String> claims = new ArrayList<>();
        for (JsonNode review : graph) {
            assertEquals("ClaimReview", review.get("@type").asText());
            claims.add(review.get("claimReviewed").asText() + " = " + review.at("/reviewRating/alternateName").asText());
            assertEquals("Claim", review.at("/itemReviewed/@type").asText());
            assertEquals("2026-01-20", review.at("/itemReviewed/datePublished").asText());
            assertEquals("Mexico transfers 37 cartel-linked inmates to the United States", review.at("/itemReviewed/appearance/headline").asText());
            assertEquals("Example Fact Checks", review.at("/author/name").asText());
            assertEquals("2026-01-21", review.get("datePublished").asText());
            assertEquals(1, review.at("/reviewRating/worstRating").asInt());
        }
        // The error, then the three warnings; the two info findings are no verdict.
        assertEquals(List.of(
                "former President Donald Trump = Inconsistent",
                "previous transfers of 26 'key operatives' last August = Unsupported",
                "a similar operation in February = Unsupported",
                "Mexican authorities have transferred 37 inmates with alleged connections to powerful drug cartels to face judicial proceedings in the United States = Unsupported"),
                claims);
        assertEquals(1, graph.get(0).at("/reviewRating/ratingValue").asInt());
        assertEquals(2, graph.get(1).at("/reviewRating/ratingValue").asInt());
    }

    @Test
    void theArticleUrlOptionIsTheClaimsAppearance() throws Exception {
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        ReportOptions o = Scenarios.options();
        ReportOptions withUrl = new ReportOptions(o.rules(), o.repositoryRoot(), o.publisher(), "https://news.example/mx-us", o.reviewDate(), o.informationUri());
        java.io.StringWriter w = new java.io.StringWriter();
        new ClaimReviewRenderer().render(r, withUrl, w);
        assertEquals("https://news.example/mx-us", JSON.readTree(w.toString()).at("/@graph/0/itemReviewed/appearance/url").asText());
        assertTrue(reviews(r).at("/@graph/0/itemReviewed/appearance/url").isMissingNode());
    }

    @Test
    void aSuppressedFindingIsNeverPublished() throws Exception {
        ArticleReport r = Scenarios.suppress(Scenarios.check(Scenarios.SAMPLE), f -> f.ruleId().equals("core/role-status"),
                new Suppression(Suppression.Kind.ACCEPTED, "house style", null));
        String all = Scenarios.render(new ClaimReviewRenderer(), r);
        assertFalse(all.contains("former President Donald Trump"), all);
        assertFalse(all.contains("Suppressed"), all);
        String unsuppressed = Scenarios.render(new ClaimReviewRenderer(), Scenarios.check(Scenarios.SAMPLE));
        assertTrue(unsuppressed.contains("former President Donald Trump"), "the check can fail: " + unsuppressed);
    }

    /**
     * The markup type-checks against schema-dts, Google's TypeScript typings generated from the
     * schema.org vocabulary: an unknown type or property, or a value of the wrong type, fails.
     */
    @Test
    void validInTheSchemaOrgVocabulary() throws Exception {
        Path tsc = Scenarios.typescript();
        for (ArticleReport r : List.of(Scenarios.check(Scenarios.SAMPLE), Scenarios.check(Scenarios.HOSTILE))) {
            String jsonld = Scenarios.render(new ClaimReviewRenderer(), r);
            assertEquals("", typeCheck(tsc, jsonld, r.article().id()), r.article().id());
        }
        // The check can fail: a misspelt property, an unknown type, a wrong value type.
        String good = Scenarios.render(new ClaimReviewRenderer(), Scenarios.check(Scenarios.SAMPLE));
        assertTrue(typeCheck(tsc, good.replaceFirst("\"claimReviewed\"", "\"claimReview\""), "typo").contains("claimReview"));
        assertTrue(typeCheck(tsc, good.replaceFirst("\"Rating\"", "\"Ratng\""), "type").contains("Ratng"));
        assertTrue(typeCheck(tsc, good.replaceFirst("\"ratingValue\": 1", "\"ratingValue\": {\"x\": 1}"), "value").contains("error TS"));
    }

    /** tsc's errors for the JSON-LD document, or "" when it type-checks. */
    private String typeCheck(Path tsc, String jsonld, String name) throws Exception {
        Path work = dir.resolve(name);
        Files.createDirectories(work);
        String schemaDts = Scenarios.TOOLS.resolve("schema-dts").toAbsolutePath().toString().replace("\\", "/");
        JsonNode doc = JSON.readTree(jsonld);
        // Each review as a ClaimReview, and the whole document as a schema.org graph.
        String ts = "import type { ClaimReview, Graph } from \"" + schemaDts + "\";\n"
                + "const reviews: ClaimReview[] = " + JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc.get("@graph")) + ";\n"
                + "const doc: Graph = { \"@context\": " + JSON.writeValueAsString(doc.get("@context")) + ", \"@graph\": reviews };\n"
                + "export default doc;\n";
        Files.writeString(work.resolve("claimreview.ts"), ts);
        Files.writeString(work.resolve("tsconfig.json"), """
                {"compilerOptions": {"strict": true, "noEmit": true, "target": "es2022", "module": "esnext",
                  "moduleResolution": "bundler", "skipLibCheck": true, "types": []},
                 "files": ["claimreview.ts"]}
                """);
        Path log = work.resolve("tsc.log");
        int exit = Scenarios.run(log, "node", tsc.toAbsolutePath().toString(), "-p", work.resolve("tsconfig.json").toString());
        String out = Files.readString(log);
        return exit == 0 ? "" : out.isEmpty() ? "tsc exit " + exit : out;
    }
}
