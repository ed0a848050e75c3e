package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Facts documents one per line: numbered, blank lines skipped, long lines cut, read as needed. */
class JsonLinesTest {
    /** The lines as the definition says: split at '\n', a trailing '\r' dropped, blank ones skipped, cut past the limit. */
    private static List<String> expected(String text, int limit) {
        List<String> out = new ArrayList<>();
        String[] parts = text.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.isBlank() && p.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\r')) continue;
            String kept = p.length() > limit + 1 ? p.substring(0, limit + 1) : p;
            if (kept.endsWith("\r")) kept = kept.substring(0, kept.length() - 1);
            out.add((i + 1) + ":" + kept);
        }
        return out;
    }

    private static List<String> shown(Iterator<JsonLines.Line> lines) {
        List<String> out = new ArrayList<>();
        lines.forEachRemaining(l -> out.add(l.number() + ":" + new String(l.content(), StandardCharsets.US_ASCII)));
        return out;
    }

    /** A stream that gives at most {@code chunk} bytes a read, as a pipe does. */
    private static InputStream chunked(byte[] bytes, int chunk) {
        return new ByteArrayInputStream(bytes) {
            @Override public synchronized int read(byte[] b, int off, int len) { return super.read(b, off, Math.min(len, chunk)); }
        };
    }

    @Test
    void randomTextsReadWholeOrLineByLineAreTheirLines() throws IOException {
        SplittableRandom random = new SplittableRandom(11);
        String alphabet = "ab {}\"\n\n\r \t";
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(200); i > 0; i--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            int limit = 1 + random.nextInt(20);
            byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
            List<String> want = expected(text.toString(), limit);
            assertEquals(want, shown(JsonLines.read(new ByteArrayInputStream(bytes), limit).iterator()), text.toString());
            assertEquals(want, shown(JsonLines.reader(chunked(bytes, 1 + random.nextInt(7)), limit)), text.toString());
        }
    }

    @Test
    void aLineIsGivenBeforeTheRestIsRead() {
        // The stream fails once the first two lines are read: the reader gives them, then the failure.
        byte[] first = "{\"a\": 1}\n\n{\"b\": 2}\n".getBytes(StandardCharsets.US_ASCII);
        InputStream in = new InputStream() {
            private int at;

            @Override public int read() throws IOException {
                if (at == first.length) throw new IOException("the pipe broke");
                return first[at++];
            }

            @Override public int read(byte[] b, int off, int len) throws IOException {
                if (at == first.length) throw new IOException("the pipe broke");
                int n = Math.min(len, 4);
                n = Math.min(n, first.length - at);
                System.arraycopy(first, at, b, off, n);
                at += n;
                return n;
            }
        };
        Iterator<JsonLines.Line> lines = JsonLines.reader(in, 100);
        JsonLines.Line one = lines.next();
        assertEquals(1, one.number());
        assertArrayEquals("{\"a\": 1}".getBytes(StandardCharsets.US_ASCII), one.content());
        assertEquals(3, lines.next().number());
        UncheckedIOException e = assertThrows(UncheckedIOException.class, lines::hasNext);
        assertEquals("the pipe broke", e.getCause().getMessage());
    }
}
