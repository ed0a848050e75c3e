package claimcheck.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Synthetic articles as facts files (JSON): groups of transfer events with a total over them, a
 * mention of an event's count, an assurance attachment for most events; and, as a fifth of the facts of
 * an article of ten or more, roles, the terms they are judged by, and lists. A share of the articles
 * carries seeded errors: a total that does not add up, a mention that disagrees, an event with no
 * assurance, a former holder whose term the article treats as ongoing, a list that names three items and
 * says four. The article text is inline ({@code content}). The same seed gives the same files.
 */
public final class Articles {
    private Articles() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Groups the article text speaks of: every group of an ordinary article, a bounded text for a huge one. */
    private static final int TEXT_GROUPS = 200;

    /**
     * One article of about {@code facts} facts (at least 8), seeded errors when {@code seeded}.
     * Events come in groups of 4 with one total each, so every total covers few events whatever the size;
     * a group has 8 facts, and the groups take four fifths of the facts (all 8 of an article of fewer than
     * 10), the rest being roles, terms and lists in turn.
     */
    static ObjectNode article(String id, int facts, boolean seeded, SplittableRandom random) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode article = root.putObject("article").put("id", id).put("title", "Synthetic article " + id).put("published", "2026-01-20");
        ArrayNode list = root.putArray("facts");
        Text text = new Text();
        int groups = Math.max(1, facts / 10); // 4 events, 2 attachments, a total and a mention per group
        int made = 0;
        for (int g = 0; g < groups; g++) {
            int sum = 0;
            int[] counts = new int[4];
            ArrayNode components = JSON.createArrayNode();
            for (int e = 0; e < 4; e++) {
                int count = 1 + random.nextInt(50);
                sum += count;
                counts[e] = count;
                String eid = "transfer-" + g + "-" + e;
                components.add(eid);
                text.quote(list.addObject().put("id", eid).put("kind", "event").put("type", "transfer").put("date", "2025-0" + (1 + e))
                        .put("count", count).put("unit", "inmates").put("from", "Mexico").put("to", "United States"),
                        "In operation " + (e + 1) + " of group " + (g + 1) + ", " + count + " inmates were transferred.");
                made++;
                boolean missingAssurance = seeded && g == 0 && e == 3;
                if (e < 2 && !missingAssurance) {
                    text.quote(list.addObject().put("id", "assurance-" + g + "-" + e).put("kind", "attachment").put("event", eid)
                            .put("type", "assurance/no-death-penalty"), "The United States gave assurances that it would not seek the death penalty.");
                    made++;
                }
            }
            int stated = seeded && g == 0 ? sum + 3 : sum;
            ObjectNode total = list.addObject().put("id", "total-" + g).put("kind", "total").put("eventType", "transfer").put("value", stated)
                    .put("unit", "prisoners");
            total.set("components", components);
            text.quote(total, "In group " + (g + 1) + ", " + stated + " prisoners were transferred in all.");
            int referred = random.nextInt(4);
            int mentioned = seeded && g == 0 ? counts[referred] + 10 : counts[referred];
            text.quote(list.addObject().put("id", "mention-" + g).put("kind", "mention").put("refers", "transfer-" + g + "-" + referred)
                    .put("value", mentioned), "One of those operations moved " + mentioned + " inmates.");
            made += 2;
            text.groupDone();
        }
        int p = 0;
        while (made < facts) {
            boolean first = p < 3; // the first role, term and list carry the seeded errors
            switch (p % 3) {
                case 0 -> {
                    String status = seeded && first ? "former" : "current"; // a former holder whose term goes on
                    text.quote(list.addObject().put("id", "role-" + p).put("kind", "role").put("person", "Person " + p).put("office", "Office " + p)
                            .put("status", status), "Person " + p + " is the " + (status.equals("former") ? "former " : "") + "Office " + p + ".");
                }
                case 1 -> text.quote(list.addObject().put("id", "term-" + p).put("kind", "term").put("person", "Person " + (p - 1))
                        .put("office", "Office " + (p - 1)).put("status", "ongoing"), "Person " + (p - 1) + " still holds the post.");
                default -> {
                    boolean miscounted = seeded && first; // three cities named, four said
                    ObjectNode l = list.addObject().put("id", "list-" + p).put("kind", "list").put("count", miscounted ? 4 : 3);
                    l.putArray("items").add("Washington").add("Houston").add("San Diego");
                    text.quote(l, "They were flown to " + (miscounted ? "four" : "three") + " cities: Washington, Houston and San Diego.");
                }
            }
            p++;
            made++;
        }
        article.put("content", text.toString());
        return root;
    }

    /**
     * The article's text, given inline ({@code content}, since a facts file needs a text): a sentence per
     * fact, which the fact quotes. Past the first {@link #TEXT_GROUPS} groups the facts quote the opening
     * sentence instead, so a huge article's text stays within bounds (the size limit, and quote location).
     */
    private static final class Text {
        private static final String OPENING = "Mexico transferred inmates to the United States in several operations.";
        private final StringBuilder text = new StringBuilder(OPENING);
        private int groups;

        void quote(ObjectNode fact, String sentence) {
            if (groups >= TEXT_GROUPS) {
                fact.put("quote", OPENING);
                return;
            }
            if (text.indexOf(sentence) < 0) text.append(' ').append(sentence);
            fact.put("quote", sentence);
        }

        void groupDone() { groups++; }

        @Override public String toString() { return text.toString(); }
    }

    /**
     * Writes generated articles to a folder, for benchmarks run from the shell (bench/spark):
     * {@code Articles DIR N [FACTS [ERROR_EVERY [SEED]]]}, by default 8 facts, every tenth seeded with errors, seed 15.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) throw new IllegalArgumentException("usage: Articles DIR N [FACTS [ERROR_EVERY [SEED]]]");
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 8,
                args.length > 3 ? Integer.parseInt(args[3]) : 10, args.length > 4 ? Long.parseLong(args[4]) : 15);
    }

    /** Writes {@code n} articles of {@code facts} facts each into {@code dir}; every {@code errorEvery}-th is seeded with errors. */
    public static void write(Path dir, int n, int facts, int errorEvery, long seed) throws IOException {
        Files.createDirectories(dir);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            String id = String.format("article-%05d", i);
            JSON.writeValue(dir.resolve(id + ".json").toFile(), article(id, facts, errorEvery > 0 && i % errorEvery == 0, random));
        }
    }
}
