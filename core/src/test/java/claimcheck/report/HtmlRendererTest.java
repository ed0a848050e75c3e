package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.facts.Provenance;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Suppression;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** report.html as text: self-contained, every quote highlighted, everything from the facts escaped. The browser test runs it. */
class HtmlRendererTest {
    static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
        return n;
    }

    @Test
    void selfContainedWithAPolicyThatForbidsEveryRequest() {
        String html = Scenarios.render(new HtmlRenderer(), Scenarios.check(Scenarios.SAMPLE));
        assertTrue(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;; style-src &#39;sha256-"), html.substring(0, 600));
        assertTrue(HtmlRenderer.CSP.contains("connect-src 'none'") && HtmlRenderer.CSP.contains("img-src 'none'") && HtmlRenderer.CSP.contains("base-uri 'none'"));
        assertFalse(HtmlRenderer.CSP.contains("unsafe"), "no unsafe-inline or unsafe-eval: the inline style and script are allowed by hash");
        // Nothing is loaded: no src attribute, no stylesheet link, no href but a fragment within the page.
        assertEquals(0, count(html, " src="));
        assertEquals(0, count(html, "<link"));
        assertEquals(0, count(html, "url("));
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (href.find()) assertTrue(href.group(1).startsWith("#"), href.group());
        assertEquals(1, count(html, "<style>"));
        assertEquals(1, count(html, "<script>"));
        assertTrue(html.contains("@media print"), "a printed page has its own style");
    }

    @Test
    void everyQuotedPassageIsHighlightedAndEveryFindingListed() {
        ArticleReport r = Scenarios.check(Scenarios.SAMPLE);
        String html = Scenarios.render(new HtmlRenderer(), r);
        long located = r.provenance().stream().filter(Provenance::found).count();
        assertEquals(located, count(html, "<span class=\"anchor\""), "an anchor where each quote starts");
        assertEquals(r.findings().size(), count(html, "<li id=\"f"));
        assertTrue(html.contains("title=\"quoted by role-trump: 1 finding, worst error\">former President Donald Trump</mark>"), "coloured by its worst finding");
        assertTrue(html.contains("<mark class=\"q tone-error\""));
        assertTrue(html.contains("<dt><code>transfer-2025-02.count</code> = <strong>29</strong></dt>"), "derived value");
        assertTrue(html.contains("92 − 37 − 26 = 29"), "with its arithmetic");
        assertEquals(1, count(html, "<svg "), "one chart: the sample states one total");
        assertTrue(html.contains("<text class=\"label derived\""), "the derived component is drawn as derived");
        assertTrue(html.contains("<rect class=\"bar total\""));
        assertEquals(r.checks().size(), count(html, "<tr class=\"result-"));
        assertEquals(1, count(html, "<tr class=\"result-fail\""));
        assertEquals(3, count(html, "<tr class=\"result-below\""), "warnings fail their checks but not the gate");
    }

    @Test
    void hostileStringsAreText() {
        String html = Scenarios.render(new HtmlRenderer(), Scenarios.check(Scenarios.HOSTILE));
        assertEquals(1, count(html, "<script"), "only the page's own script");
        assertEquals(0, count(html, "<img"));
        assertEquals(0, count(html, "<b "));
        assertFalse(Pattern.compile("<[A-Za-z][^<>]*\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "no event handler attribute");
        assertTrue(html.contains("&lt;b onmouseover=&quot;window.__pwned=3&quot;&gt;Ana&lt;/b&gt;"), "the markup is shown as text");
        assertTrue(html.contains("&lt;script&gt;window.__pwned=6&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=&quot;window.__pwned=7&quot;&gt;"));
        assertTrue(html.contains("<span class=\"url\">https://example.org/?q=&quot;&gt;&lt;script&gt;window.__pwned=9"), "the article URL is shown as text");
        assertFalse(html.contains("href=\"javascript"));
    }

    /** Every link of the page goes to a place on the page itself or to an http(s) URL: none runs script or holds data. */
    @Test
    void linksAreOnlyFragmentsOrHttp() {
        String html = Scenarios.render(new HtmlRenderer(), Scenarios.check(Scenarios.HOSTILE));
        java.util.regex.Matcher m = Pattern.compile("(?i)\\b(?:href|src|action|formaction|xlink:href)\\s*=\\s*\"([^\"]*)\"").matcher(html);
        int links = 0;
        while (m.find()) {
            links++;
            assertTrue(m.group(1).matches("#[A-Za-z0-9_-]+|https?://.*"), "link " + m.group(1));
        }
        assertTrue(links > 0, "the findings link to their passages");
    }

    @Test
    void suppressedFindingsAreMarkedWithTheirJustification() {
        ArticleReport r = Scenarios.suppress(Scenarios.check(Scenarios.SAMPLE), f -> f.ruleId().equals("core/role-status"),
                new Suppression(Suppression.Kind.BASELINE, "known & accepted <for now>", java.time.LocalDate.of(2026, 6, 30)));
        String html = Scenarios.render(new HtmlRenderer(), r);
        assertTrue(html.contains("data-severity=\"suppressed\""));
        assertTrue(html.contains("<strong>Suppressed</strong> (baseline: known &amp; accepted &lt;for now&gt; (until 2026-06-30)): reported, but not counted against the gate."), html);
        assertTrue(html.contains("title=\"quoted by role-trump: 1 finding, suppressed\">former President Donald Trump</mark>"));
        assertTrue(html.contains("class=\"banner gate-pass\""), "a suppressed error does not fail the gate");
    }
}
