package claimcheck;

/**
 * A problem in something the user gave us (facts, rules, options, configuration), reported as one line:
 * {@code file:line:column: field: message}. The command maps it to exit code 2 and writes nothing.
 */
public final class InputError extends RuntimeException {
    private final String file;
    private final int line;
    private final int column;
    private final String field;

    /**
     * @param file   the file as the user named it, or null when the problem is not in a file
     * @param line   1-based line, or 0 when not known
     * @param column 1-based column, or 0 when not known
     * @param field  the field path such as {@code facts[3].count}, or null
     */
    public InputError(String file, int line, int column, String field, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
        this.field = field;
    }

    public InputError(String file, int line, int column, String field, String message, Throwable cause) {
        this(file, line, column, field, message);
        initCause(cause);
    }

    public String file() { return file; }
    public int line() { return line; }
    public int column() { return column; }
    public String field() { return field; }

    /** The one line shown to the user. */
    public String oneLine() {
        StringBuilder s = new StringBuilder();
        if (file != null) {
            s.append(file);
            if (line > 0) {
                s.append(':').append(line);
                if (column > 0) s.append(':').append(column);
            }
            s.append(": ");
        }
        if (field != null && !field.isEmpty()) s.append(field).append(": ");
        // Messages quote what the user wrote, which may hold line breaks or control characters.
        return Printable.line(s.append(getMessage()).toString());
    }

    @Override
    public String toString() { return oneLine(); }
}
