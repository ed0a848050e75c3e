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
import claimcheck.facts.TextRoot;
import claimcheck.facts.Total;
import claimcheck.input.InputLimits;
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
 * tuning articles miss a target; the held-out, gallery and unseen articles are reported, never asserted.
 */
class ExtractionQualityTest {
    private static final Path SET = Path.of("core/src/test/resources/extract");
    private static final Path DOC = Path.of("docs/extraction.md");
    /**
     * The genre gallery's articles: their references are core/src/test/resources/extract/gallery/*.yaml, labelled for
     * extraction; the texts stay in facts/examples, read through a text root (verify's facts files there are not references).
     */
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
        // References load with it too (reading the gallery's texts from facts/examples): a reference verify refuses fails here.
        FactsLoader loader = new FactsLoader(new RuleLoader().load(List.of(Path.of("rules"))).kinds(), InputLimits.DEFAULT,
                TextRoot.of(GALLERY, "gallery"));
        Map<String, Score> bySplit = new LinkedHashMap<>();
        Map<String, Score> byArticle = new LinkedHashMap<>();
        for (String split : SPLITS) {
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

    /** The sets, in the doc's order. */
    static final List<String> SPLITS = List.of("tuning", "held-out", "gallery", "unseen", "conditions");

    /** A labelled article: its name and its reference facts file (which names the text). */
    record Article(String name, Path facts) {}

    private static List<Article> articles(String split) throws IOException {
        if (split.equals("gallery")) {
            try (Stream<Path> s = Files.list(SET.resolve(split))) {
                return s.filter(p -> p.toString().endsWith(".yaml")).sorted()
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

    /**
     * The hand-written part of docs/extraction.md: what each set is and what was tuned on what. Figures quoted here are
     * history (before a change); the tables the test writes under it are what the extractor does now.
     */
    private static final String EXPLANATION = """
            ## What is measured

            Nineteen short articles, each with a hand-made reference facts file, in five sets:

            - `tuning` (`core/src/test/resources/extract/tuning/`: the sample article, a football match, a city budget): what the
              patterns were written against. The targets are asserted on this set.
            - `held-out` (`core/src/test/resources/extract/held-out/`: an election, a storm's casualties, a company's quarter): written
              and labelled before the extractor first ran on it. Its misses on the first version of this page (dates recall 0.73,
              totals 0.00, titles 0.50) were then read and the patterns generalised (a weekday after "by", a month after
              "and", a toll that "now stands at", an office named with its field, a verb after its count), so it is
              no longer strictly held out: read its figures as a second tuning set.
            - `gallery` (`core/src/test/resources/extract/gallery/`: references for the six articles of the genre gallery,
              `facts/examples/*.txt`: a vote, a season, a budget, a company's quarter, an earthquake, an election; the texts are
              read from there). Until issue 13's second pass the gallery was measured against verify's facts files
              beside the texts, written for rules: they leave out titles, most dates, ordinals and figures no rule needs. Against
              those it was first measured after the held-out work above (quantity P 0.72 R 0.97, percentage P 0.88 R 0.88, date
              P 0.50, total R 0.13, share R 0.33, difference R 0.50, source P 0.39 R 0.78); the lead-event rules were then
              tightened (a verb governs a count only when at most two words apart; a total's figure or a sum of money is no
              event's count), and in issue 13's first pass its misses were read and the extractor generalised: a figure
              whose parts come in the sentences after it, to the end of the next paragraph, is a total over them when they
              add up to it (or, for the first sum of money of a paragraph, come within a quarter of it); a result's second
              figure may be named by its side ("votes to Brennan's 23,104"); a margin with no result before it is the
              difference of the last two figures before it in its sentence; a list may follow "are" or "were"; a run of
              periods ("a third straight year") is a count; a change takes the figures it went from and to. After that it
              gave, against the facts files, quantity P 0.80 R 0.97, percentage P 0.88 R 0.88, ordinal P 0.00, date P 0.75,
              total R 0.88, title P 0.00, list R 0.00, share R 0.33, difference R 1.00. With its own references, labelled by reading the texts and measured before any further change
              to the extractor, it gave quantity P 0.90 R 1.00, percentage P 1.00 R 0.89, ordinal P 1.00 R 1.00, date P 1.00
              R 0.80, total P 1.00 R 0.88, title P 1.00 R 0.50, list R 0.00, share R 0.29, difference R 0.67, source P 0.78
              R 0.93: most of the earlier misses were labels missing from the facts files, not extraction errors. Its misses
              were then read (`-Dextraction.details=true`) and the extractor generalised, in the pattern files where it could
              be: a span back from publication is a date ("nine years ago", date.yaml `ago`); an office in lower case is a
              title, before a name ("Incumbent state senator Lena Alvarez", "Chief executive Hanna Berg") or after one with up
              to two words of its field ("Brennan, a former school board president"; title.yaml); a count out of a larger one
              ("112 of the chamber's 120 members were present", total.yaml `subset`) is a total over the counts before it, in
              its sentence and the one before, when they come within 5% of it (the article's sum may be wrong: verify finds
              that); a share names its whole by a word its figure may not repeat ("of the vote": the ballots cast, given
              after it; percentage.yaml `wholes`), and a rate ("a turnout of 62%") is a share of the larger of the two counts
              before it; a change given with both its figures ("rose to $298 million from $260 million") takes them in
              instead of leaving them as measures too; a margin in points ("Her 4.2-point margin", quantity.yaml
              `point-margins`) is the difference of the last two percentages before it. After that (the table below) it gives
              quantity P 1.00 R 1.00, percentage P 1.00 R 0.89, date P 1.00 R 1.00, total R 1.00, title P 1.00 R 1.00, share
              R 0.71, difference R 1.00, the tuning and held-out figures unchanged. Left: "a winning percentage of .707", the one percentage missed, is a proportion
              of one: verify now reads ".707" as 0.707 (a proportion that may stand for 70.7%), but as a share its
              whole ("games") is one the words do not name; "more than half of the chamber's seats" is a share
              written without a number; "rural broadband and the long-delayed repairs" is a list of two noun phrases after "were" that the list
              patterns do not read.
            - `unseen` (`core/src/test/resources/extract/unseen/`: a hospital's waiting times, a football transfer, a wildfire):
              written and labelled after the gallery's references, before the extractor was first run on them, and never used to
              change a pattern. First measured (the same run as the gallery's figures above, before any further
              change to the extractor): quantity P 0.92 R 0.96, percentage P 0.89 R 1.00, ordinal P 1.00 R 1.00, date P 0.97 R 0.97,
              total P 0.67 R 0.67, title P 0.80 R 0.31, quotation R 0.50, list R 0.00, attachment R 0.00, share P 0.00 R 0.00,
              source P 0.40 R 0.89. The gallery work above changed its figures too (the table below is after it): quantity
              P 0.96 R 0.96, date P 1.00 R 0.97, title P 0.83 R 0.77, the rest as first measured. The date rule was
              made coherent after the first run, and two of its labels changed with it: as first written it called "this year"
              no date while this set labelled "last month" one; now a calendar month or year counted from publication is a
              date, so "so far this year" (proposed in the first run and counted against it then: date P 0.97 with 30
              labels) and "a year ago" (proposed since the `ago` pattern, and a span back from publication as "nine years
              ago" already was) are labelled dates, 32 labels now. Still wrong, and left so that the set stays
              unseen: a false total (the 24 of "The 24-year-old" over "19 goals" and "five players", which happen to add up
              to it, by the rule for parts after a figure); a title after the office and a comma ("the
              state's insurance commissioner, Karen Bell"), "a five-year contract" and "The 24-year-old" (a number joined to
              its unit), lists after "among them" and in a sentence's subject, two of four
              quotations, a total that "now stands at" with no parts, and "or 67 percent" as a share.
            - `conditions` (`core/src/test/resources/extract/conditions/`: an extradition with bail and a plea deal, a state loan
              to a steel mill, a company takeover, and a ceasefire added later): written for issue 13's attachments, which had
              two labels in the other sets, and labelled before the extractor first ran on it. The first three's 18 conditions are worded in different ways ("assurances
              ... that", "conditional on", "provided that", "on (the) condition that", "subject to", "in exchange for", "as long
              as", "unless", "only if", "if"), some in the sentence after their event, beside ordinary that-clauses ("said that
              ...") that are none. First measured, before any change to the extractor: quantity P 0.94 R 1.00, percentage
              P 1.00 R 1.00, ordinal P 1.00 R 1.00, date P 1.00 R 1.00, title P 1.00 R 0.67, quotation P 1.00 R 1.00,
              attachment R 0.00 (none proposed), source P 0.71 R 1.00. Over all articles attachments were then P 1.00 R 0.05.
              The misses were read and attachments generalised, the cue words as data (attachment.yaml), the linking in
              the extractor: a condition is found by its cue words only, so an ordinary that-clause is none ("assurances
              ... that" needs the noun and a verb of giving or getting; "subject to" an approval or a term, not "subject to
              tariffs"; "as long as" no length of time; a bare "if" only after what someone will or agreed to do, and
              less sure); and it is attached to the event of its own sentence before it, else, when it opens its sentence,
              to the clause after it, else, after "The deal is" or "It is", to what the subject names (an earlier event of
              its type, or one made at the subject; "It": the sentence before's), else to what the verb just before it says
              (an event made there, with no date or count, for the editor to link), else to the lead event or the
              article's first. Events inside a condition ("until 2031", "June 30, 2027") are never what it is attached to.
              Before the change the extractor proposed a condition only when the article had a lead event, and attached
              it there. After it (the table below) this set gives attachment P 1.00 R 1.00, the other kinds as first
              measured; the `unseen` set's condition ("on condition that the federal government matches it", attached
              now to "spend $15 million on relief") is found by the same general change, nothing tuned on it, and no
              other set's figures moved. The ceasefire (`kadera-truce-2026-07`, six conditions: "in return for", "subject to
              review", "as long as" inside a quotation, "provided that", ", which is conditional on", "unless") was then
              written and labelled, as a check on text the change was not written against, and first measured before any
              further change: attachment P 1.00 R 1.00 (6 of 6), quantity P 1.00 R 1.00, ordinal P 1.00 R 1.00, date P 0.89
              R 0.89, title P 1.00 R 0.50, quotation P 1.00 R 1.00, source P 1.00 R 1.00. Its drafts' event links were then
              read, and two were wrong: a condition after "signed in Geneva on Monday, Velmont will withdraw its troops ..."
              went to the signing (now a verb after a comma past a dated event starts the clause the condition belongs to),
              and one after "an offer of $2.5 billion ..., which is conditional on" went to the lead event (now ", which is"
              refers to the noun phrase before it); a closing quotation mark now ends a condition. The figures did not move
              (the links are not scored). Still missed in this set: titles written as an occupation ("Defence lawyer Tomás
              Ibarra", "Union leader Frank Miller", "the founder of ..."), "Velmont's president, Jonas Brecht", and "before the
              end of August" as a date.

            Every reference and every draft is loaded with the loader verify uses (with the rules' declared kinds; the
            gallery's texts through a text root, as `verify --text-root facts/examples` reads them): a reference verify
            refuses, or a draft that does not load without edits, fails this test.

            ## How the references are labelled

            One rule for every set (the tuning and held-out references were brought in line where they differed: sources were
            added to five of their facts).

            - Every figure the text states, in digits or words, the headline's too; a figure written once is one claim (a
              total is not labelled again as a quantity; a repeat of a figure is a `mention`).
            - A percentage or fraction of a whole the text gives a figure for, before or after it, is a `share` ("48.3% of
              the vote" when the ballots cast are given, "more than half of the chamber's seats"); without such a figure it
              is a `measure` ("54.2% of the vote" with no vote count, "15% of any future transfer fee"). A `difference` is
              labelled when the text gives figures for both sides; otherwise its figure is a quantity ("12 points behind
              the champions").
            - A change that states the figures it went from and to is one claim ("Net profit rose to $298 million from $260
              million, a 14.6% increase"); a change that states only where it went has that figure as a quantity of its own
              ("fell 3 percent to $310 million").
            - A total is a figure stated as the sum of parts the text gives, before or after it, or named a total ("in
              total", "now stands at", "brings the total ... to").
            - Dates: every day, weekday, month or year the text states, absolute or relative ("last August", "nine years
              ago", "since 2019"), each at its own words, the day a statement was made too ("said on Monday", "said on
              Thursday"). A numbered period ("the second quarter", "the second half of the year") is an ordinal, and also a
              date only when the text gives its year ("the fourth quarter of 2025"). A calendar month or year counted from
              publication is a date ("last month", "so far this year", "a year ago"); a period that is no calendar unit
              ("last season", "the coming fiscal year"), one counted from another time ("a year earlier") and a time of day
              are not.
            - Titles: an office, job or position next to a person's name, current or former ("Chief executive Hanna Berg",
              "defender Jonas Keller", "Brennan, a former school board president"); "challenger" is no title.
            - Attachments: a condition a thing is done on, from its cue words to the end of its clause ("on condition that
              ...", "provided that ...", "subject to approval by ...", "conditional on ...", "in exchange for ...", "as long
              as ...", "unless ...", "only if ...", "if ..." after an undertaking), or an assurance given or obtained ("gave
              written assurances that ..."), each attached to the event it conditions; that event is labelled too, and
              counts as a date or quantity only when it has a date or count.
            - Quotations: words in quotation marks, with their speaker; reported speech is not one. Lists: items named
              together as the members of something. Sources: who gives a figure, when its sentence names them ("the ministry
              said", "according to", "put the toll at"), on each figure they give.

            ## How claims are counted

            Each fact of the reference and of the draft counts as claims of these kinds: `measure` is a quantity (a percentage
            when its quote has `%` or `percent`), `change` a percentage, `mention` with a `value` a quantity, `event` a date when it has a
            `date` and a quantity when it has a `count` (both, when both), `total` a total, `ordinal` an ordinal, `role` a title,
            `quote` a quotation, `list` a list, `attachment` an attachment, `share` a share (and a percentage when its quote
            has one), `difference` a difference and a quantity. Any fact with a `source` also counts as a source. Other facts
            are not counted.

            **Matching**: a proposed claim matches a reference claim of the same kind whose quote's span (where the quote is found
            in the article) overlaps its own; each reference claim takes at most one proposal, the first in text order. Precision is
            matched proposals over all proposals of the kind, recall matched reference claims over all reference claims of the kind
            (1.00 when there are none). Field values (a count, a resolved date) are not compared: the editor checks those.

            Targets: recall ≥ 0.9 and precision ≥ 0.8 for quantities, percentages, ordinals and dates; ≥ 0.7 for totals,
            titles and attachments. Quotations, lists, shares, differences and sources are reported without a target.

            """;

    private static String render(Map<String, Score> bySplit, Score all, Map<String, Score> byArticle) {
        StringBuilder b = new StringBuilder();
        b.append("# How well claimcheck extract drafts facts\n\n");
        b.append("Written by `ExtractionQualityTest` (`mvn -B test -Dtest=ExtractionQualityTest -Dextraction.update=true`); the test fails\n");
        b.append("when this page no longer matches what the extractor does, and when the tuning articles miss a target.\n\n");
        b.append(EXPLANATION);
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
