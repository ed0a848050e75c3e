package claimcheck.reference;

import claimcheck.facts.Article;
import claimcheck.facts.Event;
import claimcheck.facts.Fact;
import claimcheck.facts.ItemList;
import claimcheck.facts.Measure;
import claimcheck.facts.Role;
import claimcheck.facts.Total;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * What other coverage of the story says of each claim ({@code verify --corroborate}), as a table for the
 * reports: a row per claim of a kind {@link Corroboration} compares, a column per other article that
 * names the article's story, and in each cell whether that article agrees, disagrees (and with what), or
 * does not report the claim. The same comparison rule core/cross-source makes, by {@link Corroboration#of}.
 * Empty when the article names no story or no other article does.
 *
 * @param sources the other articles, in id order
 * @param rows    the article's claims, in the order its facts file gives them
 */
public record CorroborationMatrix(List<Source> sources, List<Row> rows) {
    public static final CorroborationMatrix NONE = new CorroborationMatrix(List.of(), List.of());

    /** Another article about the story. */
    public record Source(String articleId, String title) {}

    /** One claim (its fact, kind and first quote, null when it has none), with a cell per source in {@link #sources()} order. */
    public record Row(String factId, String kind, String quote, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    public enum Verdict {
        AGREES("agrees", "agrees"), DISAGREES("disagrees", "disagrees"), NOT_REPORTED("not reported", "not-reported");

        private final String label;
        private final String token;

        Verdict(String label, String token) {
            this.label = label;
            this.token = token;
        }

        /** In words, as the reports print it. */
        public String label() { return label; }

        /** As a class name or key: agrees, disagrees, not-reported. */
        public String token() { return token; }
    }

    /** {@code says}: what a disagreeing source says instead ("95 (not 92)"); null for the other verdicts. */
    public record Cell(Verdict verdict, String says) {
        public String label() { return verdict.label(); }

        public String token() { return verdict.token(); }
    }

    public CorroborationMatrix {
        sources = List.copyOf(sources);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() { return sources.isEmpty(); }

    /**
     * The matrix of {@code article}'s {@code facts} against the CoverageFacts in {@code shared} (anything
     * else there is ignored); {@code derived} holds the values rules derived for the article's facts.
     */
    public static CorroborationMatrix of(Article article, List<Fact> facts, Collection<?> derived, Collection<?> shared) {
        if (article == null || article.story() == null) return NONE;
        List<CoverageFact> others = new ArrayList<>();
        TreeMap<String, String> titles = new TreeMap<>();
        for (Object o : shared) {
            if (o instanceof CoverageFact c && c.story().equals(article.story()) && !c.articleId().equals(article.id())) {
                others.add(c);
                titles.putIfAbsent(c.articleId(), c.articleTitle());
            }
        }
        if (titles.isEmpty()) return NONE;
        List<Source> sources = new ArrayList<>();
        titles.forEach((id, title) -> sources.add(new Source(id, title)));
        List<Row> rows = new ArrayList<>();
        for (Fact claim : facts) {
            if (!compared(claim)) continue;
            Corroboration c = Corroboration.of(claim, derived, others);
            List<Cell> cells = new ArrayList<>();
            for (Source s : sources) cells.add(cell(c, s.articleId()));
            rows.add(new Row(claim.id(), claim.kind(), claim.quotes().isEmpty() ? null : claim.quotes().get(0), cells));
        }
        return new CorroborationMatrix(sources, rows);
    }

    /** The kinds {@link Corroboration#aligns} can align; a claim of another kind is never compared. */
    static boolean compared(Fact f) {
        return f instanceof Event || f instanceof Total || f instanceof ItemList || f instanceof Role || f instanceof Measure;
    }

    private static Cell cell(Corroboration c, String articleId) {
        if (c.agreeing().contains(articleId)) return new Cell(Verdict.AGREES, null);
        for (Corroboration.Disagreement d : c.disagreeing())
            if (d.articleId().equals(articleId)) return new Cell(Verdict.DISAGREES, d.says());
        return new Cell(Verdict.NOT_REPORTED, null);
    }
}
