package claimcheck.input;

import java.util.Arrays;

/** Where each line of a text starts, for turning char offsets into line and column: LF, CRLF and CR all end a line. */
public final class LineStarts {
    private LineStarts() {}

    /** The char index at which each line of {@code text} starts; the first is 0. */
    public static int[] of(String text) {
        int[] starts = new int[16];
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (lines == starts.length) starts = Arrays.copyOf(starts, lines * 2);
                starts[lines++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, lines);
    }
}
