package claimcheck.numbers;

import java.math.BigDecimal;

/**
 * A number as a passage writes it: "37", "thirteen", "$3.1 billion", "almost a quarter of a million",
 * "50%", "third".
 *
 * @param text      the words it was read from, as written
 * @param value     what they say, scale applied ("3.1 billion" is 3,100,000,000)
 * @param roundedTo the rounding the writing implies ("3.1 billion" is to 100,000,000), or null when exact
 * @param qualifier the words before it that loosen it ("almost", "more than"), or null
 * @param unscaled  the number before its scale word ("3.1" of "3.1 billion"), or null when it has none
 * @param percent   written as a percentage ("50%", "50 per cent")
 * @param vague     a word that only says "more than one" ("several", "multiple")
 * @param fraction  a fraction without a scale ("a quarter", "two-thirds", "half") or a proportion written from the
 *                  decimal point (".707", a winning percentage), which may stand for a percentage
 */
public record WrittenNumber(String text, BigDecimal value, BigDecimal roundedTo, String qualifier, BigDecimal unscaled,
                            boolean percent, boolean vague, boolean fraction) {}
