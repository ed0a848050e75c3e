package claimcheck.facts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Facts documents one per line (JSON Lines), as {@code verify --stdin} reads them. Lines are kept as
 * bytes for {@link FactsLoader#loadLine}, which decodes and checks them; a line longer than
 * {@code maxLineBytes} is kept only to one byte past the limit, so that it is reported, not held.
 * Blank lines are skipped; line numbers count them.
 */
public final class JsonLines {
    private JsonLines() {}

    /** One line's number (1-based) and bytes, without its line end. */
    public record Line(int number, byte[] content) {}

    /** Every line of {@code in}, read to its end. */
    public static List<Line> read(InputStream in, long maxLineBytes) throws IOException {
        List<Line> lines = new ArrayList<>();
        try {
            for (Iterator<Line> it = reader(in, maxLineBytes); it.hasNext(); ) lines.add(it.next());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return lines;
    }

    /**
     * The lines of {@code in}, read as they are asked for, so that a stream of any length is never held
     * whole; a failure to read is an {@link UncheckedIOException}.
     */
    public static Iterator<Line> reader(InputStream in, long maxLineBytes) {
        return new Reader(in, (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes + 1));
    }

    private static final class Reader implements Iterator<Line> {
        private final InputStream in;
        private final int keep;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final byte[] buffer = new byte[64 * 1024];
        private int at;
        private int end;
        private int number = 1;
        private boolean ended;
        private Line next;

        Reader(InputStream in, int keep) {
            this.in = in;
            this.keep = keep;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended) next = readLine();
            return next != null;
        }

        @Override
        public Line next() {
            if (!hasNext()) throw new NoSuchElementException();
            Line l = next;
            next = null;
            return l;
        }

        /** The next line that is not blank, or null at the end of the stream. */
        private Line readLine() {
            boolean blank = true;
            while (true) {
                if (at == end && !fill()) {
                    ended = true;
                    return blank ? null : take(number);
                }
                byte b = buffer[at++];
                if (b == '\n') {
                    int n = number++;
                    if (!blank) return take(n);
                    line.reset();
                } else {
                    if (blank && !(b == ' ' || b == '\t' || b == '\r')) blank = false;
                    if (line.size() < keep) line.write(b);
                }
            }
        }

        private boolean fill() {
            try {
                end = in.read(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            at = 0;
            if (end > 0) return true;
            end = 0;
            return false;
        }

        /** The line read so far, numbered {@code n}, without a Windows line end's carriage return. */
        private Line take(int n) {
            byte[] b = line.toByteArray();
            line.reset();
            return new Line(n, b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b);
        }
    }
}
