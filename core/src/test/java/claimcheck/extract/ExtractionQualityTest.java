package claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.facts.Change;
import claimcheck.facts.Difference;
import claimcheck.facts.Share;
import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsLoader;
import claimcheck.facts.ItemList;
import claimcheck.facts.Measure;
import claimcheck.facts.Mention;
import claimcheck.facts.Ordinal;
import claimcheck.facts.Quotation;
import claimcheck.facts.Role;
import claimcheck.facts.Span;
import claimcheck.facts.Total;
import claimcheck.facts.Attachment;
import claimcheck.rules.RuleLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures claimcheck extract against the labelled articles of core/src/test/resources/extract and writes
 * docs/extraction.md. Fails when the doc is stale (regenerate: -Dextraction.update=true) or when the
 * tuning articles miss a target; the held-out and gallery articles are reported, never asserted.
 */
class ExtractionQualityTest {
    private static final Path SET = Path.of("core/src/test/resources/extract");
    private static final Path DOC = Path.of("docs/extraction.md");
    /** The genre gallery: hand-written facts files of other kinds of story; its misses were read for issue 13 (docs/extraction.md). */
    private static final Path GALLERY = Path.of("facts/examples");
    static final List<String> KINDS = List.of("quantity", "percentage", "ordinal", "date", "total", "title", "quotation", "list", "attachment",
            "share", "difference", "source");
    private static final Map<String, Double> RECALL = Map.of("quantity", 0.9, "percentage", 0.9, "ordinal", 0.9, "date", 0.9,
            "total", 0.7, "title", 0.7, "attachment", 0.7);
    private static final Map<String, Double> PRECISION = Map.of("quantity", 0.8, "percentage", 0.8, "ordinal", 0.8, "date", 0.8,
            "total", 0.7, "title", 0.7, "attachment", 0.7);

    /** A labelled or proposed claim: its kind and the chars of the text its quote covers. */
    record Label(String kind, String factId, int start, int end) {
        boolean overlaps(Label o) { return kind.equals(o.kind) && start < o.end && o.start < end; }
    }

    /** Counts per kind: true positives, false positives, false negatives. */
    static final class Score {
        final Map<String, int[]> counts = new LinkedHashMap<>();

        Score() { for (String k : KINDS) counts.put(k, new int[3]); }

        void add(Score o) { o.counts.forEach((k, v) -> { int[] c = counts.get(k); for (int i = 0; i < 3; i++) c[i] += v[i]; }); }

