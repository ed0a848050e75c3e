package claimcheck.input;

/**
 * How much input claimcheck accepts, so that no facts file or article text, however hostile, can
 * exhaust memory or time. Each limit is reported by name when exceeded. Defaults are documented in
 * docs/reliability.md.
 *
 * @param maxFileBytes     size of a facts file
 * @param maxTextBytes     size of an article text
 * @param maxDepth         nesting of maps and lists in a facts file
 * @param maxStringLength  characters in one text value or key
 * @param maxFacts         facts in one file
 * @param maxValues        values in one file, YAML aliases expanded (stops "billion laughs")
 * @param maxExpandedChars characters of all keys and single values in one file, YAML aliases expanded:
 *                         few aliases of one long list would otherwise multiply memory and every report
 */
public record InputLimits(long maxFileBytes, long maxTextBytes, int maxDepth, int maxStringLength, int maxFacts, int maxValues,
                          long maxExpandedChars) {
    public static final InputLimits DEFAULT = new InputLimits(8L << 20, 16L << 20, 32, 100_000, 10_000, 1_000_000);

    /** Numbers in facts files stay below this magnitude (a quadrillion)... */
    public static final java.math.BigDecimal MAX_MAGNITUDE = java.math.BigDecimal.TEN.pow(15);
    /** ...and have at most this many digits after the point. */
    public static final int MAX_DECIMALS = 12;

    public InputLimits {
        if (maxFileBytes < 1 || maxTextBytes < 1 || maxDepth < 2 || maxStringLength < 1 || maxFacts < 1 || maxValues < 1 || maxExpandedChars < 1)
            throw new IllegalArgumentException("limits must be positive");
    }

    /** Limits whose expanded document may hold twice the characters the largest file can. */
    public InputLimits(long maxFileBytes, long maxTextBytes, int maxDepth, int maxStringLength, int maxFacts, int maxValues) {
        this(maxFileBytes, maxTextBytes, maxDepth, maxStringLength, maxFacts, maxValues, 2 * maxFileBytes);
    }
}
