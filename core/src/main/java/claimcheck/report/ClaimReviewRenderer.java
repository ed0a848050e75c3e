package claimcheck.report;

import claimcheck.JsonLayout;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Category;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * claimreview.jsonld: schema.org ClaimReview markup, as fact-check publishers mark up a verdict,
 * for each claim a check found wrong or unsupported (an error or warning finding). The claim is the
 * quote of the fact under review (the finding's claim, not the facts it was checked against); several
 * findings on one claim make one review with the worst rating.
 * The author is --publisher and the review date --review-date, so the same run gives the same bytes.
 */
public final class ClaimReviewRenderer implements Renderer {
    /** The rating scale: 1 the worst; 3, "Consistent", is never written, since only failed claims are reviewed. */
    public static final int WORST = 1, BEST = 3;

    @Override public String format() { return "claimreview"; }
    @Override public String fileName() { return "claimreview.jsonld"; }

    /** What a severity says of a claim, as a rating value and its name. */
    public record Verdict(int ratingValue, String alternateName) {
        static Verdict of(Severity s) {
            return switch (s) {
                // The article contradicts itself or its quotes: which side is wrong is for the editor to say.
                case ERROR -> new Verdict(1, "Inconsistent");
                case WARNING -> new Verdict(2, "Unsupported");
                case INFO -> throw new IllegalArgumentException("an info finding is not a verdict");
            };
        }
    }

    @Override
    public void render(ArticleReport r, ReportOptions options, Writer out) throws IOException {
        if (options.publisher() == null)
            throw new IllegalStateException("the claimreview format needs a publisher (--publisher NAME)");
        // The claim of each finding is the passage it points at; findings on the same passage share a review.
        Map<String, List<Finding>> byClaim = new LinkedHashMap<>();
        Map<String, Evidence> claimOf = new LinkedHashMap<>();
        for (Finding f : r.findings()) {
            // Published: the article's own claims, as its text words them, judged wrong or unsupported. Never a
            // problem of the facts file, a finding held back by a baseline or an acceptance, or words not in the text.
            // firstLocated looks at the claim's quotes first.
            if (f.severity() == Severity.INFO || f.category() != Category.ARTICLE || !f.active()) continue;
            Evidence claim = f.firstLocated();
            if (claim == null) continue;
            String key = claim.factId() + "\n" + claim.quote();
            byClaim.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            claimOf.putIfAbsent(key, claim);
        }

        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        String url = options.articleUrl() != null ? options.articleUrl() : r.article().url();
        for (Map.Entry<String, List<Finding>> e : byClaim.entrySet()) {
            List<Finding> findings = e.getValue();
            // Findings are in report order, most severe first.
            Finding worst = findings.get(0);
            Verdict v = Verdict.of(worst.severity());

            ObjectNode review = graph.addObject();
            review.put("@type", "ClaimReview");
            review.put("claimReviewed", claimOf.get(e.getKey()).quote());
            ObjectNode claim = review.putObject("itemReviewed");
            claim.put("@type", "Claim");
            ObjectNode appearance = claim.putObject("appearance");
            appearance.put("@type", "Article");
            appearance.put("headline", r.article().title());
            appearance.put("datePublished", r.article().published().toString());
            if (url != null) appearance.put("url", url);
            claim.put("datePublished", r.article().published().toString());
            ObjectNode rating = review.putObject("reviewRating");
            rating.put("@type", "Rating");
            rating.put("ratingValue", v.ratingValue());
            rating.put("worstRating", WORST);
            rating.put("bestRating", BEST);
            rating.put("alternateName", v.alternateName());
            review.put("reviewBody", body(findings));
            ObjectNode author = review.putObject("author");
            author.put("@type", "Organization");
            author.put("name", options.publisher());
            review.put("datePublished", options.reviewDate().toString());
        }
        JsonLayout.WRITER.writeValue(out, root);
        out.write('\n');
    }

    /** The findings as sentences. */
    private static String body(List<Finding> findings) {
        StringBuilder b = new StringBuilder();
        for (Finding f : findings) {
            if (b.length() > 0) b.append(' ');
            b.append(SarifRenderer.sentence(capitalised(f.message())));
        }
        return b.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(java.util.Locale.ROOT) + s.substring(s.offsetByCodePoints(0, 1));
    }
}
