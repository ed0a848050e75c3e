package claimcheck.extract;

import static claimcheck.extract.Words.lemma;
import static claimcheck.extract.Words.month;
import static claimcheck.extract.Words.ordinalValue;
import static claimcheck.extract.Words.slug;
import static claimcheck.extract.Words.value;
import static claimcheck.extract.Words.wordsToNumber;

import claimcheck.facts.ArticleText;
import claimcheck.facts.Quantity;
import claimcheck.facts.Span;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the facts of an article: the {@link Recogniser}'s matches, read in their sentences with
 * OpenNLP's tags, become facts of the facts format, linked where the text makes it plain (a total
 * and the events of its sentence or the next; a later figure that repeats the lead event's count;
 * ordinals to the lead event; a condition to the event its sentence names). Each proposal says how sure it is and what it
 * guessed. Deterministic; thread-safe.
 */
public final class Extractor {
    private static final Pattern WINDOW = Pattern.compile("(?i)\\b(?:within|in|over|during)\\s+the\\s+(?:past|last)\\s+(?:(\\w+)\\s+)?(year|month|week|day)s?\\b");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+[^.;,]{3,80}");
    private static final Pattern EVIDENCE = Pattern.compile("(?i)\\bas\\s+(?:evidence|proof|a\\s+sign)\\s+(?:of|for|that)\\s+([^.;,]{3,80}?)(?=[.;,]|$)");
    private static final Pattern METRIC_END = Pattern.compile("[,;]|\\.(?=\\s+\\p{Lu}|\\s*$)|\\s(?i:as|since|compared|from|than|after|while|which|because|over|between|last|this)\\s");
    private static final Pattern THIS = Pattern.compile("(?i)\\b(?:this|the\\s+latest|latest|these)\\b");
    private static final Pattern ACCORDING = Pattern.compile("\\s+(?:to\\s+)?([^.;,\\n]{3,60}?)(?=[.;,\\n]|$)");
    private static final Pattern OF_WHOLE = Pattern.compile("(?i)^\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|all\\s+)?([\\p{L}][\\p{L}’' -]{1,40}?)(?=[,.;]|\\s+(?:and|but|according|in|on|for)\\b|$)");
    /** How far sums of money after a paragraph's first may add up from it and still be proposed as its parts. */
    private static final double LATER_PARTS_SLACK = 0.25;
    /** How far the parts of a count out of a larger one may come from it: the article's sum may be wrong (verify finds it). */
    private static final double EARLIER_PARTS_SLACK = 0.05;
    private static final Pattern QUANTITY = Pattern.compile(Quantity.TEXT_PATTERN);
    /** "to" or "from" just before a figure, and how far (chars) from a change's percentage such a figure may be. */
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\b(to|from)\\s+$");
    private static final int FROM_TO_REACH = 40;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\r]*\\n");
    /** ", which is" just before a condition: it is attached to the noun phrase before the comma. */
    private static final Pattern RELATIVE_COPULA = Pattern.compile(",\\s+(?:which|that)\\s+(?:is|was|are|were|remains|remained)\\s+(?:\\p{L}+ly\\s+|still\\s+|also\\s+)?$");
    private static final Pattern BOUNDARY = Pattern.compile("(?i)[,;:(]|\\s(?:and|but|following|after|before|while)\\s");

    private final Recogniser recogniser;
    private final Nlp nlp;

    public Extractor(Patterns patterns) {
        this.recogniser = new Recogniser(patterns);
        this.nlp = Nlp.english();
    }

    public Extractor() { this(Patterns.shipped()); }

    /** The draft of {@code text}, published on {@code published}. */
    public Draft extract(String text, LocalDate published, String id, String title, String textPath) {
        return new Run(text, published).draft(id, title, textPath);
    }

    /** One article's extraction. */
    private final class Run {
        final String text;
        final ArticleText article;
        final LocalDate published;
        final List<Nlp.Sentence> sentences;
        final List<Proposal> out = new ArrayList<>();
        final Set<String> ids = new HashSet<>();
        final List<int[]> taken = new ArrayList<>();
        /** The scores and results proposed so far, each as its two measures: what a later margin is the difference of. */
        final List<Proposal[]> results = new ArrayList<>();
        Proposal lead;

        Run(String text, LocalDate published) {
            this.text = text;
            this.article = new ArticleText(text);
            this.published = published;
            this.sentences = nlp.analyse(text);
        }

        Draft draft(String id, String title, String textPath) {
            List<Match> claims = recogniser.coverageClaims(text);
            List<Match> totals = recogniser.find("total", text);
            List<Match> titles = recogniser.find("title", text);
            List<Match> quotations = recogniser.find("quotation", text);
            List<Match> lists = recogniser.find("list", text);
            List<Match> attachments = recogniser.find("attachment", text);

            leadEvent(claims, totals);
            List<Proposal> events = new ArrayList<>();
            for (Match m : claims) if (m.kind().equals("date")) events.add(dateEvent(m, claims));
            for (Match m : totals) total(m, events);
            for (Match m : claims) if (m.kind().equals("ordinal")) ordinal(m);
            for (Match m : claims) if (m.kind().equals("quantity") && !isTaken(m.start(), m.end())) quantity(m);
            totalsOverParts();
            totalsOverLaterParts();
            totalsOverEarlierParts();
            for (Match m : claims) if (m.kind().equals("percentage")) percentage(m);
            pointMargins();
            List<Proposal> roles = new ArrayList<>();
            Set<String> people = new HashSet<>();
            for (Match m : titles) {
                Proposal r = role(m, people);
                if (r != null) roles.add(r);
            }
            for (Match m : quotations) quotation(m, roles);
            for (Match m : lists) list(m);
            for (Match m : attachments) attachment(m, attachments);
            sources();

            out.sort(Comparator.comparingInt(Proposal::start).thenComparing(Proposal::id));
            List<String> quotes = new ArrayList<>();
            List<Proposal> facts = new ArrayList<>();
            for (Proposal p : out) {
                String q = quote(p);
                if (q == null) continue;
                facts.add(p);
                quotes.add(q);
            }
            return new Draft(id, title, published, textPath, facts, quotes);
        }

        // --- the lead event: what the first sentence reports, which ordinals usually concern (and conditions whose text names no event)

        /**
         * The lead event: the count the first sentence of the body reports (the headline skipped) and its verb,
         * before the count ("have transferred 37 inmates") or after it ("23 people were killed"); dated by
         * that sentence's date when it has one, else by the publication month.
         * A sum of money, a score or a total's figure is no count of events: no lead then.
         */
        void leadEvent(List<Match> claims, List<Match> totals) {
            Nlp.Sentence first = sentences.stream().filter(x -> x.start() >= headlineEnd()).findFirst().orElse(null);
            if (first == null) return;
            // A figure a total pattern reads ("the death toll ... rose to 214") is the total's, not an event's count.
            Match q = claims.stream().filter(m -> m.kind().equals("quantity") && first.contains(m.start()) && totals.stream().noneMatch(t -> t.overlaps(m)))
                    .findFirst().orElse(null);
            if (q == null || q.group("other") != null || q.group("claim").startsWith("$")) return;
            Match d = claims.stream().filter(m -> m.kind().equals("date") && first.contains(m.start())).findFirst().orElse(null);
            Nlp.Token verb = null;
            for (Nlp.Token t : first.tokens()) {
                if (t.start() >= q.start()) break;
                if (t.is("VERB")) verb = t;
            }
            if (verb == null) {
                for (Nlp.Token t : first.tokens()) {
                    if (t.start() < q.end() || t.start() > q.end() + 40) continue;
                    if (t.is("VERB")) {
                        verb = t;
                        break;
                    }
                }
            }
            if (verb == null) return;
            // The verb governs the count only when close to it: "have transferred 37 inmates", "23 people were
            // killed"; in "finished the season with 58 wins and 24 losses" the figures are parts of something else.
            Nlp.Token v = verb;
            long between = first.tokens().stream().filter(t -> t.start() >= Math.min(v.end(), q.end()) && t.end() <= Math.max(v.start(), q.start())).count();
            if (between > 2) return;
            int start = clauseStart(first, Math.min(verb.start(), q.start()));
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", lemma(verb.text()));
            List<String> doubts = new ArrayList<>();
            if (d != null) {
                f.put("date", resolve(d));
                doubts.add("the article's lead event, as its first sentence reports it; date: \"" + d.group("claim") + "\"");
            } else {
                f.put("date", YearMonth.from(published).toString());
                doubts.add("the article's lead event, as its first sentence reports it; date: the publication month, unless the article says otherwise");
            }
            Phrase np = nounPhrase(q);
            int end = Math.max(np.end(), verb.end());
            f.put("count", value(q.group("value")));
            if (np.unit() != null) f.put("unit", np.unit());
            taken.add(new int[] {q.start(), q.end()});
            lead = add("event", "event-lead", start, end, f, 0.6, "event", doubts);
        }

        /** Where the body starts: after a first line that is a headline (no closing stop, a blank line after it). */
        int headlineEnd() {
            int nl = text.indexOf('\n');
            if (nl < 0) return 0;
            String line = text.substring(0, nl).strip();
            boolean blankAfter = text.substring(nl + 1).matches("(?s)[ \\t\\r]*\\n.*");
            return blankAfter && !line.isEmpty() && ".!?\"”’".indexOf(line.charAt(line.length() - 1)) < 0 ? nl + 1 : 0;
        }

        Proposal dateEvent(Match m, List<Match> claims) {
            Nlp.Sentence s = sentenceOf(m.start());
            String date = resolve(m);
            List<String> doubts = new ArrayList<>();
            String how = m.pattern().settings().getOrDefault("resolve", "absolute");
            if (!how.equals("absolute")) doubts.add("date: \"" + m.group("claim") + "\" read as " + date + ", counting from the publication date " + published);
            int start = m.start();
            String type = "event";
            int from = clauseStart(s, m.start());
            Nlp.Token noun = null;
            int tokens = 0;
            for (Nlp.Token t : s.tokens()) {
                if (t.start() < from || t.start() >= m.start()) continue;
                tokens++;
                if (noun == null && t.is("NOUN")) noun = t;
            }
            if (noun != null && tokens <= 12) {
                type = lemma(noun.text());
                start = phraseStart(s, noun);
            } else {
                doubts.add("type: what happened on this date");
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", type);
            f.put("date", date);
            double confidence = m.pattern().confidence() * (noun == null ? 0.7 : 1.0);
            for (Match q : claims) {
                // A sum of money or a score before a date is no count of what happened on it.
                if (q.kind().equals("quantity") && q.start() >= start && q.end() <= m.start() && q.group("other") == null && !q.group("claim").startsWith("$")) {
                    f.put("count", value(q.group("value")));
                    Phrase np = nounPhrase(q);
                    if (np.unit() != null) f.put("unit", np.unit());
                    taken.add(new int[] {q.start(), q.end()});
                    break;
                }
            }
            if (noun != null) doubts.add("type: \"" + type + "\" is the first noun before the date");
            return add("event", "event-" + date, start, m.end(), f, confidence, "date", doubts);
        }

        void total(Match m, List<Proposal> events) {
            Nlp.Sentence s = sentenceOf(m.start());
            int index = sentences.indexOf(s);
            List<String> components = new ArrayList<>();
            List<String> doubts = new ArrayList<>();
            if (lead != null && THIS.matcher(text.substring(s.start(), m.start() + 1)).find()) components.add(lead.id());
            for (Proposal e : events) {
                int si = sentences.indexOf(sentenceOf(e.start()));
                if ((si == index || si == index + 1) && !components.contains(e.id())) components.add(e.id());
            }
            Map<String, Object> f = new LinkedHashMap<>();
            String unit = m.group("unit") == null ? null : m.group("unit").strip();
            String eventType = null;
            for (Proposal e : out) if (components.contains(e.id()) && e.id().equals("event-lead")) eventType = (String) e.fields().get("type");
            if (eventType == null && unit != null) eventType = lemma(unit.substring(unit.lastIndexOf(' ') + 1));
            if (eventType == null) eventType = "event";
            doubts.add("eventType: the type of the events it counts");
            f.put("eventType", eventType);
            f.put("value", value(m.group("value")));
            if (unit != null && !unit.isEmpty()) f.put("unit", unit);
            if (m.group("window") != null) {
                Map<String, Object> w = new LinkedHashMap<>();
                String label = m.group("window").strip();
                for (Match d : recogniser.find("date", label)) {
                    w.put("from", resolve(d));
                    break;
                }
                if (w.isEmpty()) doubts.add("window: give its start (from) for \"" + label + "\"");
                w.put("label", label);
                f.put("window", w);
            }
            if (!components.isEmpty()) f.put("components", components);
            else doubts.add("components: the events that make up the total");
            Match.Group v = m.at("value");
            taken.add(new int[] {v.start(), v.end()});
            add("total", "total-" + slug(String.valueOf(f.get("value"))), m.start(), m.end(), f, m.pattern().confidence(), "total", doubts);
        }

        void percentage(Match m) {
            Nlp.Sentence s = sentenceOf(m.start());
            String near = text.substring(Math.max(s.start(), m.start() - 30), Math.min(s.end(), m.end() + 30));
            String direction = null;
            Matcher dm = null;
            for (Map.Entry<String, Pattern> d : recogniser.patterns().table("percentage").entrySet()) {
                Matcher x = d.getValue().matcher(near);
                if (x.find()) {
                    direction = d.getKey();
                    dm = x;
                    break;
                }
            }
            int start = m.start();
            int end = m.end();
            if (start > s.start() + 1 && text.startsWith("a ", start - 2)) start -= 2;
            List<String> doubts = new ArrayList<>();
            Map<String, Object> f = new LinkedHashMap<>();
            if (direction != null) {
                int dirEnd = Math.max(s.start(), m.start() - 30) + dm.end();
                String metric = null;
                if (text.startsWith(" in ", dirEnd) || text.startsWith(" of ", dirEnd)) {
                    int mStart = dirEnd + 4;
                    // To the line's end, not the sentence's: the sentence model may end one at "U.S."
                    int lineEnd = text.indexOf('\n', mStart) < 0 ? text.length() : text.indexOf('\n', mStart);
                    Matcher stop = METRIC_END.matcher(text).region(mStart, lineEnd);
                    int mEnd = stop.find() ? stop.start() : lineEnd;
                    metric = text.substring(mStart, mEnd).strip();
                    end = Math.max(end, mEnd);
                }
                if (metric == null || metric.isEmpty() || metric.split(" ").length > 10) {
                    Phrase before = phraseBefore(s, Math.min(m.start(), dirEnd - dm.group().length()));
                    metric = before == null ? "(what changed)" : before.text();
                    if (before != null) start = Math.min(start, before.start());
                    doubts.add("metric: what changed");
                }
                f.put("metric", metric);
                f.put("direction", direction);
                f.put("percent", value(m.group("value")));
                int[] span = fromTo(m, s, f);
                start = Math.min(start, span[0]);
                end = Math.max(end, span[1]);
                Matcher ev = EVIDENCE.matcher(text).region(end, Math.max(end, text.indexOf('\n', end) < 0 ? text.length() : text.indexOf('\n', end)));
                if (ev.lookingAt() || (ev.find() && ev.start() - end < 3)) {
                    f.put("evidenceFor", ev.group(1).strip());
                    end = ev.end(1);
                }
                add("change", "change-" + slug(metric), start, end, f, m.pattern().confidence() * 0.9, "percentage", doubts);
            } else if (share(m, s, start)) {
                return;
            } else {
                Phrase np = nounPhrase(m);
                String subject = np.unit() != null ? np.text() : null;
                if (subject == null) {
                    Phrase before = phraseBefore(s, m.start());
                    subject = before == null ? null : before.text();
                    if (before != null) start = Math.min(start, before.start());
                } else {
                    end = np.end();
                }
                if (subject == null) {
                    subject = "(what the percentage measures)";
                    doubts.add("subject: what the percentage measures");
                }
                f.put("subject", subject);
                f.put("metric", "share");
                f.put("value", m.group("value") + "%");
                add("measure", "share-" + slug(subject), start, end, f, m.pattern().confidence() * 0.8, "percentage", doubts);
            }
        }

        /**
         * The figures a change went from and to, when its sentence gives them next to it: "fell 11% to $412 million",
         * "rose to $298 million from $260 million, a 14.6% increase": the change's {@code from} and {@code to}, so
         * verify can check the percentage against them. A change given with both is one claim, and its figures are no
         * measures of their own then; a figure it only went to ("fell 3 percent to $310 million") stays a measure too
         * (docs/extraction.md, how the references are labelled). Returns the chars the change then covers.
         */
        int[] fromTo(Match m, Nlp.Sentence s, Map<String, Object> f) {
            int start = m.start(), end = m.end();
            List<Proposal> used = new ArrayList<>();
            Set<String> parts = new HashSet<>();
            for (Proposal p : out) if (p.fields().get("components") instanceof List<?> c) c.forEach(x -> parts.add(String.valueOf(x)));
            for (Proposal p : out) {
                if (!p.kind().equals("measure") || !"count".equals(p.fields().get("metric")) || parts.contains(p.id()) || !s.contains(p.start())) continue;
                if (Math.max(p.start() - m.end(), m.start() - p.end()) > FROM_TO_REACH) continue;
                Matcher cue = FROM_TO.matcher(text).region(Math.max(s.start(), p.start() - 10), p.start());
                if (!cue.find()) continue;
                String field = cue.group(1).toLowerCase(Locale.ROOT);
                if (f.containsKey(field)) continue;
                f.put(field, p.fields().get("value"));
                used.add(p);
                start = Math.min(start, p.start());
                end = Math.max(end, p.end());
            }
            if (f.containsKey("from") && f.containsKey("to")) for (Proposal p : used) {
                out.remove(p);
                ids.remove(p.id());
            }
            return new int[] {start, end};
        }

        /**
         * "26 percent of the budget": a share of the figure before it that the words after "of" name (its passage holds
         * their last word), else of the latest total; a second percentage of a sentence that has a share shares its whole.
         */
        boolean share(Match m, Nlp.Sentence s, int start) {
            Matcher of = OF_WHOLE.matcher(text).region(m.end(), s.end());
            Proposal whole = null, part = null;
            Rate rate;
            String label = null;
            if (of.lookingAt()) {
                label = of.group(1).strip();
                String word = lemma(label.substring(label.lastIndexOf(' ') + 1));
                for (Proposal p : out) {
                    if (p.start() >= m.start() || !(p.kind().equals("total") || p.kind().equals("measure"))) continue;
                    if (p.fields().containsKey("percent") || String.valueOf(p.fields().get("value")).endsWith("%")) continue;
                    if (text.substring(p.start(), p.end()).toLowerCase(Locale.ROOT).contains(word) && (whole == null || p.start() > whole.start())) whole = p;
                }
                if (whole == null) whole = wholeWrittenOtherwise(word, m);
                if (whole == null) for (Proposal p : out) if (p.kind().equals("total") && p.start() < m.start() && (whole == null || p.start() > whole.start())) whole = p;
            } else if ((rate = rateOf(m, s)) != null) {
                Rate r = rate;
                whole = r.whole();
                part = r.part();
                label = r.label();
            } else {
                Proposal sibling = null;
                for (Proposal p : out) if (p.kind().equals("share") && s.contains(p.start()) && p.start() < m.start()) sibling = p;
                if (sibling != null) for (Proposal p : out) if (p.id().equals(sibling.fields().get("whole"))) whole = p;
            }
            if (whole == null) return false;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("whole", whole.id());
            if (part != null) f.put("part", part.id());
            f.put("percent", value(m.group("value")));
            if (label != null) f.put("label", label);
            int end = of.lookingAt() ? of.end(1) : m.end();
            Phrase before = label == null ? phraseBefore(s, start) : null;
            if (before != null && m.start() - before.end() < 12) start = before.start();
            String found = part != null ? ", the larger of the two counts before it; part: the smaller" : whole.start() > m.start() ? ", the figure the text gives for it after the share"
                    : ", the nearest before it that the text names";
            add("share", "share-" + slug(label != null ? label : String.valueOf(f.get("percent"))), start, end, f, m.pattern().confidence() * 0.75, "percentage",
                    List.of("whole: the figure this is a share of (" + whole.id() + found + ")"));
            return true;
        }

        /**
         * The figure of a whole that a share names by a word its figure does not repeat: percentage.yaml's {@code wholes}
         * says how ("of the vote": the ballots cast, "52,390 cast a ballot"), before or after the share, the nearest.
         * The words read are those from the figure to the next comma or stop.
         */
        Proposal wholeWrittenOtherwise(String word, Match m) {
            Pattern how = recogniser.patterns().table("percentage/wholes").get(word);
            if (how == null) return null;
            Proposal best = null;
            for (Proposal p : out) {
                if (!(p.kind().equals("total") || p.kind().equals("measure")) || p.fields().containsKey("percent")
                        || String.valueOf(p.fields().get("value")).endsWith("%")) continue;
                int stop = p.end();
                while (stop < text.length() && ",.;:\n".indexOf(text.charAt(stop)) < 0) stop++;
                if (!how.matcher(text.substring(p.start(), stop)).find()) continue;
                if (best == null || Math.abs(p.start() - m.start()) < Math.abs(best.start() - m.start())) best = p;
            }
            return best;
        }

        /**
         * A rate ("a turnout of 62%", percentage.yaml's {@code rate}) after two counts of its sentence, the larger first:
         * "Of the district's 84,500 registered voters, 52,390 cast a ballot, a turnout of 62%" is a share of the first
         * whose part is the second. Null when the sentence does not read so.
         */
        Rate rateOf(Match m, Nlp.Sentence s) {
            Pattern rate = recogniser.patterns().table("percentage/wholes").get("rate");
            Matcher named = rate == null ? null : rate.matcher(text.substring(s.start(), m.start()));
            if (named == null || !named.find()) return null;
            List<Proposal> counts = out.stream().filter(p -> p.kind().equals("measure") && "count".equals(p.fields().get("metric"))
                    && p.start() >= s.start() && p.end() <= m.start()).sorted(Comparator.comparingInt(Proposal::start)).toList();
            if (counts.size() < 2) return null;
            Proposal whole = counts.get(counts.size() - 2), part = counts.get(counts.size() - 1);
            BigDecimal w = amount(whole), p = amount(part);
            String label = named.groupCount() >= 1 && named.group(1) != null ? named.group(1).toLowerCase(Locale.ROOT) : null;
            return w != null && p != null && p.compareTo(w) < 0 ? new Rate(whole, part, label) : null;
        }

        void ordinal(Match m) {
            Nlp.Sentence s = sentenceOf(m.start());
            Phrase np = nounPhrase(m);
            int start = m.start();
            if (start >= 4 && text.regionMatches(true, start - 4, "the ", 0, 4)) start -= 4;
            int end = np.end();
            Map<String, Object> f = new LinkedHashMap<>();
            List<String> doubts = new ArrayList<>();
            f.put("value", ordinalValue(m.group("value")));
            String own = np.text() == null ? null : np.text().replaceFirst("(?i)^such\\s+", "");
            String eventType = lead != null ? (String) lead.fields().get("type") : own != null ? own : "event";
            f.put("eventType", eventType);
            doubts.add("eventType: the type of the events it counts (the article says \"" + (own == null ? m.group("claim") : own) + "\")");
            Matcher w = WINDOW.matcher(text).region(end, s.end());
            if (w.find()) {
                int n = w.group(1) == null ? 1 : (int) wordsToNumber(w.group(1));
                String unit = switch (w.group(2).toLowerCase(Locale.ROOT)) { case "year" -> "Y"; case "month" -> "M"; case "week" -> "W"; default -> "D"; };
                Map<String, Object> window = new LinkedHashMap<>();
                window.put("within", "P" + Math.max(1, n) + unit);
                window.put("label", w.group().strip());
                f.put("window", window);
                end = w.end();
            }
            Proposal event = lead;
            if (event == null) {
                // An ordinal must name an event: the ordinal's own words are the best there is.
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("type", eventType);
                event = add("event", "event-" + slug(eventType), m.start(), np.end(), e, 0.4, "event",
                        List.of("made for the ordinal to count: check what it is"));
            }
            f.put("event", event.id());
            doubts.add("event: the event it describes (the lead event, by default)");
            add("ordinal", "ordinal-" + f.get("value"), start, end, f, m.pattern().confidence() * 0.85, "ordinal", doubts);
        }

        void quantity(Match m) {
            if (m.group("other") != null) {
                score(m);
                return;
            }
            Nlp.Sentence s = sentenceOf(m.start());
            // A run counted by its last member ("a third straight year") counts the words of its own match.
            boolean run = Boolean.parseBoolean(m.pattern().settings().getOrDefault("ordinal", "false"));
            Phrase np = run ? runPhrase(m) : nounPhrase(m);
            Object value = run ? (Object) (long) ordinalValue(m.group("value")) : value(m.group("value"));
            List<String> doubts = new ArrayList<>();
            double confidence = m.pattern().confidence();
            if (np.unit() == null) {
                confidence *= 0.6;
                doubts.add("subject: what the number counts");
            }
            String before = text.substring(Math.max(s.start(), m.start() - 16), m.start()).toLowerCase(Locale.ROOT);
            if (difference(m, np, value, before.replace('$', ' '), confidence)) return;
            boolean repeats = before.replace("$", "").matches("(?s).*\\b(?:these|those|the|all|all of the|all of these|figure of|total of)\\s+$");
            Proposal earlier = repeats ? repeated(value, s) : null;
            if (earlier != null) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("refers", earlier.id());
                f.put("value", value);
                int start = Math.max(s.start(), text.lastIndexOf(' ', m.start() - 2) + 1);
                while (start < m.start() && "‘“\"'".indexOf(text.charAt(start)) >= 0) start++;
                add("mention", "mention-" + slug(value + " " + (np.text() == null ? "" : np.text())), start, np.end(), f, confidence * 0.8, "quantity",
                        List.of("refers: the figure it repeats (the earlier " + earlier.kind() + " of the same value)"));
                return;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("subject", np.text() == null ? "(what is counted)" : np.text());
            f.put("metric", "count");
            f.put("value", value);
            if (np.unit() != null) f.put("unit", np.unit());
            add("measure", "measure-" + slug(value + " " + (np.unit() == null ? "" : np.unit())), m.start(), np.end(), f, confidence, "quantity", doubts);
        }

        /** "third straight year": the words after the ordinal, the last of them what is counted. */
        Phrase runPhrase(Match m) {
            String claim = m.group("claim");
            int words = m.start() + m.group("value").length();
            while (words < m.end() && Character.isWhitespace(text.charAt(words))) words++;
            return new Phrase(text.substring(words, m.end()), words, m.end(), claim.substring(claim.lastIndexOf(' ') + 1));
        }

        /** The earlier figure, of another sentence, that a "the 37 ..." repeats: the lead's count first, else the latest of that value. */
        Proposal repeated(Object value, Nlp.Sentence here) {
            if (lead != null && value.equals(lead.fields().get("count")) && !sentenceOf(lead.start()).equals(here)) return lead;
            Proposal found = null;
            for (Proposal p : out) {
                if (p.start() >= here.start() || sentenceOf(p.start()).equals(here) || p.kind().equals("mention")) continue;
                Object v = p.kind().equals("event") ? p.fields().get("count") : p.fields().get("value");
                if (value.equals(v) && (found == null || p.start() > found.start())) found = p;
            }
            return found;
        }

        /** A score or result, "3-1" or "64 votes to 41": two figures, each its own measure, never a range. */
        void score(Match m) {
            Nlp.Sentence s = sentenceOf(m.start());
            Phrase before = phraseBefore(s, m.start());
            String subject = before == null ? "(who scored)" : before.text();
            int start = before == null ? m.start() : Math.min(m.start(), before.start());
            String unit = m.group("unit");
            List<String> doubts = List.of("a score or result: which side each figure belongs to, and what it counts");
            Proposal[] pair = new Proposal[2];
            String[] figures = {m.group("value"), m.group("other")};
            for (int i = 0; i < 2; i++) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("subject", subject);
                f.put("metric", (unit == null ? "score" : unit) + (i == 0 ? " (first figure)" : " (second figure)"));
                f.put("value", value(figures[i]));
                if (unit != null) f.put("unit", unit);
                pair[i] = add("measure", "result-" + slug(m.group("value") + "-" + m.group("other")) + (i == 0 ? "-first" : "-second"),
                        start, m.end(), f, m.pattern().confidence() * 0.8, "quantity", doubts);
            }
            results.add(pair);
        }

        /** "Its margin of 23 votes", "won by 2 goals": the difference between the two figures of the latest result before it. */
        boolean difference(Match m, Phrase np, Object value, String before, double confidence) {
            Pattern margins = recogniser.patterns().table("quantity").get("margins");
            if (margins == null || !margins.matcher(before).find()) return false;
            Proposal[] pair = null;
            for (Proposal[] r : results) if (r[0].end() <= m.start()) pair = r;
            if (pair == null) pair = lastTwoFigures(sentenceOf(m.start()), m.start());
            if (pair == null) return false;
            Object a = pair[0].fields().get("value"), b = pair[1].fields().get("value");
            boolean firstMore = !(a instanceof Long x && b instanceof Long y) || x >= y;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("of", firstMore ? pair[0].id() : pair[1].id());
            f.put("than", firstMore ? pair[1].id() : pair[0].id());
            f.put("value", value);
            f.put("direction", "more");
            if (np.unit() != null) f.put("unit", np.unit());
            Matcher cue = margins.matcher(before);
            int start = cue.find() ? m.start() - before.length() + cue.start() : m.start();
            add("difference", "difference-" + slug(String.valueOf(value)), start, np.end() > m.end() ? np.end() : m.end(), f, confidence * 0.8, "quantity",
                    List.of("of, than: the figures it separates (the result just before it)"));
            return true;
        }

        /**
         * A figure followed by quantity.yaml's {@code point-margins} ("Her 4.2-point margin") is the difference of the last
         * two percentages before it, in its paragraph or the one before: the larger is {@code of}, the smaller {@code than}.
         */
        void pointMargins() {
            Pattern cue = recogniser.patterns().table("quantity").get("point-margins");
            if (cue == null) return;
            for (Proposal p : List.copyOf(out)) {
                if (!p.kind().equals("measure") || !"count".equals(p.fields().get("metric")) || !out.contains(p)) continue;
                Matcher after = cue.matcher(text).region(p.end(), Math.min(text.length(), p.end() + 40));
                if (!after.lookingAt()) continue;
                int from = p.start();
                for (int i = 0; i < 2 && from > 0; i++) from = Math.max(text.lastIndexOf("\n\n", from - 1), 0);
                int since = from;
                List<Proposal> percents = out.stream().filter(x -> x.start() >= since && x.end() <= p.start() && percent(x) != null)
                        .sorted(Comparator.comparingInt(Proposal::start)).toList();
                if (percents.size() < 2) continue;
                Proposal a = percents.get(percents.size() - 2), b = percents.get(percents.size() - 1);
                boolean firstMore = percent(a).compareTo(percent(b)) >= 0;
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("of", (firstMore ? a : b).id());
                f.put("than", (firstMore ? b : a).id());
                f.put("value", p.fields().get("value"));
                f.put("direction", "more");
                f.put("unit", "percentage points");
                int end = after.end();
                out.remove(p);
                ids.remove(p.id());
                int start = p.start();
                int word = text.lastIndexOf(' ', Math.max(0, start - 2));
                if (word >= 0 && text.substring(word + 1, start).strip().matches("(?i)(?:her|his|its|their|the|a)")) start = word + 1;
                add("difference", "difference-" + slug(String.valueOf(p.fields().get("value")) + " points"), start, end, f, p.confidence() * 0.7, "quantity",
                        List.of("of, than: the two percentages it separates (the last two before it)"));
            }
        }

        /** A proposal's percentage: a share's or change's percent, or a measure's value written with %; else null. */
        BigDecimal percent(Proposal p) {
            Object v = p.kind().equals("share") ? p.fields().get("percent") : p.kind().equals("measure") ? p.fields().get("value") : null;
            if (v == null) return null;
            String written = v.toString().replace("%", "").strip();
            if (p.kind().equals("measure") && !v.toString().endsWith("%")) return null;
            return written.matches("\\d+(?:\\.\\d+)?") ? new BigDecimal(written) : null;
        }

        /** With no result before a margin: the last two counts of its sentence before it, when they are sums of money alike. */
        Proposal[] lastTwoFigures(Nlp.Sentence s, int before) {
            List<Proposal> figures = out.stream().filter(p -> p.kind().equals("measure") && "count".equals(p.fields().get("metric"))
                    && s.contains(p.start()) && p.end() <= before).toList();
            if (figures.size() < 2) return null;
            Proposal a = figures.get(figures.size() - 2), b = figures.get(figures.size() - 1);
            return (text.charAt(a.start()) == '$') == (text.charAt(b.start()) == '$') ? new Proposal[] {a, b} : null;
        }

        /**
         * A figure whose parts the text lists with it becomes a total over them: "$2.6 billion for public services,
         * including $1.1 billion for schools and $640 million for policing" (partial), "58 wins and 24 losses in
         * 82 games". Parts are measures of the same sentence, sums of money only with sums of money.
         */
        void totalsOverParts() {
            Map<String, Pattern> parts = recogniser.patterns().table("total");
            List<Proposal> measures = out.stream().filter(p -> p.kind().equals("measure") && "count".equals(p.fields().get("metric"))).toList();
            Set<String> used = new HashSet<>();
            for (Proposal whole : measures) {
                if (used.contains(whole.id())) continue;
                Nlp.Sentence s = sentenceOf(whole.start());
                boolean money = text.charAt(whole.start()) == '$';
                // The sentence model may end a sentence inside a figure's phrase ("U.S."): then it has no parts after it.
                if (whole.end() >= s.end()) continue;
                String after = text.substring(whole.end(), s.end());
                List<Proposal> components = new ArrayList<>();
                Boolean partial = null;
                for (String how : List.of("partial", "complete")) {
                    Pattern cue = parts.get(how);
                    Matcher c = cue == null ? null : cue.matcher(after);
                    if (c == null || !c.find()) continue;
                    int from = whole.end() + c.end();
                    for (Proposal p : measures)
                        if (p.start() >= from && p.start() < s.end() && (text.charAt(p.start()) == '$') == money && !used.contains(p.id())) components.add(p);
                    partial = how.equals("partial");
                    break;
                }
                Pattern inCue = parts.get("after");
                if (components.size() < 2 && inCue != null && inCue.matcher(text.substring(s.start(), whole.start())).find()) {
                    components.clear();
                    for (Proposal p : measures) if (p.start() >= s.start() && p.end() <= whole.start() && !money && text.charAt(p.start()) != '$') components.add(p);
                    if (components.size() >= 2) {
                        components = components.subList(components.size() - 2, components.size());
                        String between = text.substring(components.get(0).end(), components.get(1).start());
                        if (!between.matches("(?s)\\s*(?:,\\s*)?and\\s+")) components = List.of();
                    }
                    partial = false;
                }
                if (components.size() < 2) continue;
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("value", whole.fields().get("value"));
                if (whole.fields().get("unit") != null) f.put("unit", whole.fields().get("unit"));
                f.put("components", components.stream().map(Proposal::id).toList());
                if (partial) f.put("partial", true);
                components.forEach(p -> used.add(p.id()));
                out.remove(whole);
                ids.remove(whole.id());
                add("total", "total-" + slug(String.valueOf(f.get("value"))), whole.start(), whole.end(), f, whole.confidence() * 0.8, "total",
                        List.of("components: the parts the text lists with it" + (partial ? " (\"including\": not all of them)" : "")));
            }
        }

        /**
         * A figure whose parts come in the sentences after it, to the end of the next paragraph, becomes a total over
         * them: "58 wins" over the first figures of "32-9 at home and 26-15 on the road" (they add up to it); "revenue of
         * $3.8 billion" over the divisions' sums of the next paragraph. Parts are the figures there that are no other
         * total's parts, taken together: all counts or sums of money, or all first (second) figures of results. They
         * must add up to the figure, except sums of money given after the first of its paragraph, which may be off
         * by {@link #LATER_PARTS_SLACK}: an article's sum may be wrong, and finding that is what verify is for.
         */
        void totalsOverLaterParts() {
            List<Proposal> wholes = out.stream().filter(p -> p.kind().equals("measure") && "count".equals(p.fields().get("metric")))
                    .sorted(Comparator.comparingInt(Proposal::start)).toList();
            for (Proposal whole : wholes) {
                Set<String> parts = new HashSet<>();
                for (Proposal p : out) if (p.fields().get("components") instanceof List<?> c) c.forEach(x -> parts.add(String.valueOf(x)));
                if (!out.contains(whole)) continue;
                BigDecimal amount = amount(whole);
                if (amount == null || amount.signum() <= 0) continue;
                boolean money = text.charAt(whole.start()) == '$';
                int from = sentenceOf(whole.start()).end(), to = paragraphEnd(paragraphEnd(whole.end()) + 1);
                Map<String, List<Proposal>> groups = new LinkedHashMap<>();
                for (Proposal p : out) {
                    if (p.start() < from || p.start() >= to || parts.contains(p.id()) || (text.charAt(p.start()) == '$') != money) continue;
                    BigDecimal a = amount(p);
                    if (a == null || a.compareTo(amount) >= 0) continue;
                    String metric = String.valueOf(p.fields().get("metric"));
                    String group = p.kind().equals("total") || metric.equals("count") ? "figures"
                            : metric.endsWith("(first figure)") ? "first figures" : metric.endsWith("(second figure)") ? "second figures" : null;
                    if (group != null) groups.computeIfAbsent(group, g -> new ArrayList<>()).add(p);
                }
                for (Map.Entry<String, List<Proposal>> g : groups.entrySet()) {
                    List<Proposal> components = g.getValue().stream().sorted(Comparator.comparingInt(Proposal::start)).toList();
                    if (components.size() < 2) continue;
                    BigDecimal sum = BigDecimal.ZERO;
                    for (Proposal c : components) sum = sum.add(amount(c));
                    boolean exact = sum.compareTo(amount) == 0;
                    boolean near = money && g.getKey().equals("figures") && firstMoneyOfParagraph(whole)
                            && sum.subtract(amount).abs().compareTo(amount.multiply(BigDecimal.valueOf(LATER_PARTS_SLACK))) <= 0;
                    if (!exact && !near) continue;
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("value", whole.fields().get("value"));
                    if (whole.fields().get("unit") != null) f.put("unit", whole.fields().get("unit"));
                    f.put("components", components.stream().map(Proposal::id).toList());
                    retype(whole, "total", "total-" + slug(whole.fields().get("value") + " " + Objects.toString(whole.fields().get("unit"), "")), f,
                            whole.confidence() * (exact ? 0.8 : 0.6), List.of("components: the " + g.getKey() + " after it"
                                    + (exact ? ", which add up to it" : ", which come near it but do not add up to it: check they are all its parts")));
                    break;
                }
            }
        }

        /**
         * A count out of a larger one ("112 of the chamber's 120 members were present", the total.yaml {@code subset} cue)
         * becomes a total over the counts before it, in its sentence and the one before in its paragraph, that are no other
         * total's parts ("64 votes to 41, with 9 abstentions": first and second figures and counts together), when there
         * are two or more and they come within {@link #EARLIER_PARTS_SLACK} of it.
         */
        void totalsOverEarlierParts() {
            Pattern subset = recogniser.patterns().table("total").get("subset");
            if (subset == null) return;
            List<Proposal> wholes = out.stream().filter(p -> p.kind().equals("measure") && "count".equals(p.fields().get("metric"))
                    && text.charAt(p.start()) != '$' && subset.matcher(text.substring(p.end(), Math.min(text.length(), p.end() + 60))).find())
                    .sorted(Comparator.comparingInt(Proposal::start)).toList();
            for (Proposal whole : wholes) {
                BigDecimal amount = amount(whole);
                if (amount == null || amount.signum() <= 0) continue;
                Set<String> parts = new HashSet<>();
                for (Proposal p : out) if (p.fields().get("components") instanceof List<?> c) c.forEach(x -> parts.add(String.valueOf(x)));
                Nlp.Sentence own = sentenceOf(whole.start());
                Nlp.Sentence before = own.start() > 0 ? sentenceOf(own.start() - 1) : null;
                int from = before != null && paragraphEnd(before.start()) >= own.start() ? before.start() : own.start();
                List<Proposal> components = new ArrayList<>();
                BigDecimal sum = BigDecimal.ZERO;
                for (Proposal p : out) {
                    if (p.start() < from || p.end() > whole.start() || parts.contains(p.id()) || text.charAt(p.start()) == '$') continue;
                    String metric = String.valueOf(p.fields().get("metric"));
                    if (!p.kind().equals("measure") || !(metric.equals("count") || metric.endsWith("figure)"))) continue;
                    BigDecimal a = amount(p);
                    if (a == null || a.compareTo(amount) >= 0) continue;
                    components.add(p);
                    sum = sum.add(a);
                }
                if (components.size() < 2) continue;
                boolean exact = sum.compareTo(amount) == 0;
                if (sum.subtract(amount).abs().compareTo(amount.multiply(BigDecimal.valueOf(EARLIER_PARTS_SLACK))) > 0) continue;
                components.sort(Comparator.comparingInt(Proposal::start));
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("value", whole.fields().get("value"));
                if (whole.fields().get("unit") != null) f.put("unit", whole.fields().get("unit"));
                f.put("components", components.stream().map(Proposal::id).toList());
                retype(whole, "total", "total-" + slug(whole.fields().get("value") + " " + Objects.toString(whole.fields().get("unit"), "")), f,
                        whole.confidence() * (exact ? 0.8 : 0.6), List.of("components: the counts before it"
                                + (exact ? ", which add up to it" : ", which come near it but do not add up to it: check they are all its parts")));
            }
        }

        /** What a figure's value comes to, "$4.2 billion" 4200000000; null when it is no single number. */
        BigDecimal amount(Proposal p) {
            Object v = p.fields().get("value");
            if (v == null) return null;
            if (v instanceof Long l) return BigDecimal.valueOf(l);
            if (v instanceof BigDecimal b) return b;
            String written = v.toString();
            if (!QUANTITY.matcher(written).matches()) return null;
            return Quantity.parse(written).value();
        }

        /** Where the paragraph holding {@code offset} ends: at the next blank line, or the text's end. */
        int paragraphEnd(int offset) {
            if (offset >= text.length()) return text.length();
            Matcher blank = PARAGRAPH_BREAK.matcher(text);
            return blank.find(offset) ? blank.start() : text.length();
        }

        boolean firstMoneyOfParagraph(Proposal whole) {
            int start = Math.max(text.lastIndexOf("\n\n", whole.start()), 0);
            return out.stream().noneMatch(p -> p.start() >= start && p.start() < whole.start() && text.charAt(p.start()) == '$');
        }

        /** {@code p} as another kind of fact, under a new id that the components of other facts follow. */
        void retype(Proposal p, String kind, String id, Map<String, Object> fields, double confidence, List<String> doubts) {
            int at = out.indexOf(p);
            out.remove(at);
            ids.remove(p.id());
            Proposal q = add(kind, id, p.start(), p.end(), fields, confidence, kind, doubts);
            out.remove(q);
            out.add(at, q);
            for (int i = 0; i < out.size(); i++) {
                Proposal o = out.get(i);
                if (!(o.fields().get("components") instanceof List<?> c) || !c.contains(p.id())) continue;
                Map<String, Object> f = new LinkedHashMap<>(o.fields());
                f.put("components", c.stream().map(x -> x.equals(p.id()) ? q.id() : x).toList());
                out.set(i, new Proposal(o.kind(), o.id(), o.start(), o.end(), f, o.confidence(), o.claimKind(), o.doubts()));
            }
        }

        /**
         * Who gives the figures of a sentence: "according to the city's finance department", "the interior ministry
         * said". Each figure of that sentence (measure, total, change, share, difference, mention, counted event) takes it.
         */
        void sources() {
            Pattern verbs = recogniser.patterns().table("quotation").get("sources");
            if (verbs == null) return;
            for (Nlp.Sentence s : sentences) {
                String source = null;
                Matcher v = verbs.matcher(text).region(s.start(), s.end());
                while (source == null && v.find()) {
                    if (v.group().toLowerCase(Locale.ROOT).startsWith("according")) {
                        Matcher np = ACCORDING.matcher(text).region(v.end(), s.end());
                        if (np.lookingAt()) source = np.group(1).strip();
                    } else {
                        Phrase who = speakerBefore(s, v.start());
                        if (who != null) source = who.text();
                    }
                }
                if (source == null) continue;
                for (int i = 0; i < out.size(); i++) {
                    Proposal p = out.get(i);
                    boolean figure = switch (p.kind()) {
                        case "measure", "total", "change", "share", "difference", "mention" -> true;
                        case "event" -> p.fields().containsKey("count");
                        default -> false;
                    };
                    if (!figure || !s.contains(p.start()) || p.fields().containsKey("source")) continue;
                    Map<String, Object> f = new LinkedHashMap<>(p.fields());
                    f.put("source", source);
                    List<String> doubts = new ArrayList<>(p.doubts());
                    doubts.add("source: who gives the figure, as the sentence says");
                    out.set(i, new Proposal(p.kind(), p.id(), p.start(), p.end(), f, p.confidence(), p.claimKind(), doubts));
                }
            }
        }

        Proposal role(Match m, Set<String> people) {
            String person = m.group("person").replaceAll("[’']s$", "").strip();
            String office = m.group("office").replaceAll("\\s+", " ");
            if (office.equals(office.toLowerCase(Locale.ROOT))) office = Character.toUpperCase(office.charAt(0)) + office.substring(1);
            String place = m.group("place") != null ? recogniser.patterns().place(m.group("place")) : m.group("of");
            if (place != null) office = office + " of " + place;
            String status = m.group("status") != null && m.group("status").toLowerCase(Locale.ROOT).matches("former|ex-|then-|late|outgoing") ? "former" : "current";
            String lastName = person.substring(person.lastIndexOf(' ') + 1);
            for (String known : people) if (known.equals(person) || known.endsWith(" " + lastName) && known.contains(status + "|")) return null;
            people.add(status + "|" + person);
            List<String> doubts = new ArrayList<>();
            if (place == null) doubts.add("office: of which country or body");
            // The claim ends at the name, or at the office when that comes after it ("Brennan, a former school board president").
            int end = Math.max(m.at("person").start() + person.length(), m.at("office").end());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("person", person);
            f.put("office", office);
            f.put("status", status);
            return add("role", "role-" + slug(person), m.start(), end, f, m.pattern().confidence() * (place == null ? 0.9 : 1.0), "title", doubts);
        }

        void quotation(Match m, List<Proposal> roles) {
            String words = m.group("words");
            if (!words.strip().contains(" ")) return;
            Nlp.Sentence s = sentenceOf(m.start());
            Pattern verbs = recogniser.patterns().table("quotation").get("verbs");
            if (verbs == null) return;
            Matcher v = verbs.matcher(text).region(s.start(), s.end());
            Matcher best = null;
            int bestStart = -1, bestEnd = -1;
            boolean after = false;
            while (v.find()) {
                if (v.end() <= m.start()) {
                    bestStart = v.start();
                    bestEnd = v.end();
                    after = false;
                } else if (v.start() >= m.end() && bestStart < 0) {
                    bestStart = v.start();
                    bestEnd = v.end();
                    after = true;
                    break;
                }
            }
            if (bestStart < 0) return;
            String speaker = null;
            int start = m.start(), end = m.end();
            List<String> doubts = new ArrayList<>();
            if (!after) {
                Phrase who = speakerBefore(s, bestStart);
                if (who != null) {
                    speaker = who.text();
                    start = who.start();
                }
            } else {
                Phrase who = speakerAfter(s, m.end(), bestEnd);
                if (who != null) {
                    speaker = who.text();
                    end = Math.max(end, who.end());
                }
            }
            if (speaker == null) return;
            for (Proposal r : roles) {
                if (r.start() < end && start < r.end() + 2) {
                    speaker = (String) r.fields().get("person");
                    start = Math.min(start, r.start());
                }
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("speaker", speaker);
            f.put("words", words.strip());
            add("quote", "quote-" + slug(speaker), start, end, f, m.pattern().confidence(), "quotation", doubts);
        }

        void list(Match m) {
            List<String> items = new ArrayList<>();
            for (String item : m.group("items").split(",\\s*|\\s+(?:and|or)\\s+")) {
                String i = item.replaceFirst("^(?:and|or)\\s+", "").replaceFirst("^the\\s+", "").strip();
                if (!i.isEmpty()) items.add(i);
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("items", items);
            if (m.group("count") != null) f.put("count", value(m.group("count")));
            f.put("partial", Boolean.parseBoolean(m.pattern().settings().getOrDefault("partial", "false")));
            Nlp.Sentence s = sentenceOf(m.start());
            Phrase before = phraseBefore(s, m.start());
            int start = before != null ? before.start() : m.start();
            add("list", "list-" + slug(items.get(0)), start, m.end(), f, m.pattern().confidence(), "list", List.of());
        }

        /**
         * A condition and the event it is attached to (docs/extraction.md): an event of its own sentence before it; when the
         * condition opens its sentence ("In exchange for the loan, the state will take ..."), the main clause after it; when
         * its sentence is only a subject and "is" ("The acquisition is conditional on ..."), the event that subject names
         * (an earlier one of its type, else one made at it; "It is ...": the sentence before's); else what the verb just
         * before it says ("would spend $15 million on relief, on condition that ..."), an event made there; else the lead
         * event, or the article's first. Events made here have no date or count: the editor links or dates them.
         */
        void attachment(Match m, List<Match> all) {
            boolean assurance = Boolean.parseBoolean(m.pattern().settings().getOrDefault("assurance", "false"));
            String condition = m.group("condition");
            String type = assurance ? "assurance/other" : "condition/other";
            for (Map.Entry<String, Pattern> t : recogniser.patterns().table("attachment").entrySet()) {
                if (t.getKey().startsWith(assurance ? "assurance/" : "condition/") && t.getValue().matcher(condition).find()) {
                    type = t.getKey();
                    break;
                }
            }
            Nlp.Sentence s = sentenceOf(m.start());
            Link link = conditioned(m, s, all);
            if (link == null) return;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("event", link.event().id());
            f.put("type", type);
            String givenBy = m.group("givenBy");
            if (givenBy == null && assurance) {
                Phrase who = speakerBefore(s, m.start());
                if (who != null) givenBy = who.text();
            }
            if (givenBy != null) f.put("givenBy", givenBy.strip());
            if (m.group("givenTo") != null) f.put("givenTo", m.group("givenTo").strip());
            List<String> doubts = new ArrayList<>();
            doubts.add("event: " + link.how());
            if (type.endsWith("/other")) doubts.add("type: what kind of condition");
            add("attachment", "attachment-" + slug(type.substring(type.indexOf('/') + 1)), m.start(), m.end(), f,
                    m.pattern().confidence() * 0.9 * link.certainty(), "attachment", doubts);
        }

        /** The event a condition is attached to, how it was found and how sure that is; null when the text names none. */
        Link conditioned(Match m, Nlp.Sentence s, List<Match> all) {
            // Events inside a condition (its deadline, "until 2031") are what it says, not what it is attached to.
            List<Proposal> events = out.stream().filter(p -> p.kind().equals("event") && all.stream().noneMatch(a -> a.start() <= p.start() && p.start() < a.end()))
                    .sorted(Comparator.comparingInt(Proposal::start)).toList();
            Proposal before = null;
            for (Proposal e : events) if (e.start() >= s.start() && e.end() <= m.start()) before = e;
            // "signed in Geneva on Monday, Velmont will withdraw its troops ..., in return for ...": a verb after a comma
            // past the dated event starts another clause, and the condition is attached to what that clause says.
            int clause = before == null ? -1 : laterClause(s, before.end(), m.start());
            if (before != null && clause < 0) return new Link(before, 1.0, "the event of its sentence before it (\"" + text.substring(before.start(), before.end()) + "\")");
            if (before != null) {
                Proposal made = eventAtVerb(s, clause, m.start(), false);
                if (made != null) return new Link(made, 0.85, "what the verb of its clause says (made here: give it a date, or link the article's event)");
            }
            String opening = text.substring(s.start(), m.start()).replaceAll("[\\s\"“‘'(]", "");
            if (opening.isEmpty()) {
                // The condition opens the sentence: it is attached to the main clause after it.
                for (Proposal e : events) if (e.start() >= m.end() && s.contains(e.start())) return new Link(e, 0.9, "the event of the clause after it");
                Proposal made = eventAtVerb(s, m.end(), s.end(), true);
                return made == null ? fallback(m) : new Link(made, 0.8, "what the clause after it says it conditions (made here: give it a date, or link the article's event)");
            }
            Proposal named = relativeAntecedent(s, m.start());
            if (named != null) return new Link(named, 0.8, "what \"which is\" refers to (made here: link it to the article's event if the draft has one)");
            Subject subject = copulaSubject(s, m.start());
            if (subject != null) {
                if (subject.pronoun()) {
                    Proposal previous = null;
                    for (Proposal e : events) if (e.start() < s.start() && e.start() >= Math.max(0, previousSentenceStart(s))) previous = e;
                    if (previous != null) return new Link(previous, 0.8, "the event of the sentence before, which \"" + subject.words() + "\" refers to");
                    return fallback(m);
                }
                String noun = lemma(subject.head());
                for (Proposal e : events) if (e.start() < s.start() && noun.equals(e.fields().get("type"))) return new Link(e, 0.85, "the earlier " + noun + " its subject names");
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("type", noun);
                Proposal made = add("event", "event-" + slug(noun), subject.start(), subject.end(), f, 0.4, "event",
                        List.of("made for the condition attached to it: \"" + subject.words() + "\"; link the condition to its event if the draft has one"));
                return new Link(made, 0.8, "what its subject names (\"" + subject.words() + "\", made here)");
            }
            Proposal made = eventAtVerb(s, s.start(), m.start(), false);
            if (made != null) return new Link(made, 0.85, "what the verb before it says (made here: give it a date, or link the article's event)");
            return fallback(m);
        }

        /**
         * Where a clause after {@code from} starts in {@code [from, to)}: a comma followed, before {@code to}, by a verb (not a
         * participle used as an adjective, "the collapsed fund"); -1 when there is none.
         */
        int laterClause(Nlp.Sentence s, int from, int to) {
            int comma = text.indexOf(',', from);
            if (comma < 0 || comma >= to) return -1;
            List<Nlp.Token> ts = s.tokens();
            for (int i = 1; i < ts.size(); i++) {
                Nlp.Token t = ts.get(i);
                if (t.start() > comma && t.end() <= to && t.is("VERB") && !ts.get(i - 1).is("DET", "ADJ")) return comma;
            }
            return -1;
        }

        /**
         * "an offer of $2.5 billion in aid, which is conditional on ...": an event made at the noun phrase before ", which
         * is" (from its determiner back past "of ..." and "in ..." to the first noun: the offer); null when the words
         * before the condition do not read so.
         */
        Proposal relativeAntecedent(Nlp.Sentence s, int offset) {
            Matcher which = RELATIVE_COPULA.matcher(text).region(s.start(), offset);
            if (!which.find()) return null;
            List<Nlp.Token> ts = s.tokens();
            int j = -1;
            for (int i = 0; i < ts.size(); i++) if (ts.get(i).end() <= which.start()) j = i;
            int first = -1;
            while (j >= 0 && (ts.get(j).is("NOUN", "PROPN", "ADJ", "DET", "ADP", "NUM") || ts.get(j).text().matches("[$€£¥.,’'-]|'s|’s"))) {
                if (ts.get(j).text().equals(",")) break;
                first = j--;
            }
            if (first < 0) return null;
            Nlp.Token head = null;
            for (int i = first; i < ts.size() && ts.get(i).end() <= which.start(); i++) if (ts.get(i).is("NOUN")) { head = ts.get(i); break; }
            if (head == null) return null;
            String noun = lemma(head.text());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", noun);
            return add("event", "event-" + slug(noun), ts.get(first).start(), which.start(), f, 0.4, "event",
                    List.of("made for the condition attached to it: what \"which is\" refers to; link the condition to its event if the draft has one"));
        }

        /** The lead event, else the article's first event: what an assurance with no event of its own usually concerns. */
        Link fallback(Match m) {
            if (lead != null) return new Link(lead, 0.9, "the event the condition is attached to (the lead event, by default)");
            Proposal first = out.stream().filter(p -> p.kind().equals("event") && p.start() < m.start()).min(Comparator.comparingInt(Proposal::start)).orElse(null);
            return first == null ? null : new Link(first, 0.6, "the article's first event, by default: check which event it is attached to");
        }

        int previousSentenceStart(Nlp.Sentence s) {
            int i = sentences.indexOf(s);
            return i > 0 ? sentences.get(i - 1).start() : s.start();
        }

        /**
         * The subject of a sentence that is only a subject and a form of "be" before {@code offset} ("The acquisition is",
         * "The loan, at an interest rate of 3.5%, is", "It remains"): its words and head noun; null when the sentence says more.
         */
        Subject copulaSubject(Nlp.Sentence s, int offset) {
            List<Nlp.Token> ts = new ArrayList<>(s.tokens().stream().filter(t -> t.end() <= offset).toList());
            // "is still subject to", "is also conditional on"
            while (!ts.isEmpty() && ts.get(ts.size() - 1).is("ADV")) ts.remove(ts.size() - 1);
            if (ts.isEmpty() || !ts.get(ts.size() - 1).text().toLowerCase(Locale.ROOT).matches("is|was|are|were|be|remains|remained|stays|'s|’s")) return null;
            int i = 0;
            while (i < ts.size() && ts.get(i).is("DET")) i++;
            int head = -1;
            while (i < ts.size() && ts.get(i).is("NOUN", "PROPN", "ADJ", "PRON")) head = i++;
            if (head < 0) return null;
            int end = ts.get(head).end();
            // A phrase set off by commas may come between the subject and the verb: "The loan, at an interest rate of 3.5%, is".
            if (i < ts.size() - 1 && !ts.get(i).text().equals(",")) return null;
            if (i < ts.size() - 1 && !ts.get(ts.size() - 2).text().equals(",")) return null;
            Nlp.Token h = ts.get(head);
            String words = text.substring(ts.get(0).start(), end);
            return new Subject(words, h.text(), ts.get(0).start(), end, h.is("PRON"));
        }

        /**
         * An event made at the verb nearest {@code to} (the first after {@code from} when {@code first}) in {@code [from, to)}:
         * the verb and up to seven words after it, within its clause. Verbs of saying and forms of "be" and "have" are skipped.
         */
        Proposal eventAtVerb(Nlp.Sentence s, int from, int to, boolean first) {
            Pattern say = recogniser.patterns().table("quotation").get("verbs");
            List<Nlp.Token> ts = s.tokens();
            int verb = -1;
            for (int i = 0; i < ts.size(); i++) {
                Nlp.Token t = ts.get(i);
                if (t.start() < from || t.end() > to || !t.is("VERB")) continue;
                if (t.text().toLowerCase(Locale.ROOT).matches("is|was|are|were|be|been|being|has|have|had") || (say != null && say.matcher(t.text()).matches())) continue;
                verb = i;
                if (first) break;
            }
            if (verb < 0) return null;
            int last = verb;
            for (int j = verb + 1; j < ts.size() && j <= verb + 7; j++) {
                Nlp.Token t = ts.get(j);
                if (t.end() > to || t.text().matches("[,;:.!?\"“”]")) break;
                last = j;
            }
            // "withdraw its troops from the border town of": not ending on "of", "the" or "its".
            while (last > verb && ts.get(last).is("ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "AUX")) last--;
            // The verb as written: lemma() would cut "released" to "releas".
            String type = ts.get(verb).text().toLowerCase(Locale.ROOT);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", type);
            return add("event", "event-" + slug(type), ts.get(verb).start(), ts.get(last).end(), f, 0.4, "event",
                    List.of("made for the condition attached to it: what happens on that condition; give it a date, or link the condition to the article's event"));
        }

        // --- helpers

        Proposal add(String kind, String id, int start, int end, Map<String, Object> fields, double confidence, String claimKind, List<String> doubts) {
            String unique = id.length() > 48 ? id.substring(0, 48).replaceAll("-+$", "") : id;
            String base = unique;
            for (int n = 2; ids.contains(unique); n++) unique = base + "-" + n;
            ids.add(unique);
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            while (end > start && ",;:".indexOf(text.charAt(end - 1)) >= 0) end--;
            Proposal p = new Proposal(kind, unique, start, end, fields, Math.round(confidence * 100) / 100.0, claimKind, doubts);
            out.add(p);
            return p;
        }

        boolean isTaken(int start, int end) {
            return taken.stream().anyMatch(t -> t[0] < end && start < t[1]);
        }

        /** The passage of {@code p}, widened word by word until its first occurrence in the text is this one; null when none is. */
        String quote(Proposal p) {
            int start = p.start(), end = p.end();
            for (int i = 0; i < 12; i++) {
                String q = text.substring(start, end);
                Span found = article.locate(q);
                Span here = article.span(start, end);
                if (found != null && found.start() == here.start()) return q.replaceAll("\\s+", " ");
                if (i % 2 == 0 && start > 0) {
                    int s = text.lastIndexOf(' ', Math.max(0, start - 2));
                    start = s < 0 ? 0 : s + 1;
                } else if (end < text.length()) {
                    int e = text.indexOf(' ', end + 1);
                    end = e < 0 ? text.length() : e;
                }
            }
            return null;
        }

        Nlp.Sentence sentenceOf(int offset) {
            for (Nlp.Sentence s : sentences) if (s.start() <= offset && offset < s.end()) return s;
            Nlp.Sentence last = sentences.get(0);
            for (Nlp.Sentence s : sentences) if (s.start() <= offset) last = s;
            return last;
        }

        /** Where the clause holding {@code offset} starts: after the last comma, conjunction or preposition of linking before it. */
        int clauseStart(Nlp.Sentence s, int offset) {
            Matcher b = BOUNDARY.matcher(text).region(s.start(), offset);
            int start = s.start();
            while (b.find()) start = b.end();
            while (start < offset && Character.isWhitespace(text.charAt(start))) start++;
            return start;
        }

        /** The start of the noun phrase whose noun is {@code noun}: its determiner and adjectives. */
        int phraseStart(Nlp.Sentence s, Nlp.Token noun) {
            List<Nlp.Token> ts = s.tokens();
            int i = ts.indexOf(noun);
            while (i > 0 && ts.get(i - 1).is("DET", "ADJ", "NUM", "PROPN", "NOUN")) i--;
            return ts.get(i).start();
        }

        /** The noun phrase after a number: adjectives, nouns and quotation marks up to the last noun. */
        Phrase nounPhrase(Match m) {
            Nlp.Sentence s = sentenceOf(m.start());
            List<Nlp.Token> ts = s.tokens();
            int i = 0;
            while (i < ts.size() && ts.get(i).end() <= m.end() - 1) i++;
            if (i < ts.size() && ts.get(i).start() < m.end()) i++;
            int lastNoun = -1, nounRunStart = -1;
            for (int j = i; j < ts.size() && j < i + 6; j++) {
                Nlp.Token t = ts.get(j);
                boolean mark = t.text().matches("[‘’'\"“”]");
                boolean ok = t.is("ADJ", "NOUN", "PROPN") || mark || (t.is("VERB") && t.text().endsWith("ed"));
                if (!ok) break;
                if (t.is("NOUN", "PROPN")) {
                    if (lastNoun != j - 1 || nounRunStart < 0) nounRunStart = j;
                    lastNoun = j;
                }
            }
            if (lastNoun < 0) return new Phrase(null, m.end(), m.end(), null);
            int end = ts.get(lastNoun).end();
            if (lastNoun + 1 < ts.size() && ts.get(lastNoun + 1).text().matches("[’'\"”]") && ts.get(lastNoun + 1).start() == end)
                end = ts.get(lastNoun + 1).end();
            String words = text.substring(ts.get(i).start(), end);
            String unit = text.substring(ts.get(nounRunStart).start(), ts.get(lastNoun).end()).replaceAll("^[‘'\"“]", "");
            if (words.startsWith("‘") || words.startsWith("'") || words.startsWith("\"") || words.startsWith("“"))
                unit = words.replaceAll("[‘’'\"“”]", "");
            return new Phrase(words.replaceAll("[‘’\"“”]", "'").replaceAll("^'|'$", "").strip(), ts.get(i).start(), end, unit);
        }

        /** The noun phrase just before {@code offset}: nouns, adjectives and names, within its sentence. */
        Phrase phraseBefore(Nlp.Sentence s, int offset) {
            List<Nlp.Token> ts = s.tokens();
            int j = -1;
            for (int i = 0; i < ts.size(); i++) if (ts.get(i).end() <= offset) j = i;
            while (j >= 0 && !ts.get(j).is("NOUN", "PROPN", "ADJ", "NUM")) {
                if (!ts.get(j).is("VERB", "AUX", "ADV", "DET", "ADP")) return null;
                if (offset - ts.get(j).start() > 40) return null;
                j--;
            }
            if (j < 0) return null;
            int last = j;
            while (j > 0 && ts.get(j - 1).is("NOUN", "PROPN", "ADJ")) j--;
            return new Phrase(text.substring(ts.get(j).start(), ts.get(last).end()), ts.get(j).start(), ts.get(last).end(), null);
        }

        /** Who speaks before a verb of saying: a name, else a noun phrase; adverbs, auxiliaries and one comma skipped. */
        Phrase speakerBefore(Nlp.Sentence s, int verbStart) {
            List<Nlp.Token> ts = s.tokens();
            int j = -1;
            for (int i = 0; i < ts.size(); i++) if (ts.get(i).end() <= verbStart) j = i;
            while (j >= 0 && (ts.get(j).is("ADV", "AUX", "PART") || ts.get(j).text().equals(","))) j--;
            if (j < 0 || !ts.get(j).is("PROPN", "NOUN", "PRON")) return null;
            if (ts.get(j).is("PRON")) return null;
            int last = j;
            boolean names = ts.get(j).is("PROPN");
            while (j > 0 && (names ? ts.get(j - 1).is("PROPN") : ts.get(j - 1).is("NOUN", "ADJ", "PROPN"))) j--;
            return new Phrase(text.substring(ts.get(j).start(), ts.get(last).end()), ts.get(j).start(), ts.get(last).end(), null);
        }

        /** Who speaks after a quotation: the names between it and the verb, or just after the verb. */
        Phrase speakerAfter(Nlp.Sentence s, int quoteEnd, int verbEnd) {
            List<Nlp.Token> ts = s.tokens();
            int first = -1, last = -1;
            for (int i = 0; i < ts.size(); i++) {
                Nlp.Token t = ts.get(i);
                if (t.start() < quoteEnd) continue;
                if (t.is("PROPN")) {
                    if (first < 0) first = i;
                    last = i;
                } else if (first >= 0) {
                    break;
                } else if (t.start() >= verbEnd + 1 && !t.is("DET", "ADJ", "NOUN")) {
                    break;
                }
            }
            if (first < 0) return null;
            return new Phrase(text.substring(ts.get(first).start(), ts.get(last).end()), ts.get(first).start(), ts.get(last).end(), null);
        }

        /** True when the clause of {@code m} speaks of what is to come: "will", "next", "scheduled" before it in its sentence. */
        boolean future(Match m) {
            Pattern cue = recogniser.patterns().table("date").get("future");
            if (cue == null || sentences.isEmpty()) return false;
            Nlp.Sentence s = sentenceOf(m.start());
            return cue.matcher(text).region(Math.min(s.start(), m.start()), m.start()).find()
                    || (m.group("claim") != null && cue.matcher(m.group("claim")).find());
        }

        String resolve(Match m) {
            String how = m.pattern().settings().getOrDefault("resolve", "absolute");
            boolean ahead = !how.equals("absolute") && !how.equals("relative") && !how.equals("ago") && future(m);
            Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
            Integer month = m.group("month") == null ? null : month(m.group("month"));
            Integer day = m.group("day") == null ? null : Integer.valueOf(m.group("day"));
            YearMonth pub = YearMonth.from(published);
            switch (how) {
                case "recent-month" -> {
                    if (ahead) return YearMonth.of(month >= pub.getMonthValue() ? pub.getYear() : pub.getYear() + 1, month).toString();
                    int y = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
                    return YearMonth.of(y, month).toString();
                }
                case "last-month" -> {
                    int y = month < pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
                    return YearMonth.of(y, month).toString();
                }
                case "recent-day" -> {
                    LocalDate d = LocalDate.of(pub.getYear(), month, Math.min(day, YearMonth.of(pub.getYear(), month).lengthOfMonth()));
                    if (ahead && d.isBefore(published)) d = d.plusYears(1);
                    if (!ahead && d.isAfter(published)) d = d.minusYears(1);
                    return d.toString();
                }
                case "recent-weekday" -> {
                    DayOfWeek wanted = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
                    LocalDate d = ahead ? published.plusDays(1) : published.minusDays(1);
                    while (d.getDayOfWeek() != wanted) d = ahead ? d.plusDays(1) : d.minusDays(1);
                    return d.toString();
                }
                case "ago" -> {
                    String n = m.group("count").toLowerCase(Locale.ROOT);
                    long count = n.equals("a") ? 1 : value(n) instanceof Number v ? v.longValue() : 0;
                    String unit = m.group("unit").toLowerCase(Locale.ROOT);
                    if (unit.startsWith("year")) return String.valueOf(pub.getYear() - count);
                    if (unit.startsWith("month")) return pub.minusMonths(count).toString();
                    return published.minusDays(unit.startsWith("week") ? 7 * count : count).toString();
                }
                case "relative" -> {
                    String r = m.group("relative").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                    return switch (r) {
                        case "yesterday" -> published.minusDays(1).toString();
                        case "today" -> published.toString();
                        case "last week" -> YearMonth.from(published.minusWeeks(1)).toString();
                        case "this week" -> YearMonth.from(published).toString();
                        case "next week" -> YearMonth.from(published.plusWeeks(1)).toString();
                        case "last month" -> pub.minusMonths(1).toString();
                        case "this month" -> pub.toString();
                        case "next month" -> pub.plusMonths(1).toString();
                        case "last year" -> String.valueOf(pub.getYear() - 1);
                        case "next year" -> String.valueOf(pub.getYear() + 1);
                        default -> String.valueOf(pub.getYear());
                    };
                }
                default -> {
                    if (year == null) return String.valueOf(pub.getYear());
                    if (month == null) return String.valueOf(year);
                    if (day == null) return YearMonth.of(year, month).toString();
                    return LocalDate.of(year, month, day).toString();
                }
            }
        }
    }

    /** A share read from a rate ("a turnout of 62%"): the count it is of, the count it is, and the rate's word. */
    private record Rate(Proposal whole, Proposal part, String label) {}

    /** The event a condition is attached to, how sure that is (a factor of the pattern's confidence), and how it was found. */
    private record Link(Proposal event, double certainty, String how) {}

    /** The subject of "The deal is conditional on ...": its words, head word, chars {@code [start, end)}, and whether it is a pronoun. */
    private record Subject(String words, String head, int start, int end, boolean pronoun) {}

    /** A phrase of the text: its words, chars {@code [start, end)}, and the noun run it ends in (what a number counts). */
    private record Phrase(String text, int start, int end, String unit) {}
}
