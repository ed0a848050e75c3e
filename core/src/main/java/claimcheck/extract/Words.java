package claimcheck.extract;

import claimcheck.numbers.NumberWords;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of news writing a draft turns into values: months, ordinals and numbers written as
 * words, numbers as the facts format takes them, the base form of an event's verb, and ids made
 * from text. (Place adjectives are data: places.yaml, read by {@link Patterns}.)
 */
final class Words {
    private Words() {}

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    static int month(String name) {
        return MONTHS.indexOf(name.toLowerCase(Locale.ROOT).substring(0, 3)) + 1;
    }

    /** "third" as 3, "twenty-first" as 21 (the words verify's number reader knows), "3rd" as 3. */
    static int ordinalValue(String s) {
        long v = NumberWords.ordinalValue(s);
        return v >= 0 ? (int) v : Integer.parseInt(s.replaceAll("\\D", ""));
    }

    /** "seven" as 7, "twenty-seven" as 27, "a dozen" as 12, "37" as 37; 0 for words that are no number. */
    static long wordsToNumber(String words) {
        String w = words.toLowerCase(Locale.ROOT).replace("a dozen", "dozen");
        if (w.matches("\\d+")) return Long.parseLong(w);
        if (w.equals("dozen")) return 12;
        if (w.equals("hundred")) return 100;
        return Math.max(0, NumberWords.wordValue(w));
    }

    private static final Pattern SCALE = Pattern.compile("(?i)^(.*?)\\s+(thousand|million|billion|trillion)$");

    /** A number as written, as the facts format takes it: 37, 4.5, "1,250", "1.2 million". */
    static Object value(String written) {
        String s = written.strip().replace("$", "");
        Matcher scale = SCALE.matcher(s);
        if (scale.matches()) {
            String head = scale.group(1);
            Object n = value(head);
            return n + " " + scale.group(2).toLowerCase(Locale.ROOT);
        }
        if (s.matches("\\d+")) return s.length() <= 15 ? Long.parseLong(s) : s;
        if (s.matches("\\d+\\.\\d+")) return new BigDecimal(s);
        if (s.matches("\\d{1,3}(,\\d{3})+")) return Long.parseLong(s.replace(",", ""));
        return wordsToNumber(s);
    }

    /** "transferred" is transfer, "transfers" transfer, "operations" operation: enough for an event type an editor checks. */
    static String lemma(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("ed") && w.length() > 4) {
            String stem = w.substring(0, w.length() - 2);
            int n = stem.length();
            if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && "lsz".indexOf(stem.charAt(n - 1)) < 0) return stem.substring(0, n - 1);
            if (stem.endsWith("at") || stem.endsWith("iz") || stem.endsWith("ur") || stem.endsWith("us")) return stem + "e";
            return stem;
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    static String slug(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String out = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? "x" : out;
    }
}
