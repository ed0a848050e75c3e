package claimcheck.numbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers a passage writes, as digits or as words, with their scale ("3.1 billion", "$8m",
 * "a quarter of a million"), fractions ("two-thirds", "half a million"), ordinals ("third", "26th"),
 * percentages ("50%", "50 per cent"), proportions written from the decimal point (".707"), the words that
 * loosen them ("almost", "more than") and the
 * vague words that only say "more than one" ("several", "multiple"). Linear in the passage.
 */
public final class NumberWords {
    private NumberWords() {}

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final List<String> ORDINALS = List.of("zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
            "nineteenth", "twentieth");
    private static final Map<String, BigDecimal> SCALES = Map.of("thousand", new BigDecimal("1e3"), "million", new BigDecimal("1e6"),
            "billion", new BigDecimal("1e9"), "trillion", new BigDecimal("1e12"), "k", new BigDecimal("1e3"), "m", new BigDecimal("1e6"),
            "mn", new BigDecimal("1e6"), "bn", new BigDecimal("1e9"), "tn", new BigDecimal("1e12"));
    private static final Map<String, BigDecimal> FRACTIONS = Map.of("half", new BigDecimal("0.5"), "halves", new BigDecimal("0.5"),
            "quarter", new BigDecimal("0.25"), "quarters", new BigDecimal("0.25"), "third", new BigDecimal("0.3333333333"),
            "thirds", new BigDecimal("0.3333333333"), "fifth", new BigDecimal("0.2"), "fifths", new BigDecimal("0.2"));
    private static final List<String> VAGUE = List.of("several", "multiple", "numerous", "many", "various");
    /** The words that loosen a number, longest first so "more than" wins over "more"; the same words facts take in "about 90". */
    private static final List<String[]> QUALIFIERS = qualifierWords("no fewer than", "no less than", "no more than", "an estimated", "upwards of",
            "more than", "fewer than", "less than", "at least", "at most", "close to", "just under", "approximately", "roughly", "around",
            "about", "nearly", "almost", "above", "under", "below", "over", "up to", "some");

    private static List<String[]> qualifierWords(String... qualifiers) {
        return java.util.Arrays.stream(qualifiers).map(q -> q.split(" ")).toList();
    }

    /** Word to value, for the word lists above: looked up once per token of every quote. */
    private static Map<String, Integer> indexOf(List<String> words) {
        Map<String, Integer> out = new java.util.HashMap<>();
        for (int i = 0; i < words.size(); i++) if (!words.get(i).isEmpty()) out.putIfAbsent(words.get(i), i);
        return Map.copyOf(out);
    }

    private static final Map<String, Integer> UNIT_VALUES = indexOf(UNITS);
    private static final Map<String, Integer> TEN_VALUES = indexOf(TENS);
    private static final Map<String, Integer> ORDINAL_VALUES = indexOf(ORDINALS);

    private static int index(Map<String, Integer> values, String word) {
        Integer v = values.get(word);
        return v == null ? -1 : v;
    }

    private static final Pattern TOKEN = Pattern.compile(
            "(?<digits>(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?|(?<![\\p{L}\\p{N}.,])\\.[0-9]+)(?<suffix>st|nd|rd|th|bn|mn|tn|m|k)?(?![\\p{L}\\p{N}])"
            + "|(?<word>\\p{L}+(?:[-\u2010\u2011\u2013][\\p{L}]+)*)|(?<percent>%)");

    private static final int DIGITS = 1, SUFFIX = 2;

    private record Token(String text, int start, int end, boolean digits, String suffix) {}

    /** The value of a number word or a hyphenated pair ("seven", "twenty-seven"), or -1 when it is not one. */
    public static long wordValue(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int u = index(UNIT_VALUES, w);
        if (u >= 0) return u;
        int t = index(TEN_VALUES, w);
        if (t >= 2) return t * 10L;
        int dash = w.indexOf('-');
        if (dash < 0 || w.indexOf('-', dash + 1) >= 0) return -1;
        int tens = index(TEN_VALUES, w.substring(0, dash)), units = index(UNIT_VALUES, w.substring(dash + 1));
        return tens >= 2 && units >= 1 && units <= 9 ? tens * 10L + units : -1;
    }

