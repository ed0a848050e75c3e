package claimcheck.facts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as an article states it: exact ("37"), qualified ("about 90", "more than 90", "up to 5"),
 * a range ("80 to 100") or rounded ("1.2 million", which means 1,150,000 to 1,250,000). Rules never
 * read the bare number; they ask what the quantity allows through {@link #interval()}.
 *
 * <p>Written in a facts file as a number, as text ({@code "about 90"}), or as an object
 * {@code {value: 90, qualifier: about, tolerance: 5}} / {@code {min: 80, max: 100}} /
 * {@code {value: 1200000, roundedTo: 100000}}.
 *
 * <p>A round whole figure of 1,000 or more ("12,000", "$8 million", a bare 12000 in YAML) is read as
 * rounded to its last non-zero digit unless the object form says {@code exact: true}: writers round
 * such figures as a matter of course (docs/quantities.md).
 */
public record Quantity(Qualifier qualifier, BigDecimal value, BigDecimal min, BigDecimal max,
                       BigDecimal roundedTo, BigDecimal tolerance, String text, String currency) {

    /** "about" and "nearly" allow this share of the value either side (below it, for "nearly"). */
    public static final BigDecimal DEFAULT_TOLERANCE = new BigDecimal("0.10");

    private static final String NUMBER = "[-+]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?";
    private static final String SCALE = "thousand|million|billion|trillion";
    // Abbreviated scales are written against the number ("$8m", "€3.5bn"), never after a space, where "m" may be metres.
    private static final String SCALE_ABBREVIATED = "bn|mn|tn|m|k";
    private static final String SCALED = "(?: ?(" + SCALE + ")|(" + SCALE_ABBREVIATED + "))?";
    // A currency before the number: a symbol, or a three-letter ISO 4217 code and a space ("EUR 3.5 billion").
    private static final String CURRENCY = "(US\\$|\\$|€|£|¥|[A-Z]{3} )?";
    private static final String QUALIFIERS;
    static {
        List<String> words = new ArrayList<>();
        for (Qualifier q : Qualifier.values()) if (q != Qualifier.EXACT && q != Qualifier.RANGE) words.addAll(q.words());
        words.sort((a, b) -> b.length() - a.length()); // longest first, so "more than" wins over "more"
        QUALIFIERS = String.join("|", words);
    }
    private static final String SINGLE = "(?:(" + QUALIFIERS + ") )?" + CURRENCY + "(" + NUMBER + ")" + SCALED + " ?(%)?";
    private static final String BETWEEN = "(?:between )?" + CURRENCY + "(" + NUMBER + ")" + SCALED + " ?%? ?(?:to|and|-|–) ?"
            + CURRENCY + "(" + NUMBER + ")" + SCALED + " ?(%)?";

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    /** The text form, as a regular expression; facts.schema.json carries the same pattern. */
    public static final String TEXT_PATTERN = "^(?:" + SINGLE + "|" + BETWEEN + ")$";
    private static final Pattern TEXT = Pattern.compile(TEXT_PATTERN);
    // Compiled once: every quantity of every facts file is read through them.
    private static final Pattern SPACES = Pattern.compile("\\s+"), CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

    public Quantity {
        if (qualifier == null) throw new IllegalArgumentException("qualifier is required");
        if (qualifier == Qualifier.RANGE) {
            if (min == null || max == null) throw new IllegalArgumentException("a range needs min and max");
            if (min.compareTo(max) > 0) throw new IllegalArgumentException("a range's min " + plain(min) + " is above its max " + plain(max));
            if (value != null) throw new IllegalArgumentException("a range has min and max, not value");
        } else {
            if (value == null) throw new IllegalArgumentException("value is required");
            if (min != null || max != null) throw new IllegalArgumentException("min and max belong to a range");
        }
        if (roundedTo != null && roundedTo.signum() <= 0) throw new IllegalArgumentException("roundedTo must be above zero");
        if (tolerance != null && tolerance.signum() < 0) throw new IllegalArgumentException("tolerance cannot be negative");
        if (currency != null) {
            if (!CURRENCY_CODE.matcher(currency).matches()) throw new IllegalArgumentException("currency must be a three-letter code such as USD or EUR, got \"" + currency + "\"");
        }
        if (text == null) text = canonicalText(qualifier, value, min, max, currency);
    }

    /** The quantity without a currency, as it was before currencies were known. */
    public Quantity(Qualifier qualifier, BigDecimal value, BigDecimal min, BigDecimal max,
                    BigDecimal roundedTo, BigDecimal tolerance, String text) {
        this(qualifier, value, min, max, roundedTo, tolerance, text, null);
    }

    /** This quantity in {@code currency} (an ISO 4217 code, or null for none); its text is written again. */
    public Quantity inCurrency(String currency) {
        return new Quantity(qualifier, value, min, max, roundedTo, tolerance, null, currency);
    }

    /** True when this is an amount of money. */
    public boolean isMoney() { return currency != null; }

    /** True when this and {@code other} are in the same currency, or both are not money: only then may they be added or compared. */
    public boolean sameCurrency(Quantity other) { return java.util.Objects.equals(currency, other.currency); }

    public static Quantity exact(BigDecimal v) {
        return new Quantity(Qualifier.EXACT, v, null, null, null, null, null);
    }

    public static Quantity exact(long v) { return exact(BigDecimal.valueOf(v)); }

    /** The quantity that allows exactly the values of {@code i}, as a derivation yields it. */
    public static Quantity of(Interval i) {
        if (i.isPoint()) return exact(i.lo());
        if (i.lo() != null && i.hi() != null) return new Quantity(Qualifier.RANGE, null, i.lo(), i.hi(), null, null, null);
        if (i.lo() != null) return new Quantity(i.loOpen() ? Qualifier.MORE_THAN : Qualifier.AT_LEAST, i.lo(), null, null, null, null, null);
        if (i.hi() != null) return new Quantity(i.hiOpen() ? Qualifier.FEWER_THAN : Qualifier.AT_MOST, i.hi(), null, null, null, null, null);
        throw new IllegalArgumentException("an unbounded interval is not a quantity");
    }

    /** Parses the text form ("37", "about 90", "more than 1.2 million", "80 to 100", "50%"). */
    public static Quantity parse(String written) {
        String t = SPACES.matcher(written.strip()).replaceAll(" ");
        Matcher m = TEXT.matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("expected a number, or a qualified one such as \"about 90\", got \"" + written + "\"");
        // Groups: 1 qualifier, 2 currency, 3 number, 4-5 scale, 6 %; a range: 7-10 and 11-14 its two ends, 15 %.
        if (m.group(3) != null) {
            Qualifier q = m.group(1) == null ? Qualifier.EXACT : Qualifier.ofWords(m.group(1));
            Scaled v = scaled(m.group(3), scale(m, 4));
            return new Quantity(q, v.value, null, null, v.roundedTo, null, t, currencyCode(m.group(2)));
        }
        String loScale = scale(m, 9) != null ? scale(m, 9) : scale(m, 13);
        Scaled lo = scaled(m.group(8), loScale);
        Scaled hi = scaled(m.group(12), scale(m, 13));
        String c1 = currencyCode(m.group(7)), c2 = currencyCode(m.group(11));
        if (c1 != null && c2 != null && !c1.equals(c2))
            throw new IllegalArgumentException("a range is in one currency, got " + c1 + " and " + c2 + " in \"" + written + "\"");
        return new Quantity(Qualifier.RANGE, null, lo.value, hi.value, null, null, t, c1 != null ? c1 : c2);
    }

    private static String scale(Matcher m, int group) {
        String word = m.group(group), abbreviated = m.group(group + 1);
        if (word != null) return word;
        if (abbreviated == null) return null;
        return switch (abbreviated) {
            case "k" -> "thousand";
            case "m", "mn" -> "million";
            case "bn" -> "billion";
            default -> "trillion";
        };
    }

    /** The currency a symbol or code stands for. "$" is read as US dollars and "¥" as yen: write the code (CAD, CNY) for others. */
    static String currencyCode(String written) {
        if (written == null) return null;
        return switch (written.strip()) {
            case "$", "US$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            default -> written.strip();
        };
    }

    private record Scaled(BigDecimal value, BigDecimal roundedTo) {}

    private static Scaled scaled(String number, String scale) {
        BigDecimal n = new BigDecimal(number.replace(",", "").replace("+", ""));
        if (scale == null) return new Scaled(n, impliedRounding(n));
        int exp = switch (scale) {
            case "thousand" -> 3;
            case "million" -> 6;
            case "billion" -> 9;
            default -> 12;
        };
        // "1.2 million" is rounded to its last written digit: 100,000; "$550 million", a round figure, to 10 million.
        BigDecimal value = n.movePointRight(exp).stripTrailingZeros().setScale(0, RoundingMode.UNNECESSARY);
        BigDecimal roundedTo = BigDecimal.ONE.movePointRight(exp - Math.max(n.scale(), 0));
        BigDecimal implied = n.scale() > 0 ? null : impliedRounding(value);
        return new Scaled(value, implied != null && implied.compareTo(roundedTo) > 0 ? implied : roundedTo);
    }

    /**
     * The rounding a figure implies as written: a whole number of 1,000 or more ending in zeros is
     * rounded to its last non-zero digit ("12,000" to 1,000, "40,500" to 100). Null for any other
     * number: one written with decimals, one below 1,000, or one whose last digit is not zero.
     */
    static BigDecimal impliedRounding(BigDecimal written) {
        if (written.scale() > 0 || written.abs().compareTo(THOUSAND) < 0) return null;
        BigDecimal s = written.stripTrailingZeros();
        return s.scale() < 0 ? BigDecimal.ONE.movePointRight(-s.scale()) : null;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Quantity fromJson(JsonNode n) {
        if (n.isNumber()) return rounded(n.decimalValue(), null);
        if (n.isTextual()) return parse(n.textValue());
        if (n.isObject()) {
            BigDecimal min = decimal(n, "min"), max = decimal(n, "max");
            Qualifier q = n.hasNonNull("qualifier") ? Qualifier.ofCode(n.get("qualifier").asText())
                    : (min != null || max != null) ? Qualifier.RANGE : Qualifier.EXACT;
            String currency = n.hasNonNull("currency") ? currencyCode(n.get("currency").asText()) : null;
            boolean exact = n.path("exact").asBoolean(false);
            BigDecimal value = decimal(n, "value"), roundedTo = decimal(n, "roundedTo");
            if (exact && (roundedTo != null || q != Qualifier.EXACT))
                throw new IllegalArgumentException("exact: true is for a plain number, not one with roundedTo or a qualifier");
            // The written number's implied rounding, unless the writer gave one or marked it exact.
            if (roundedTo == null && !exact && q != Qualifier.RANGE && value != null) roundedTo = impliedRounding(value);
            return new Quantity(q, value, min, max, roundedTo, decimal(n, "tolerance"), null, currency);
        }
        throw new IllegalArgumentException("expected a number, or a qualified one such as \"about 90\"");
    }

    /** A number given bare (12000 in YAML), read by the same convention as one written in text. */
    private static Quantity rounded(BigDecimal v, String currency) {
        return new Quantity(Qualifier.EXACT, v, null, null, impliedRounding(v), null, null, currency);
    }

    private static BigDecimal decimal(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }

    /** The values this quantity allows. */
    public Interval interval() {
        return switch (qualifier) {
            case EXACT -> roundedTo == null ? Interval.point(value) : Interval.closed(value.subtract(half(roundedTo)), value.add(half(roundedTo)));
            case ABOUT -> {
                BigDecimal t = tolerance();
                yield Interval.closed(value.subtract(t), value.add(t));
            }
            case NEARLY -> new Interval(value.subtract(tolerance()), false, value, true);
            case MORE_THAN -> new Interval(value, true, null, true);
            case AT_LEAST -> new Interval(value, false, null, true);
            case FEWER_THAN -> new Interval(null, true, value, true);
            case AT_MOST -> new Interval(null, true, value, false);
            case RANGE -> Interval.closed(min, max);
        };
    }

    /** The tolerance "about" and "nearly" allow: as stated, else 10% of the value, never less than half the rounding. */
    @Override
    public BigDecimal tolerance() {
        if (tolerance != null) return tolerance;
        if (qualifier != Qualifier.ABOUT && qualifier != Qualifier.NEARLY) return null;
        BigDecimal t = value.abs().multiply(DEFAULT_TOLERANCE);
        return roundedTo != null && half(roundedTo).compareTo(t) > 0 ? half(roundedTo) : t;
    }

    private static BigDecimal half(BigDecimal x) { return x.divide(BigDecimal.valueOf(2)); }

    /** An exact number with no rounding: the only kind that can be added up to an exact total. */
    public boolean isExact() { return qualifier == Qualifier.EXACT && roundedTo == null; }

    /**
     * True when a single value may stand for this number in a computation (a percent change): an
     * exact number, or a round figure ("2,350") whose only latitude is the rounding its trailing
     * zeros imply. A number with a scale word or a stated rounding is not.
     */
    public boolean isExactAsWritten() {
        if (isExact()) return true;
        return qualifier == Qualifier.EXACT && Numbers.scaleWritten(text) == null
                && roundedTo.compareTo(java.util.Objects.requireNonNullElse(impliedRounding(value), BigDecimal.ZERO)) == 0;
    }

    /** True when every number written is whole, as counts must be. */
    public boolean isWhole() {
        for (BigDecimal b : new BigDecimal[] {value, min, max, roundedTo})
            if (b != null && b.stripTrailingZeros().scale() > 0) return false;
        return true;
    }

    public boolean admits(BigDecimal x) { return interval().contains(x); }

    /** True when some value satisfies both quantities: "about 40" is consistent with 37. */
    public boolean consistentWith(Quantity other) { return interval().overlaps(other.interval()); }

    /**
     * Whether a computed value agrees with this stated one to the precision it was written with:
     * an exact "50" admits 49.5 up to 50.5 (to the unit), "50.0" admits 49.95 up to 50.05.
     */
    public boolean admitsAtStatedPrecision(BigDecimal computed) {
        if (qualifier == Qualifier.EXACT && roundedTo == null) {
            int scale = Math.max(value.scale(), 0);
            return computed.setScale(scale, RoundingMode.HALF_UP).compareTo(value) == 0;
        }
        return admits(computed);
    }

    @Override
    public String toString() { return text; }

    /** The text of a quantity no one wrote (a derived value, or a bare number): as people write it, "$9.2–9.3 billion", "12,140". */
    private static String canonicalText(Qualifier q, BigDecimal value, BigDecimal min, BigDecimal max, String currency) {
        String scale = currency == null ? null : Numbers.scaleFor(q == Qualifier.RANGE ? max : value);
        return switch (q) {
            case EXACT -> Numbers.amount(value, currency, scale);
            case RANGE -> Numbers.interval(Interval.closed(min, max), currency, scale);
            default -> q.words().get(0) + " " + Numbers.amount(value, currency, scale);
        };
    }

    /**
     * The values {@code i} allows, written in this quantity's currency and in the scale the article
     * wrote it with: a sum beside a stated "$4.2 billion" reads "$4.435–4.465 billion".
     */
    public String display(Interval i) {
        String scale = Numbers.scaleWritten(text);
        if (scale == null && currency != null) return Numbers.interval(i, currency);
        return Numbers.interval(i, currency, scale);
    }

    /**
     * The unit of the last digit this number shows, for numbers that share a precision in one sum:
     * 1 for 12,140, 0.1 for 3.7, 1,000 for a round 12,000, 1,000,000 for "$8 million". Null for a
     * qualified number or a range, whose latitude is not rounding.
     */
    public BigDecimal precision() {
        if (qualifier != Qualifier.EXACT) return null;
        if (roundedTo != null) return roundedTo;
        return BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0));
    }

    /**
     * This number read to {@code unit} when that is finer than its own rounding ("$8 million" beside
     * "$3.7 million" is 8.0 million); otherwise, or for a qualified number, unchanged.
     */
    public Quantity atPrecision(BigDecimal unit) {
        if (unit == null || qualifier != Qualifier.EXACT || roundedTo == null || unit.compareTo(roundedTo) >= 0) return this;
        // A whole number read to the unit or finer is exact, as an unrounded whole number always is in a sum.
        return new Quantity(qualifier, value, null, null, unit.compareTo(BigDecimal.ONE) <= 0 ? null : unit, null, text, currency);
    }

    /** The number as written, taken at its face value: "12,000" is 12,000 and no other; a qualified number or a range allows what it allows. */
    public Interval asWritten() {
        return qualifier == Qualifier.EXACT ? Interval.point(value) : interval();
    }

    /**
     * The values a number may stand for when it is taken as rounded to its last written digit: 31 (a
     * percent) allows 30.5 to 31.5, 52.3 allows 52.25 to 52.35. Any other quantity: what it allows.
     * Shares, multiples and stated differences are read this way.
     */
    public Interval atStatedPrecision() {
        if (!isExact()) return interval();
        BigDecimal half = BigDecimal.ONE.movePointLeft(Math.max(value.scale(), 0)).divide(BigDecimal.valueOf(2));
        return Interval.closed(value.subtract(half), value.add(half));
    }

    /**
     * The values a figure being compared may stand for: a number written with decimals (52.3) is
     * rounded to its last digit; a whole number (4,312 votes) is exact; a qualified or scaled one
     * allows what it allows.
     */
    public Interval asRounded() {
        if (isExact() && value.scale() > 0) return atStatedPrecision();
        return interval();
    }

    /** A number as people write it: no exponent, no trailing zeros after the point. */
    public static String plain(BigDecimal b) {
        BigDecimal s = b.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
