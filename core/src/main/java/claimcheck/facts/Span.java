package claimcheck.facts;

/**
 * Where a quote sits in the article text. Offsets count characters (Unicode code points) from the
 * start of the text, end exclusive; lines and columns are 1-based, columns counted in code points.
 */
public record Span(int start, int end, int line, int column, int endLine, int endColumn) {
    public Span {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
}
