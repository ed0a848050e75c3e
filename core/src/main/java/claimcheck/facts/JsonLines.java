package claimcheck.facts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

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

    public static List<Line> read(InputStream in, long maxLineBytes) throws IOException {
        List<Line> lines = new ArrayList<>();
        int keep = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes + 1);
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int number = 1;
        boolean blank = true;
        for (int n; (n = in.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++) {
                byte b = buffer[i];
                if (b == '\n') {
                    if (!blank) lines.add(new Line(number, trimmed(line.toByteArray())));
                    line.reset();
                    blank = true;
                    number++;
                } else {
                    if (blank && !(b == ' ' || b == '\t' || b == '\r')) blank = false;
                    if (line.size() < keep) line.write(b);
                }
            }
        }
        if (!blank) lines.add(new Line(number, trimmed(line.toByteArray())));
        return lines;
    }

    /** Without a Windows line end's carriage return. */
    private static byte[] trimmed(byte[] b) {
        return b.length > 0 && b[b.length - 1] == '\r' ? java.util.Arrays.copyOf(b, b.length - 1) : b;
    }
}
