package claimcheck.report;

import claimcheck.facts.CodePointIndex;
import claimcheck.facts.Provenance;
import claimcheck.facts.Span;
import claimcheck.findings.ArticleReport;
import claimcheck.findings.Evidence;
import claimcheck.findings.Finding;
import claimcheck.findings.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        CodePointIndex index = CodePointIndex.of(text);
        List<Provenance> located = r.provenance().stream().filter(Provenance::found).toList();
        int n = located.size();
        int[] starts = new int[n], ends = new int[n];
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(0);
        cuts.add(text.length());
        Map<Integer, List<String>> anchorsAt = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Provenance p = located.get(i);
            cuts.add(starts[i] = index.charIndex(p.span().start()));
            cuts.add(ends[i] = index.charIndex(p.span().end()));
            anchorsAt.computeIfAbsent(starts[i], k -> new ArrayList<>()).add(quoteIds.get(p));
        }
        // One sweep over the cuts: a quote covers the run [from, to) when it starts at or before from and ends after
        // it (every end is a cut, so it then reaches to). The quotes covering are kept in the report's order.
        Integer[] byStart = order(n, starts), byEnd = order(n, ends);
        TreeSet<Integer> covering = new TreeSet<>();
        Passages passages = new Passages(r);
        List<Run> runs = new ArrayList<>();
        Integer from = null;
        int nextStart = 0, nextEnd = 0;
        for (int to : cuts) {
            if (from != null && to > from) {
                while (nextStart < n && starts[byStart[nextStart]] <= from) {
                    int i = byStart[nextStart++];
                    if (ends[i] > from) covering.add(i);
                }
                while (nextEnd < n && ends[byEnd[nextEnd]] <= from) covering.remove(byEnd[nextEnd++]);
                List<Provenance> quotes = new ArrayList<>(covering.size());
                for (int i : covering) quotes.add(located.get(i));
                runs.add(run(passages, text.substring(from, to), quotes, anchorsAt.getOrDefault(from, List.of()), quoteIds, findingIds));
            }
            from = to;
        }
        return runs;
    }

    /** The indexes {@code 0..n-1} ordered by {@code keys}. */
    private static Integer[] order(int n, int[] keys) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> keys[i]));
        return order;
    }

    /**
     * The report's findings by the passage they cite (a fact's quote at one place), each list in report order, and
     * each finding's place in that order: worked out once, where looking them up per quote went through every
     * finding for every quote.
     */
    private static final class Passages {
        private record Passage(String factId, Span span) {}

        private final Map<Passage, List<Finding>> citing = new HashMap<>();
        private final Map<Finding, Integer> rank = new HashMap<>();

        Passages(ArticleReport r) {
            for (Finding f : r.findings()) {
                rank.putIfAbsent(f, rank.size());
                Set<Passage> cited = new LinkedHashSet<>();
                for (Evidence e : f.evidence()) if (e.span() != null) cited.add(new Passage(e.factId(), e.span()));
                for (Passage p : cited) citing.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
            }
        }

        /** The findings that rest on {@code p}: those citing its fact's passage at the same place. */
        List<Finding> on(Provenance p) {
            return p.span() == null ? List.of() : citing.getOrDefault(new Passage(p.factId(), p.span()), List.of());
        }

        /** Where {@code f} (or the first finding equal to it) comes in the report. */
        int rank(Finding f) { return rank.get(f); }
    }

    private static Run run(Passages passages, String text, List<Provenance> covering, List<String> anchors,
                           Map<Provenance, String> quoteIds, Map<Finding, String> findingIds) {
        if (covering.isEmpty()) return new Run(text, "", "", "", anchors, "");
        List<String> quotes = new ArrayList<>();
        Set<Finding> cited = new LinkedHashSet<>(), citedOnClaim = new LinkedHashSet<>();
        for (Provenance p : covering) {
            quotes.add(quoteIds.get(p));
            for (Finding f : passages.on(p)) {
                if (f.category() != claimcheck.findings.Category.ARTICLE) continue; // a facts-file problem is no claim of the article
                cited.add(f);
                if (f.claim().contains(p.factId())) citedOnClaim.add(f);
            }
        }
        // Report order: most severe first, so the first active finding on the claim sets the tone.
        List<Finding> findings = new ArrayList<>(cited), onClaim = new ArrayList<>(citedOnClaim);
        findings.sort(Comparator.comparingInt(passages::rank));
        onClaim.sort(Comparator.comparingInt(passages::rank));
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
}