    /** The value of an ordinal word ("third", "twenty-first") or -1. */
    public static long ordinalValue(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        int o = index(ORDINAL_VALUES, w);
        if (o >= 0) return o;
        if (w.equals("thirtieth")) return 30;
        if (w.equals("hundredth")) return 100;
        int dash = w.indexOf('-');
        if (dash < 0 || w.indexOf('-', dash + 1) >= 0) return -1;
        int tens = index(TEN_VALUES, w.substring(0, dash)), units = index(ORDINAL_VALUES, w.substring(dash + 1));
        return tens >= 2 && units >= 1 && units <= 9 ? tens * 10L + units : -1;
    }

    /** Every number {@code passage} writes, in the order written. */
    public static List<WrittenNumber> find(String passage) {
        List<Token> tokens = tokens(passage);
        List<WrittenNumber> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            int next = read(passage, tokens, i, out);
            i = next > i ? next : i + 1;
        }
        return out;
    }

    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            // Groups by number, not name: a name is a map lookup per call, and this runs on every word of every quote.
            if (m.start(DIGITS) >= 0) out.add(new Token(m.group(DIGITS), m.start(), m.end(), true, m.group(SUFFIX)));
            else {
                String w = m.group().toLowerCase(java.util.Locale.ROOT);
                w = w.replace('\u2010', '-').replace('\u2011', '-').replace('\u2013', '-');
                out.add(new Token(w, m.start(), m.end(), false, null));
            }
        }
        return out;
    }

    private static String word(List<Token> t, int i) { return i < t.size() && !t.get(i).digits() ? t.get(i).text() : ""; }

    /** Reads a number starting at token {@code i} into {@code out}; the token after it, or {@code i} when none starts there. */
    private static int read(String passage, List<Token> t, int i, List<WrittenNumber> out) {
        Token first = t.get(i);
        String w = first.text();
        if (VAGUE.contains(w)) {
            out.add(new WrittenNumber(first.text(), BigDecimal.ONE, null, "more than", null, false, true, false));
            return i + 1;
        }
        if (w.equals("dozens")) {
            out.add(new WrittenNumber(first.text(), BigDecimal.valueOf(24), null, "at least", null, false, false, false));
            return i + 1;
        }
        int j;
        if (first.digits()) {
            BigDecimal value = new BigDecimal(first.text().replace(",", ""));
            j = i + 1;
            String suffix = first.suffix();
            if (suffix != null && SCALES.containsKey(suffix)) {
                return finish(passage, t, i, j, value.multiply(SCALES.get(suffix)), decimalsOf(value, SCALES.get(suffix)), value, out);
            }
            if (suffix != null) { // an ordinal: 26th
                return finish(passage, t, i, j, value, null, null, out);
            }
            if (first.text().startsWith(".")) { // ".707", a proportion as sport writes one: may stand for a percentage
                int end = finish(passage, t, i, j, value, null, null, out);
                WrittenNumber n = out.remove(out.size() - 1);
                out.add(new WrittenNumber(n.text(), n.value(), n.roundedTo(), n.qualifier(), n.unscaled(), n.percent(), false, true));
                return end;
            }
            BigDecimal scale = SCALES.get(word(t, j));
            if (scale != null && word(t, j).length() > 2) {
                return finish(passage, t, i, j + 1, value.multiply(scale), decimalsOf(value, scale), value, out);
            }
            return finish(passage, t, i, j, value, null, null, out);
        }
        long ordinal = ordinalValue(w);
        boolean article = w.equals("a") || w.equals("an") || w.equals("one");
        // Fractions: "a quarter of a million", "half a million", "two-thirds", "three quarters".
        int f = i;
        BigDecimal count = null;
        if (article) { count = BigDecimal.ONE; f = i + 1; }
        else if (wordValue(w) > 0 && FRACTIONS.containsKey(word(t, i + 1)) && word(t, i + 1).endsWith("s")) { count = BigDecimal.valueOf(wordValue(w)); f = i + 1; }
        else if (w.contains("-") && w.split("-").length == 2 && wordValue(w.split("-")[0]) > 0 && FRACTIONS.containsKey(w.split("-")[1])) {
            BigDecimal fraction = BigDecimal.valueOf(wordValue(w.split("-")[0])).multiply(FRACTIONS.get(w.split("-")[1]));
            return scaledFraction(passage, t, i, i + 1, fraction, out);
        }
        if (w.equals("half")) // "half a million", "half of all spending"
            return scaledFraction(passage, t, i, i + 1, new BigDecimal("0.5"), out);
        if (count != null && FRACTIONS.containsKey(word(t, f))) {
            BigDecimal fraction = count.multiply(FRACTIONS.get(word(t, f)));
            if (!(article && word(t, f).equals("third")) || word(t, f + 1).equals("of")) // "a third" alone may be the ordinal
                return scaledFraction(passage, t, i, f + 1, fraction, out);
        }
        if (ordinal >= 0) return finish(passage, t, i, i + 1, BigDecimal.valueOf(ordinal), null, null, out);
        // Whole numbers in words: "thirteen", "two hundred and five", "a dozen", "three million".
        BigDecimal total = BigDecimal.ZERO;
        long current = 0;
        boolean any = false;
        j = i;
        if (article && (word(t, i + 1).equals("hundred") || word(t, i + 1).equals("dozen") || SCALES.containsKey(word(t, i + 1)) && word(t, i + 1).length() > 2)) {
            current = 1;
            any = true;
            j = i + 1;
        }
        for (; j < t.size(); j++) {
            String x = word(t, j);
            long v = wordValue(x);
            // A number word joins the one before only after "hundred" or a scale, or as the units of a ten ("twenty one").
            boolean joins = !any || current % 100 == 0 || current % 10 == 0 && current % 100 >= 20 && v < 10;
            if (v >= 0 && joins) {
                current += v;
                any = true;
            } else if (any && x.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (any && x.equals("dozen")) {
                current = Math.max(current, 1) * 12;
            } else if (any && SCALES.containsKey(x) && x.length() > 2) {
                total = total.add(BigDecimal.valueOf(Math.max(current, 1)).multiply(SCALES.get(x)));
                current = 0;
            } else if (any && x.equals("and") && wordValue(word(t, j + 1)) >= 0 && current % 100 == 0) {
                continue;
            } else {
                break;
            }
        }
        if (!any) return i;
        return finish(passage, t, i, j, total.add(BigDecimal.valueOf(current)), null, null, out);
    }

    /** A fraction at tokens {@code [i, j)}, times the scale that may follow: "of a million", "a million", "million". */
    private static int scaledFraction(String passage, List<Token> t, int i, int j, BigDecimal fraction, List<WrittenNumber> out) {
        int k = j;
        if (word(t, k).equals("of")) k++;
        if (word(t, k).equals("a") || word(t, k).equals("an")) k++;
        BigDecimal scale = SCALES.get(word(t, k));
        if (scale != null && word(t, k).length() > 2) return finish(passage, t, i, k + 1, fraction.multiply(scale), null, fraction, out);
        int end = finish(passage, t, i, j, fraction, null, null, out);
        WrittenNumber n = out.remove(out.size() - 1);
        out.add(new WrittenNumber(n.text(), n.value(), n.roundedTo(), n.qualifier(), n.unscaled(), n.percent(), false, true));
        return end;
    }

    /** Half the last written digit of {@code value}, in the scale's units: "3.1 billion" is to 100,000,000. */
    private static BigDecimal decimalsOf(BigDecimal value, BigDecimal scale) {
        return BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).multiply(scale);
    }

    /** Records the number read at tokens {@code [i, j)} with its qualifier before and percent sign after. */
    private static int finish(String passage, List<Token> t, int i, int j, BigDecimal value, BigDecimal rounded, BigDecimal unscaled, List<WrittenNumber> out) {
        boolean percent = false;
        int end = t.get(j - 1).end();
        if (j < t.size() && t.get(j).text().equals("%")) { percent = true; end = t.get(j).end(); j++; }
        else if (word(t, j).equals("percent")) { percent = true; end = t.get(j).end(); j++; }
        else if (word(t, j).equals("per") && word(t, j + 1).equals("cent")) { percent = true; end = t.get(j + 1).end(); j += 2; }
        String qualifier = null;
        int start = t.get(i).start();
        for (String[] words : QUALIFIERS) {
            int k = i - words.length;
            if (k < 0) continue;
            boolean match = true;
            for (int n = 0; n < words.length; n++) match &= word(t, k + n).equals(words[n]);
            if (match) {
                qualifier = String.join(" ", words);
                start = t.get(k).start();
                break;
            }
        }
        out.add(new WrittenNumber(passage.substring(start, end), value.stripTrailingZeros(), rounded, qualifier, unscaled, percent, false, false));
        return j;
    }
}
