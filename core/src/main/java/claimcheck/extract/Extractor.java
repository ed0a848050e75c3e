package claimcheck.extract;

import static claimcheck.extract.Words.lemma;
import static claimcheck.extract.Words.month;
import static claimcheck.extract.Words.ordinalValue;
import static claimcheck.extract.Words.place;
import static claimcheck.extract.Words.slug;
import static claimcheck.extract.Words.value;
import static claimcheck.extract.Words.wordsToNumber;

import claimcheck.facts.ArticleText;
import claimcheck.facts.Span;
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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proposes the facts of an article: the {@link Recogniser}'s matches, read in their sentences with
 * OpenNLP's tags, become facts of the facts format, linked where the text makes it plain (a total
 * and the events of its sentence or the next; a later figure that repeats the lead event's count;
 * ordinals and conditions to the lead event). Each proposal says how sure it is and what it
 * guessed. Deterministic; thread-safe.
 */
public final class Extractor {
    private static final Pattern WINDOW = Pattern.compile("(?i)\\b(?:within|in|over|during)\\s+the\\s+(?:past|last)\\s+(?:(\\w+)\\s+)?(year|month|week|day)s?\\b");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+[^.;,]{3,80}");
    private static final Pattern EVIDENCE = Pattern.compile("(?i)\\bas\\s+(?:evidence|proof|a\\s+sign)\\s+(?:of|for|that)\\s+([^.;,]{3,80}?)(?=[.;,]|$)");
    private static final Pattern METRIC_END = Pattern.compile("[,;]|\\.(?=\\s+\\p{Lu}|\\s*$)|\\s(?i:as|since|compared|from|than|after|while|which|because|over|between|last|this)\\s");
    private static final Pattern THIS = Pattern.compile("(?i)\\b(?:this|the\\s+latest|latest|these)\\b");
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

            leadEvent(claims);
            List<Proposal> events = new ArrayList<>();
            for (Match m : claims) if (m.kind().equals("date")) events.add(dateEvent(m, claims));
            for (Match m : totals) total(m, events);
            for (Match m : claims) {
                if (m.kind().equals("percentage")) percentage(m);
                else if (m.kind().equals("ordinal")) ordinal(m);
            }
            for (Match m : claims) if (m.kind().equals("quantity") && !isTaken(m.start(), m.end())) quantity(m);
            List<Proposal> roles = new ArrayList<>();
            Set<String> people = new HashSet<>();
            for (Match m : titles) {
                Proposal r = role(m, people);
                if (r != null) roles.add(r);
            }
            for (Match m : quotations) quotation(m, roles);
            for (Match m : lists) list(m);
            for (Match m : attachments) attachment(m);

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

        // --- the lead event: what the first sentence reports, which ordinals and conditions usually concern

