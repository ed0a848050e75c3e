package claimcheck.facts;

import claimcheck.Deadline;
import claimcheck.numbers.NumberWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the passage of an article closest to a quote that is not in it, word by word: words are
 * compared after folding case, typographic quotes and dashes, digits and number words ("13" and
 * "thirteen"), "per cent" and "percent" and "%"; punctuation is left out. The search is Myers'
 * bit-parallel approximate matching over the text's words with the quote's first 64 words, so it is
 * linear in the text; it looks at the {@link Deadline} every 65,536 words. The alignment that names
 * the differences is worked out on a window of twice the quote's length only.
 */
public final class ClosestPassage {
    /** Quote words the search compares; a longer quote is matched on its first ones. */
    static final int MAX_WORDS = 64;
    private static final int CHECK_EVERY = 1 << 16;
    private static final int GAP = 2, CHANGE = 3;
    /** Text words searched, over all quotes of an article: past it, a quote not found gets no closest passage. */
    static final long WORD_BUDGET = 50_000_000;
    private long budget = WORD_BUDGET;

    /** A word: as written, as compared, and where it is (chars of the original text). */
    private record Word(String written, String compared, int start, int end) {}

    private final ArticleText text;
    private final List<Word> words;
    private final int[] ids;
    private final Map<String, Integer> vocabulary = new HashMap<>();

    public ClosestPassage(ArticleText text) {
        this.text = text;
        this.words = words(text.text());
        this.ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = vocabulary.computeIfAbsent(words.get(i).compared(), k -> vocabulary.size());
    }

    /**
     * The closest passage to {@code quote}, or null when none is closer than changing two thirds of its words, or
     * when the searches of this article have used up {@link #WORD_BUDGET}.
     */
    public Near find(String quote, Deadline deadline) {
        List<Word> q = words(quote);
        if (q.isEmpty() || words.isEmpty() || budget < ids.length) return null;
        budget -= ids.length;
        if (q.size() > MAX_WORDS) q = q.subList(0, MAX_WORDS);
        int m = q.size();
        // Myers (1999): one bit per quote word; Peq holds, per text word, where it occurs in the quote.
        Map<Integer, Long> peq = new HashMap<>();
        for (int i = 0; i < m; i++) {
            Integer id = vocabulary.get(q.get(i).compared());
            if (id != null) peq.merge(id, 1L << i, (a, b) -> a | b);
        }
        long pv = m == 64 ? -1L : (1L << m) - 1, mv = 0, high = 1L << (m - 1);
        int score = m, best = m + 1, bestEnd = -1, firstEnd = -1;
        for (int j = 0; j < ids.length; j++) {
            if (j % CHECK_EVERY == 0) deadline.check();
            long eq = peq.getOrDefault(ids[j], 0L);
            long xv = eq | mv;
            long xh = (((eq & pv) + pv) ^ pv) | eq;
            long ph = mv | ~(xh | pv);
            long mh = pv & xh;
            if ((ph & high) != 0) score++;
            else if ((mh & high) != 0) score--;
            ph <<= 1;
            mh <<= 1;
            pv = mh | ~(xv | ph);
            mv = ph & xv;
            if (m < 64) pv &= (1L << m) - 1;
            // Ties within a quote's length of the first best end extend the passage: "approved by a narrow margin"
            // reads better than "approved by a" for a quote of "approved by a margin of 212 votes".
            if (score < best) {
                best = score;
                bestEnd = firstEnd = j;
            } else if (score == best && j - firstEnd <= m) {
                bestEnd = j;
            }
        }
        if (bestEnd < 0 || best * 3 >= m * 2) return null;
        return aligned(q, bestEnd);
    }

