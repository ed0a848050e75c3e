package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.facts.Provenance;
import claimcheck.facts.Span;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The runs of the highlighted article are what their definition says, in the cases a sweep over the quotes can get
 * wrong: quotes nested, overlapping, sharing a start or an end, quoting the same place twice, and a text with chars
 * outside Latin-1 and surrogate pairs, against the definition written out plainly below.
 */
class ArticleMarkupTest {
    private static final String[] WORDS = {"the", "caf\u00E9", "\u201Cquoted\u201D", "\uD83D\uDE00", "37", "inmates", "\u2014", "x"};

    @Test
    void runsAreWhatTheirDefinitionSaysForRandomQuotesAndFindings() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 60; round++) {
            ArticleReport r = randomReport(random, 1 + random.nextInt(40));
            Map<Provenance, String> quoteIds = new HashMap<>();
            for (int i = 0; i < r.provenance().size(); i++) quoteIds.put(r.provenance().get(i), "q" + (i + 1));
            Map<Finding, String> findingIds = new HashMap<>();
            for (int i = 0; i < r.findings().size(); i++) findingIds.put(r.findings().get(i), "f" + (i + 1));
            List<ArticleMarkup.Run> runs = ArticleMarkup.runs(r, quoteIds, findingIds);
            assertEquals(definition(r, quoteIds, findingIds), unlabelled(runs), "round " + round);
            assertEquals(r.articleText(), String.join("", runs.stream().map(ArticleMarkup.Run::text).toList()));
        }
    }

    @Test
    void aRunCoveredByManyQuotesNamesEachOnce() {
        String text = "In all, 97 prisoners were transferred.";
        List<Provenance> same = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Span s = new Span(8, 10, 1, 9, 1, 10);
            same.add(new Provenance("t" + i, 0, "97", s));
            findings.add(new Finding("core/total-sum", Severity.ERROR, "sum " + i, List.of("t" + i), List.of(new Evidence("t" + i, "97", s)), List.of()));
        }
        ArticleReport r = report(text, same, findings);
        Map<Provenance, String> quoteIds = new HashMap<>();
        for (int i = 0; i < same.size(); i++) quoteIds.put(same.get(i), "q" + (i + 1));
        Map<Finding, String> findingIds = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) findingIds.put(findings.get(i), "f" + (i + 1));
        List<ArticleMarkup.Run> runs = ArticleMarkup.runs(r, quoteIds, findingIds);
        assertEquals(definition(r, quoteIds, findingIds), unlabelled(runs));
        ArticleMarkup.Run marked = runs.get(1);
        assertEquals("97", marked.text());
        assertEquals(50, marked.findings().split(" ").length);
        assertTrue(marked.label().startsWith("quoted by t0, t1, "), marked.label());
        assertTrue(marked.label().endsWith(": 50 findings, worst error"), marked.label());
    }

    private static ArticleReport report(String text, List<Provenance> provenance, List<Finding> findings) {
        return new ArticleReport(new ArticleReport.Tool("claimcheck", "test"), "f.yaml", null, text, List.of(), provenance, findings,
                List.of(), List.of(), null);
    }

    private static ArticleReport randomReport(SplittableRandom random, int quotes) {
        StringBuilder b = new StringBuilder();
        int words = 20 + random.nextInt(200);
        for (int i = 0; i < words; i++) b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8) == 0 ? "\n" : " ");
        String text = b.toString();
        int codePoints = text.codePointCount(0, text.length());
        List<Provenance> provenance = new ArrayList<>();
        for (int i = 0; i < quotes; i++) {
            String fact = "f" + random.nextInt(Math.max(1, quotes / 2));
            if (random.nextInt(10) == 0) {
                provenance.add(new Provenance(fact, i, "not there", null));
                continue;
            }
            // Starts and ends from a few places, so that quotes share them, nest and overlap.
            int s = random.nextInt(Math.min(codePoints, 12)) * (codePoints / 12);
            int e = Math.min(codePoints, s + 1 + random.nextInt(Math.max(1, codePoints / 4)));
            if (random.nextInt(6) == 0 && !provenance.isEmpty() && provenance.get(provenance.size() - 1).span() != null) {
                Span again = provenance.get(provenance.size() - 1).span();  // the same place, quoted again
                provenance.add(new Provenance(random.nextBoolean() ? fact : provenance.get(provenance.size() - 1).factId(), i, "again", again));
                continue;
            }
            provenance.add(new Provenance(fact, i, "q", new Span(s, e, 1, 1, 1, 1)));
        }
        List<Finding> findings = new ArrayList<>();
        int n = random.nextInt(quotes + 1);
        for (int i = 0; i < n; i++) {
            Provenance p = provenance.get(random.nextInt(provenance.size()));
            List<Evidence> evidence = new ArrayList<>();
            evidence.add(new Evidence(p.factId(), p.quote(), p.span()));
            if (random.nextBoolean()) {
                Provenance other = provenance.get(random.nextInt(provenance.size()));
                evidence.add(new Evidence(other.factId(), other.quote(), other.span()));
            }
            String rule = random.nextInt(5) == 0 ? "facts/quote-found" : "core/rule-" + random.nextInt(3);
            Severity severity = Severity.values()[random.nextInt(Severity.values().length)];
            List<String> facts = evidence.stream().map(Evidence::factId).distinct().toList();
            findings.add(new Finding(rule, severity, "m" + random.nextInt(4), facts, evidence, List.of()));
        }
        return report(text, provenance, findings);
    }

    /** The runs as defined: the text cut at every found quote's start and end; each run with the quotes covering all of it. */
    private static List<ArticleMarkup.Run> definition(ArticleReport r, Map<Provenance, String> quoteIds, Map<Finding, String> findingIds) {
        String text = r.articleText();
        List<Provenance> located = r.provenance().stream().filter(Provenance::found).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Provenance p : located) {
            cuts.add(text.offsetByCodePoints(0, p.span().start()));
            cuts.add(text.offsetByCodePoints(0, p.span().end()));
        }
        List<ArticleMarkup.Run> runs = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                List<Provenance> covering = new ArrayList<>();
                List<String> anchors = new ArrayList<>();
                for (Provenance p : located) {
                    int s = text.offsetByCodePoints(0, p.span().start()), e = text.offsetByCodePoints(0, p.span().end());
                    if (s <= from && e >= to) covering.add(p);
                    if (s == from) anchors.add(quoteIds.get(p));
                }
                runs.add(run(r, text.substring(from, to), covering, anchors, quoteIds, findingIds));
            }
            from = to;
        }
        return runs;
    }

    private static ArticleMarkup.Run run(ArticleReport r, String text, List<Provenance> covering, List<String> anchors,
                                         Map<Provenance, String> quoteIds, Map<Finding, String> findingIds) {
        if (covering.isEmpty()) return new ArticleMarkup.Run(text, "", "", "", anchors, "");
        List<String> quotes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(), onClaim = new ArrayList<>();
        for (Provenance p : covering) {
            quotes.add(quoteIds.get(p));
            for (Finding f : r.findings()) {
                boolean rests = f.evidence().stream().anyMatch(e -> e.factId().equals(p.factId()) && p.span().equals(e.span()));
                if (!rests || f.category() != claimcheck.findings.Category.ARTICLE) continue;
                if (!findings.contains(f)) findings.add(f);
                if (f.claim().contains(p.factId()) && !onClaim.contains(f)) onClaim.add(f);
            }
        }
        findings.sort((a, b) -> Integer.compare(r.findings().indexOf(a), r.findings().indexOf(b)));
        onClaim.sort((a, b) -> Integer.compare(r.findings().indexOf(a), r.findings().indexOf(b)));
        Severity worst = onClaim.stream().filter(Finding::active).map(Finding::severity).findFirst().orElse(null);
        String tone = worst != null ? worst.label() : !onClaim.isEmpty() ? "suppressed" : findings.isEmpty() ? "ok" : "context";
        // The label is worded from the same facts and findings: compared apart, by its own test.
        return new ArticleMarkup.Run(text, String.join(" ", quotes), String.join(" ", findings.stream().map(findingIds::get).toList()), tone, anchors, "");
    }

    /** A run as {@link #definition} gives it: all but the label's wording. */
    private static List<ArticleMarkup.Run> unlabelled(List<ArticleMarkup.Run> runs) {
        return runs.stream().map(r -> new ArticleMarkup.Run(r.text(), r.quotes(), r.findings(), r.tone(), r.anchors(), "")).toList();
    }
}