        void leadEvent(List<Match> claims) {
            if (sentences.isEmpty()) return;
            Nlp.Sentence first = sentences.get(0);
            Match q = claims.stream().filter(m -> m.kind().equals("quantity") && first.contains(m.start())).findFirst().orElse(null);
            Nlp.Token verb = null;
            for (Nlp.Token t : first.tokens()) {
                if (q != null && t.start() >= q.start()) break;
                if (t.is("VERB")) verb = t;
            }
            if (verb == null) return;
            int start = clauseStart(first, verb.start());
            int end;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("type", lemma(verb.text()));
            f.put("date", YearMonth.from(published).toString());
            List<String> doubts = new ArrayList<>();
            doubts.add("the article's lead event, as its first sentence reports it; date: the publication month, unless the article says otherwise");
            if (q != null) {
                Phrase np = nounPhrase(q);
                end = np.end();
                f.put("count", value(q.group("value")));
                if (np.unit() != null) f.put("unit", np.unit());
                taken.add(new int[] {q.start(), q.end()});
            } else {
                end = verb.end();
            }
            lead = add("event", "event-lead", start, end, f, 0.6, "event", doubts);
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
                if (q.kind().equals("quantity") && q.start() >= start && q.end() <= m.start()) {
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
                Matcher ev = EVIDENCE.matcher(text).region(end, Math.max(end, text.indexOf('\n', end) < 0 ? text.length() : text.indexOf('\n', end)));
                if (ev.lookingAt() || (ev.find() && ev.start() - end < 3)) {
                    f.put("evidenceFor", ev.group(1).strip());
                    end = ev.end(1);
                }
                add("change", "change-" + slug(metric), start, end, f, m.pattern().confidence() * 0.9, "percentage", doubts);
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
            Nlp.Sentence s = sentenceOf(m.start());
            Phrase np = nounPhrase(m);
            Object value = value(m.group("value"));
            List<String> doubts = new ArrayList<>();
            double confidence = m.pattern().confidence();
            if (np.unit() == null) {
                confidence *= 0.6;
                doubts.add("subject: what the number counts");
            }
            String before = text.substring(Math.max(s.start(), m.start() - 12), m.start()).toLowerCase(Locale.ROOT);
            boolean repeats = before.matches("(?s).*\\b(?:these|those|the|all|all of the|all of these)\\s+$");
            if (lead != null && repeats && value.equals(lead.fields().get("count")) && !sentenceOf(lead.start()).equals(s)) {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("refers", lead.id());
                f.put("value", value);
                int start = m.start() - (before.length() - before.stripTrailing().lastIndexOf(' ') - 1) - 1;
                start = Math.max(s.start(), text.lastIndexOf(' ', m.start() - 2) + 1);
                while (start < m.start() && "‘“\"'".indexOf(text.charAt(start)) >= 0) start++;
                add("mention", "mention-" + slug(value + " " + (np.text() == null ? "" : np.text())), start, np.end(), f, confidence * 0.8, "quantity",
                        List.of("refers: the figure it repeats (the lead event's count, by value)"));
                return;
            }
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("subject", np.text() == null ? "(what is counted)" : np.text());
            f.put("metric", "count");
            f.put("value", value);
            if (np.unit() != null) f.put("unit", np.unit());
            add("measure", "measure-" + slug(value + " " + (np.unit() == null ? "" : np.unit())), m.start(), np.end(), f, confidence, "quantity", doubts);
        }

        Proposal role(Match m, Set<String> people) {
            String person = m.group("person").replaceAll("[’']s$", "").strip();
            String office = m.group("office").replaceAll("\\s+", " ");
            if (office.equals(office.toLowerCase(Locale.ROOT))) office = Character.toUpperCase(office.charAt(0)) + office.substring(1);
            String place = m.group("place") != null ? place(m.group("place")) : m.group("of");
            if (place != null) office = office + " of " + place;
            String status = m.group("status") != null && m.group("status").toLowerCase(Locale.ROOT).matches("former|ex-|then-|late|outgoing") ? "former" : "current";
            String lastName = person.substring(person.lastIndexOf(' ') + 1);
            for (String known : people) if (known.equals(person) || known.endsWith(" " + lastName) && known.contains(status + "|")) return null;
            people.add(status + "|" + person);
            List<String> doubts = new ArrayList<>();
            if (place == null) doubts.add("office: of which country or body");
            int end = m.at("person").start() + person.length();
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
                String i = item.replaceFirst("^(?:and|or)\\s+", "").strip();
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

        void attachment(Match m) {
            String condition = m.group("condition");
            String type = "condition/other";
            for (Map.Entry<String, Pattern> t : recogniser.patterns().table("attachment").entrySet()) {
                if (t.getValue().matcher(condition).find()) {
                    type = t.getKey();
                    break;
                }
            }
            Proposal event = lead;
            if (event == null) return;
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("event", event.id());
            f.put("type", type);
            if (m.group("givenBy") != null) f.put("givenBy", m.group("givenBy").strip());
            if (m.group("givenTo") != null) f.put("givenTo", m.group("givenTo").strip());
            List<String> doubts = new ArrayList<>();
            doubts.add("event: the event the condition is attached to (the lead event, by default)");
            if (type.equals("condition/other")) doubts.add("type: what kind of condition");
            add("attachment", "attachment-" + slug(type.substring(type.indexOf('/') + 1)), m.start(), m.end(), f, m.pattern().confidence() * 0.9, "attachment", doubts);
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

        String resolve(Match m) {
            String how = m.pattern().settings().getOrDefault("resolve", "absolute");
            Integer year = m.group("year") == null ? null : Integer.valueOf(m.group("year"));
            Integer month = m.group("month") == null ? null : month(m.group("month"));
            Integer day = m.group("day") == null ? null : Integer.valueOf(m.group("day"));
            YearMonth pub = YearMonth.from(published);
            switch (how) {
                case "last-month" -> {
                    int y = month < pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
                    return YearMonth.of(y, month).toString();
                }
                case "recent-month" -> {
                    int y = month <= pub.getMonthValue() ? pub.getYear() : pub.getYear() - 1;
                    return YearMonth.of(y, month).toString();
                }
                case "recent-day" -> {
                    LocalDate d = LocalDate.of(pub.getYear(), month, Math.min(day, YearMonth.of(pub.getYear(), month).lengthOfMonth()));
                    if (d.isAfter(published)) d = d.minusYears(1);
                    return d.toString();
                }
                case "recent-weekday" -> {
                    DayOfWeek wanted = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
                    LocalDate d = published.minusDays(1);
                    while (d.getDayOfWeek() != wanted) d = d.minusDays(1);
                    return d.toString();
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

    /** A phrase of the text: its words, chars {@code [start, end)}, and the noun run it ends in (what a number counts). */
    private record Phrase(String text, int start, int end, String unit) {}
}
