package claimcheck.report;

import claimcheck.facts.Provenance;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The article text cut into runs for highlighting. Quotes may overlap ("President Claudia Sheinbaum"
 * inside "President Claudia Sheinbaum's administration"), so the text is cut at every quote's start
 * and end: each run is covered by the same quotes throughout, and is coloured by the worst active
 * finding on any of them.
 */
final class ArticleMarkup {
    private ArticleMarkup() {}

    /**
     * One run of text. {@code quotes} and {@code findings} are space-separated element ids (empty for
     * plain text); {@code anchors} are the quotes that start here; {@code tone} is error, warning,
     * info, suppressed (only suppressed findings), context (evidence for findings on other claims), ok
     * (quoted, no finding) or empty for plain text.
     */
    record Run(String text, String quotes, String findings, String tone, List<String> anchors, String label) {
        public boolean marked() { return !quotes.isEmpty(); }
    }

    /**
     * @param quoteIds   an element id for each provenance of the report, in its order
     * @param findingIds an element id for each finding of the report
     */
    static List<Run> runs(ArticleReport r, Map<Provenance, String> quoteIds, Map<Finding, String> findingIds) {
        String text = r.articleText();
        List<Provenance> located = r.provenance().stream().filter(Provenance::found).toList();
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        for (Provenance p : located) {
            cuts.add(charIndex(text, p.span().start()));
            cuts.add(charIndex(text, p.span().end()));
        }
        List<Run> runs = new ArrayList<>();
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                List<Provenance> covering = new ArrayList<>();
                List<String> anchors = new ArrayList<>();
                for (Provenance p : located) {
                    int s = charIndex(text, p.span().start()), e = charIndex(text, p.span().end());
                    if (s <= from && e >= to) covering.add(p);
                    if (s == from) anchors.add(quoteIds.get(p));
                }
                runs.add(run(r, text.substring(from, to), covering, anchors, quoteIds, findingIds));
            }
            from = to;
        }
        return runs;
    }

    private static Run run(ArticleReport r, String text, List<Provenance> covering, List<String> anchors,
                           Map<Provenance, String> quoteIds, Map<Finding, String> findingIds) {
        if (covering.isEmpty()) return new Run(text, "", "", "", anchors, "");
        List<String> quotes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Finding> onClaim = new ArrayList<>();
        for (Provenance p : covering) {
            quotes.add(quoteIds.get(p));
            for (Finding f : r.findingsOn(p)) {
                if (f.category() != claimcheck.findings.Category.ARTICLE) continue; // a facts-file problem is no claim of the article
                if (!findings.contains(f)) findings.add(f);
                if (f.claim().contains(p.factId()) && !onClaim.contains(f)) onClaim.add(f);
            }
        }
        // Report order: most severe first, so the first active finding on the claim sets the tone.
        findings.sort((a, b) -> Integer.compare(r.findings().indexOf(a), r.findings().indexOf(b)));
        onClaim.sort((a, b) -> Integer.compare(r.findings().indexOf(a), r.findings().indexOf(b)));
        Severity worst = onClaim.stream().filter(Finding::active).map(Finding::severity).findFirst().orElse(null);
        String tone = worst != null ? worst.label() : !onClaim.isEmpty() ? "suppressed" : findings.isEmpty() ? "ok" : "context";
        List<String> ids = findings.stream().map(findingIds::get).toList();
        List<String> facts = covering.stream().map(Provenance::factId).distinct().toList();
        String label = "quoted by " + String.join(", ", facts) + ": "
                + (findings.isEmpty() ? "no finding"
                : onClaim.isEmpty() ? "evidence for " + findings.size() + (findings.size() == 1 ? " finding" : " findings") + " on other claims"
                : onClaim.size() + (onClaim.size() == 1 ? " finding" : " findings") + (worst == null ? ", suppressed" : ", worst " + worst.label())
                + (findings.size() > onClaim.size() ? "; evidence for " + (findings.size() - onClaim.size()) + " more" : ""));
        return new Run(text, String.join(" ", quotes), String.join(" ", ids), tone, anchors, label);
    }

    /** The char index of a code point offset (spans count code points). */
    static int charIndex(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }
}
