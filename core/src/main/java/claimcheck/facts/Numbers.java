package claimcheck.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as people write them, for every message, report and chart: grouping commas ("12,140"),
 * a currency symbol and a scale word ("$41.2 billion"), ranges sharing both ("$40.9–41.5 billion")
 * and open ends in words ("at least 12,140"), never an exponent, a bracket or "inf".
 */
public final class Numbers {
    private Numbers() {}

    /** Scale words, largest first, with the power of ten each stands for. */
    private static final String[] WORDS = {"trillion", "billion", "million", "thousand"};
    private static final int[] EXPONENTS = {12, 9, 6, 3};
    /** Decimals kept after a scale word ("$9.169 billion") and without one ("5,913.75"): enough for what articles write, short enough to read. */
    private static final int SCALED_DECIMALS = 3, PLAIN_DECIMALS = 4;

    /** A number with grouping commas and no trailing zeros after the point: 12140 as "12,140", 4.50 as "4.5". */
    public static String grouped(BigDecimal b) {
        String plain = Quantity.plain(b);
        boolean negative = plain.startsWith("-");
        String digits = negative ? plain.substring(1) : plain;
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point), fraction = point < 0 ? "" : digits.substring(point);
        StringBuilder g = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) g.append(',');
            g.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + g + fraction;
    }

    /** A digit and the scale word or letters after it; compiled once, as every message that shows a sum reads it. */
    private static final java.util.regex.Pattern SCALE_WRITTEN =
            java.util.regex.Pattern.compile("[0-9](?: ?(thousand|million|billion|trillion)\\b|(bn|mn|tn|m|k)\\b)");

    /**
     * The scale word a quantity was written with ("million" for "$8 million" or "$8m"), or null when
     * it was written in digits alone.
     */
    public static String scaleWritten(String text) {
        if (text == null) return null;
        java.util.regex.Matcher m = SCALE_WRITTEN.matcher(text);
        if (!m.find()) return null;
        if (m.group(1) != null) return m.group(1);
        return switch (m.group(2)) {
            case "k" -> "thousand";
            case "m", "mn" -> "million";
            case "bn" -> "billion";
            default -> "trillion";
        };
    }

    /** The scale an amount of money reads best in when the article gave none: the largest of million and up that keeps it at 1 or more. */
    static String scaleFor(BigDecimal magnitude) {
        for (int i = 0; i < WORDS.length - 1; i++)
            if (magnitude.abs().movePointLeft(EXPONENTS[i]).compareTo(BigDecimal.ONE) >= 0) return WORDS[i];
        return null;
    }

    /** One value in a currency (ISO code or null) and scale word (or null): "$41.2 billion", "12,140". */
    public static String amount(BigDecimal v, String currency, String scale) {
        return symbol(currency) + digits(v, scale, RoundingMode.HALF_UP) + (scale == null ? "" : " " + scale);
    }

    /**
     * The values an interval allows, in a currency and scale: "$40.9–41.5 billion", "12,140",
     * "at least 12,140", "less than 5", or "any value" when it is bounded on neither side. Ends are
     * rounded outwards when the scale leaves too many decimals.
     */
    public static String interval(Interval i, String currency, String scale) {
        String c = symbol(currency), s = scale == null ? "" : " " + scale;
        if (i.lo() == null && i.hi() == null) return "any value";
        if (i.isPoint()) return amount(i.lo(), currency, scale);
        if (i.hi() == null) return (i.loOpen() ? "more than " : "at least ") + c + digits(i.lo(), scale, RoundingMode.FLOOR) + s;
        if (i.lo() == null) return (i.hiOpen() ? "less than " : "at most ") + c + digits(i.hi(), scale, RoundingMode.CEILING) + s;
        String lo = digits(i.lo(), scale, RoundingMode.FLOOR), hi = digits(i.hi(), scale, RoundingMode.CEILING);
        // A negative end would read as a second dash: spell the range out.
        String dash = i.lo().signum() < 0 || i.hi().signum() < 0 ? " to " + c : "–";
        return c + lo + dash + hi + s;
    }

    /** The interval in the scale that suits money of its size, or digits alone for plain numbers. */
    public static String interval(Interval i, String currency) {
        BigDecimal m = i.hi() != null ? i.hi() : i.lo();
        return interval(i, currency, currency == null || m == null ? null : scaleFor(m));
    }

    private static String digits(BigDecimal v, String scale, RoundingMode rounding) {
        if (scale == null) return grouped(v.stripTrailingZeros().scale() > PLAIN_DECIMALS ? v.setScale(PLAIN_DECIMALS, rounding) : v);
        BigDecimal scaled = v.movePointLeft(exponent(scale));
        if (scaled.stripTrailingZeros().scale() > SCALED_DECIMALS) scaled = scaled.setScale(SCALED_DECIMALS, rounding);
        return grouped(scaled);
    }

    private static int exponent(String scale) {
        for (int i = 0; i < WORDS.length; i++) if (WORDS[i].equals(scale)) return EXPONENTS[i];
        throw new IllegalArgumentException("unknown scale \"" + scale + "\"");
    }

    /** "$" for USD, "€" EUR, "£" GBP, "¥" JPY, else the code and a space ("CAD "); "" for no currency. */
    static String symbol(String currency) {
        if (currency == null) return "";
        return switch (currency) {
            case "USD" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY" -> "¥";
            default -> currency + " ";
        };
    }

    /**
     * The indefinite article for a number written in digits, by how it is said: "an 11% decrease",
     * "an 8% rise", "an 18,000-strong crowd", but "a 110% rise" and "a 1,100 total".
     */
    public static String indefiniteArticle(String digits) {
        String d = digits.startsWith("-") || digits.startsWith("+") ? digits.substring(1) : digits;
        int end = 0;
        while (end < d.length() && Character.isDigit(d.charAt(end))) end++;
        String lead = d.substring(0, end);          // the digits said first: "11" of "11,000" or "11.5"
        if (lead.startsWith("8")) return "an";      // eight, eighty, eight hundred, eight thousand...
        return (lead.equals("11") || lead.equals("18")) ? "an" : "a"; // eleven, eighteen (and their thousands)
    }
}