        double precision(String k) { int[] c = counts.get(k); return c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]); }

        double recall(String k) { int[] c = counts.get(k); return c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]); }
    }

    @Test
    void draftsMeetTheTargetsAndTheDocIsCurrent(@TempDir Path tmp) throws IOException {
        Extractor extractor = new Extractor();
        // The gallery's facts use kinds the shipped rules declare; the draft loads with the same loader verify uses.
        FactsLoader loader = new FactsLoader(new RuleLoader().load(List.of(Path.of("rules"))).kinds());
        Map<String, Score> bySplit = new LinkedHashMap<>();
        Map<String, Score> byArticle = new LinkedHashMap<>();
        for (String split : List.of("tuning", "held-out", "gallery")) {
            Score total = new Score();
            for (Article a : articles(split)) {
                FactsFile reference = loader.load(a.facts(), a.facts().toString());
                // The draft is written next to a copy of the text and loaded as verify would: it must load without edits.
                Path work = Files.createDirectories(tmp.resolve(split).resolve(a.name()));
                Files.writeString(work.resolve("article.txt"), reference.text().text(), StandardCharsets.UTF_8);
                Draft draft = extractor.extract(reference.text().text(), reference.article().published(), reference.article().id(),
                        reference.article().title(), "article.txt");
                Files.writeString(work.resolve("draft.yaml"), DraftWriter.yaml(draft, "article.txt"), StandardCharsets.UTF_8);
                FactsFile proposed = loader.load(work.resolve("draft.yaml"), "draft.yaml");
                List<Label> ref = labels(reference), got = labels(proposed);
                Score s = score(ref, got);
                if (Boolean.getBoolean("extraction.details")) details(split + "/" + a.name(), reference.text().text(), ref, got);
                byArticle.put(split + "/" + a.name(), s);
                total.add(s);
            }
            bySplit.put(split, total);
        }
        Score all = new Score();
        bySplit.values().forEach(all::add);
        String doc = render(bySplit, all, byArticle);
        if (Boolean.getBoolean("extraction.update")) Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        assertEquals(Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "", doc,
                DOC + " is stale (regenerate with -Dextraction.update=true)");
        Score tuning = bySplit.get("tuning");
        List<String> missed = new ArrayList<>();
        for (String k : RECALL.keySet()) {
            if (tuning.recall(k) < RECALL.get(k)) missed.add(k + " recall " + fmt(tuning.recall(k)));
            if (tuning.precision(k) < PRECISION.get(k)) missed.add(k + " precision " + fmt(tuning.precision(k)));
        }
        assertTrue(missed.isEmpty(), "targets missed on the tuning articles: " + missed);
    }

    /** A labelled article: its name and its reference facts file (which names the text). */
    record Article(String name, Path facts) {}

    private static List<Article> articles(String split) throws IOException {
        if (split.equals("gallery")) {
            try (Stream<Path> s = Files.list(GALLERY)) {
                return s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".expected.yaml")).sorted()
                        .map(p -> new Article(p.getFileName().toString().replace(".yaml", ""), p)).toList();
            }
        }
        try (Stream<Path> s = Files.list(SET.resolve(split))) {
            return s.filter(Files::isDirectory).sorted().map(d -> new Article(d.getFileName().toString(), d.resolve("reference.yaml"))).toList();
        }
    }

    /** With -Dextraction.details=true: what each article's draft missed and added, to read while working on patterns. */
    private static void details(String article, String text, List<Label> reference, List<Label> proposed) {
        List<Label> left = new ArrayList<>(proposed);
        StringBuilder b = new StringBuilder("== " + article + "\n");
        for (Label r : reference) {
            Label hit = left.stream().filter(r::overlaps).findFirst().orElse(null);
            if (hit != null) left.remove(hit);
            else b.append("  missed ").append(r.kind()).append(' ').append(r.factId()).append(": ").append(text, r.start(), r.end()).append('\n');
        }
        for (Label p : left) b.append("  extra  ").append(p.kind()).append(' ').append(p.factId()).append(": ").append(text, p.start(), p.end()).append('\n');
        System.out.print(b);
    }

    /** The claims a facts file records, by the kinds of docs/extraction.md. */
    static List<Label> labels(FactsFile file) {
        List<Label> out = new ArrayList<>();
        for (Fact f : file.facts()) {
            Span span = file.text().locate(f.quotes().get(0));
            if (span == null) throw new AssertionError(file.name() + ": quote of " + f.id() + " not found");
            List<String> kinds = new ArrayList<>();
            boolean percent = f.quotes().get(0).matches("(?s).*(%|percent|per cent).*");
            if (f instanceof Measure m) kinds.add(percent ? "percentage" : "quantity");
            else if (f instanceof Change) kinds.add("percentage");
            else if (f instanceof Share) {
                kinds.add("share");
                if (percent) kinds.add("percentage");
            } else if (f instanceof Difference) {
                kinds.add("difference");
                kinds.add("quantity");
            }
            else if (f instanceof Mention m && m.value() != null) kinds.add("quantity");
            else if (f instanceof Event e) {
                if (e.date() != null) kinds.add("date");
                if (e.count() != null) kinds.add("quantity");
            } else if (f instanceof Total) kinds.add("total");
            else if (f instanceof Ordinal) kinds.add("ordinal");
            else if (f instanceof Role) kinds.add("title");
            else if (f instanceof Quotation) kinds.add("quotation");
            else if (f instanceof ItemList) kinds.add("list");
            else if (f instanceof Attachment) kinds.add("attachment");
            if (source(f) != null) kinds.add("source");
            for (String k : kinds) out.add(new Label(k, f.id(), span.start(), span.end()));
        }
        return out;
    }

    /** The fact's {@code source} (who gives the figure), for the kinds that have one. */
    private static String source(Fact f) {
        if (f instanceof Measure m) return m.source();
        if (f instanceof Total t) return t.source();
        if (f instanceof Share s) return s.source();
        if (f instanceof Difference d) return d.source();
        if (f instanceof Change c) return c.source();
        if (f instanceof Event e) return e.source();
        if (f instanceof Mention m) return m.source();
        return null;
    }

    /** One-to-one: each reference claim takes the first unmatched proposal of its kind that overlaps it. */
    static Score score(List<Label> reference, List<Label> proposed) {
        Score s = new Score();
        List<Label> left = new ArrayList<>(proposed);
        for (Label r : reference) {
            Label hit = left.stream().filter(r::overlaps).findFirst().orElse(null);
            if (hit != null) {
                left.remove(hit);
                s.counts.get(r.kind())[0]++;
            } else {
                s.counts.get(r.kind())[2]++;
            }
        }
        for (Label p : left) s.counts.get(p.kind())[1]++;
        return s;
    }

    private static String render(Map<String, Score> bySplit, Score all, Map<String, Score> byArticle) {
        StringBuilder b = new StringBuilder();
        b.append("# How well claimcheck extract drafts facts\n\n");
        b.append("Written by `ExtractionQualityTest` (`mvn -B test -Dtest=ExtractionQualityTest -Dextraction.update=true`); the test fails\n");
        b.append("when this page no longer matches what the extractor does, and when the tuning articles miss a target.\n\n");
        b.append("## What is measured\n\n");
        b.append("Twelve short articles, each with a hand-made reference facts file, in three sets:\n\n");
        b.append("- `tuning` (`core/src/test/resources/extract/tuning/`: the sample article, a football match, a city budget): what the\n");
        b.append("  patterns were written against. The targets are asserted on this set.\n");
        b.append("- `held-out` (`core/src/test/resources/extract/held-out/`: an election, a storm's casualties, a company's quarter): written\n");
        b.append("  and labelled before the extractor first ran on it. Its misses on the first version of this page (dates recall 0.73,\n");
        b.append("  totals 0.00, titles 0.50) were then read and the patterns generalised (a weekday after \"by\", a month after\n");
        b.append("  \"and\", a toll that \"now stands at\", an office named with its field, a verb after its count), so it is\n");
        b.append("  no longer strictly held out: read its figures as a second tuning set.\n");
        b.append("- `gallery` (`facts/examples/`, the genre gallery: a vote, a season, a budget, a company's quarter, an earthquake,\n");
        b.append("  an election): not used to write patterns at first. First measured after the changes above, it gave quantity\n");
        b.append("  P 0.72 R 0.97, percentage P 0.88 R 0.88, date P 0.50, total R 0.13, share R 0.33, difference R 0.50, source P 0.39\n");
        b.append("  R 0.78; the lead-event rules were then tightened (a verb governs a count only when at most two words apart; a\n");
        b.append("  total's figure or a sum of money is no event's count). For issue 13 its misses were then read (with\n");
        b.append("  `-Dextraction.details=true`), so it is no longer unseen either. Before that work it gave quantity P 0.73 R 0.94,\n");
        b.append("  percentage P 0.88 R 0.88, ordinal P 0.00, date P 0.75, total R 0.38, title P 0.00, list R 0.00, share R 0.33,\n");
        b.append("  difference R 0.50; after it, quantity P 0.80 R 0.97, total R 0.88, difference R 1.00, the rest unchanged (the\n");
        b.append("  table below). What was generalised: a figure whose parts come in the sentences after it, to the end of the next\n");
        b.append("  paragraph, is a total over them when they add up to it (counts, or the first or second figures of results), or\n");
        b.append("  for the first sum of money of a paragraph when sums of money after it come within a quarter of it (an article's\n");
        b.append("  sum may be wrong: verify finds that); a result's second figure may be named by its side (\"votes to Brennan's\n");
        b.append("  23,104\"); a margin with no result before it is the difference of the last two figures before it in its\n");
        b.append("  sentence; a list may follow \"are\" or \"were\"; a run of periods (\"a third straight year\") is a count, a run of\n");
        b.append("  events (\"fifth straight win\") stays an ordinal; a change takes the figures it went from and to. Left as they are:\n");
        b.append("  the held-out set labels \"the fourth quarter\" an ordinal and \"said on Thursday\" a dated event, and those labels\n");
        b.append("  are followed, so the gallery's \"second quarter\", \"second half\" and \"said on Monday\", which it does not label,\n");
        b.append("  count against it; its three titles are right but unlabelled; \"a winning percentage of .707\" is not proposed\n");
        b.append("  (verify reads \".707\" as 707, so the draft would fail its own quote check); a share of \"the vote\" has no figure\n");
        b.append("  for its whole to point at; a total whose parts come before it (\"112 of the 120 members were present\") is not\n");
        b.append("  found. Its references were written for verify's rules, not for extraction: they leave out titles, most dates\n");
        b.append("  and figures no rule needs (the headline's), so its precision is a lower bound.\n\n");
        b.append("Every draft is written and loaded with the loader verify uses (with the rules' declared kinds): all of them load\n");
        b.append("without edits, or this test fails.\n\n");
        b.append("Each fact of the reference and of the draft counts as claims of these kinds: `measure` is a quantity (a percentage\n");
        b.append("when its quote has `%` or `percent`), `change` a percentage, `mention` with a `value` a quantity, `event` a date when it has a\n");
        b.append("`date` and a quantity when it has a `count` (both, when both), `total` a total, `ordinal` an ordinal, `role` a title,\n");
        b.append("`quote` a quotation, `list` a list, `attachment` an attachment, `share` a share (and a percentage when its quote\n");
        b.append("has one), `difference` a difference and a quantity. Any fact with a `source` also counts as a source. Other facts\n");
        b.append("are not counted. Only the gallery's earthquake story records sources, so the source row of the other sets shows\n");
        b.append("what extract proposes, not how right it is.\n\n");
        b.append("**Matching**: a proposed claim matches a reference claim of the same kind whose quote's span (where the quote is found\n");
        b.append("in the article) overlaps its own; each reference claim takes at most one proposal, the first in text order. Precision is\n");
        b.append("matched proposals over all proposals of the kind, recall matched reference claims over all reference claims of the kind\n");
        b.append("(1.00 when there are none). Field values (a count, a resolved date) are not compared: the editor checks those.\n\n");
        b.append("Targets: recall ≥ 0.9 and precision ≥ 0.8 for quantities, percentages, ordinals and dates; ≥ 0.7 for totals,\n");
        b.append("titles and attachments. Quotations, lists, shares, differences and sources are reported without a target.\n\n");
        b.append("## Which targets are met\n\n");
        for (Map.Entry<String, Score> e : bySplit.entrySet()) {
            List<String> met = new ArrayList<>(), missed = new ArrayList<>();
            for (String k : KINDS) {
                if (!RECALL.containsKey(k)) continue;
                boolean ok = e.getValue().precision(k) >= PRECISION.get(k) && e.getValue().recall(k) >= RECALL.get(k);
                (ok ? met : missed).add(k);
            }
            b.append("- ").append(e.getKey()).append(": met for ").append(met.isEmpty() ? "none" : String.join(", ", met))
                    .append("; missed for ").append(missed.isEmpty() ? "none" : String.join(", ", missed)).append(".\n");
        }
        b.append("\n");
        for (Map.Entry<String, Score> e : bySplit.entrySet()) table(b, e.getKey() + " articles", e.getValue(), true);
        table(b, "all articles", all, false);
        b.append("## Per article\n\n| article | matched | missed | extra |\n|---|---|---|---|\n");
        for (Map.Entry<String, Score> e : byArticle.entrySet()) {
            int tp = 0, fp = 0, fn = 0;
            for (int[] c : e.getValue().counts.values()) { tp += c[0]; fp += c[1]; fn += c[2]; }
            b.append("| ").append(e.getKey()).append(" | ").append(tp).append(" | ").append(fn).append(" | ").append(fp).append(" |\n");
        }
        return b.toString();
    }

    private static void table(StringBuilder b, String title, Score s, boolean marks) {
        b.append("## ").append(title).append("\n\n| kind | reference | proposed | matched | precision | recall | target |\n|---|---|---|---|---|---|---|\n");
        for (String k : KINDS) {
            int[] c = s.counts.get(k);
            String target = RECALL.containsKey(k) ? "P ≥ " + fmt(PRECISION.get(k)) + ", R ≥ " + fmt(RECALL.get(k))
                    + (s.precision(k) >= PRECISION.get(k) && s.recall(k) >= RECALL.get(k) ? " (met)" : " (missed)") : "none";
            b.append("| ").append(k).append(" | ").append(c[0] + c[2]).append(" | ").append(c[0] + c[1]).append(" | ").append(c[0])
                    .append(" | ").append(fmt(s.precision(k))).append(" | ").append(fmt(s.recall(k))).append(" | ").append(target).append(" |\n");
        }
        b.append('\n');
    }

    private static String fmt(double d) { return String.format(Locale.ROOT, "%.2f", d); }
}
