package claimcheck.input;

/** A 1-based line and column in a file; column counts characters (code points) as editors do. */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);

    public Position {
        if (line < 0 || column < 0) throw new IllegalArgumentException("negative position");
    }

    @Override
    public String toString() { return line + ":" + column; }
}