    /** The alignment of {@code q} with the text words ending at {@code end}: where it starts and what differs. */
    private Near aligned(List<Word> q, int end) {
        int m = q.size();
        int from = Math.max(0, end + 1 - 2 * m);
        int n = end + 1 - from;
        // d[i][j]: cost of quote words [0, i) against text words [from + jStart, from + j) with the best start.
        int[][] d = new int[m + 1][n + 1];
        // A word left out or added costs 2, a word changed 3: "approved by a narrow margin" aligns with "approved
        // by a margin of 212 votes" word for word, rather than as four changed words.
        for (int i = 1; i <= m; i++) d[i][0] = GAP * i;
        for (int i = 1; i <= m; i++)
            for (int j = 1; j <= n; j++) {
                int same = q.get(i - 1).compared().equals(words.get(from + j - 1).compared()) ? 0 : CHANGE;
                d[i][j] = Math.min(d[i - 1][j - 1] + same, Math.min(d[i - 1][j] + GAP, d[i][j - 1] + GAP));
            }
        // Trace back from the end, preferring matches, to name the differences in text order.
        List<String> differences = new ArrayList<>();
        int i = m, j = n, first = n, last = -1;
        while (i > 0) {
            Word quoteWord = q.get(i - 1);
            Word textWord = j > 0 ? words.get(from + j - 1) : null;
            boolean same = textWord != null && quoteWord.compared().equals(textWord.compared());
            // In a tie, a number changed into another number (37 for 38) reads best, then a word the quote has
            // and the text lacks, then a word changed into a different sort of word.
            if (same && d[i][j] == d[i - 1][j - 1]) {
                if (!textWord.written().equals(quoteWord.written()))
                    differences.add(0, "the text has \u201C" + textWord.written() + "\u201D where the quote has \u201C" + quoteWord.written() + "\u201D");
                if (last < 0) last = j - 1;
                first = j - 1;
                i--;
                j--;
            } else if (textWord != null && d[i][j] == d[i - 1][j - 1] + CHANGE && numeric(textWord) == numeric(quoteWord)) {
                differences.add(0, "the text has \u201C" + textWord.written() + "\u201D where the quote has \u201C" + quoteWord.written() + "\u201D");
                if (last < 0) last = j - 1;
                first = j - 1;
                i--;
                j--;
            } else if (d[i][j] == d[i - 1][j] + GAP) {
                differences.add(0, "the quote has \u201C" + quoteWord.written() + "\u201D that the text does not");
                i--;
            } else if (textWord != null && d[i][j] == d[i][j - 1] + GAP) {
                if (last >= 0) differences.add(0, "the text has \u201C" + textWord.written() + "\u201D that the quote leaves out");
                j--;
            } else {
                differences.add(0, "the text has \u201C" + textWord.written() + "\u201D where the quote has \u201C" + quoteWord.written() + "\u201D");
                if (last < 0) last = j - 1;
                first = j - 1;
                i--;
                j--;
            }
        }
        if (last < 0) return null;
        Word a = words.get(from + first), b = words.get(from + last);
        return new Near(text.span(a.start(), b.end()), NormalText.of(text.text().substring(a.start(), b.end())), differences);
    }

    /** The words of {@code s}: runs of letters and digits (a number keeps its "," and "."), "%" as "percent", "per cent" as one. */
    private static List<Word> words(String s) {
        List<Word> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (cp == '%') {
                out.add(new Word("%", "percent", i, i + 1));
                i++;
                continue;
            }
            if (!NormalText.isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(cp);
            while (i < n) {
                int c = s.codePointAt(i);
                if (NormalText.isWordChar(c)) i += Character.charCount(c);
                else if (digits && (c == ',' || c == '.') && i + 1 < n && Character.isDigit(s.charAt(i + 1))) i++;
                else break;
            }
            String written = s.substring(start, i);
            String compared = compared(written);
            if (compared.equals("cent") && !out.isEmpty() && out.get(out.size() - 1).compared().equals("per")) {
                Word per = out.remove(out.size() - 1);
                out.add(new Word(s.substring(per.start(), i), "percent", per.start(), i));
                continue;
            }
            out.add(new Word(written, compared, start, i));
        }
        return out;
    }

    private static boolean numeric(Word w) { return Character.isDigit(w.compared().charAt(0)); }

    private static String compared(String written) {
        String w = java.text.Normalizer.normalize(written, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) return w.replace(",", "");
        long v = NumberWords.wordValue(w);
        if (v >= 0) return Long.toString(v);
        return w;
    }
}
