package claimcheck.spark;

import claimcheck.facts.JsonLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the facts documents of a JSON Lines file are: each line as {@link JsonLines#read} numbers and keeps it
 * (blank lines skipped but counted, at most one byte past the size limit kept, a Windows line end's carriage
 * return dropped), by its place in the file rather than its bytes. The driver indexes the file; each executor
 * reads its own lines, so the lines do not travel with the tasks.
 */
final class JsonLineIndex {
    private JsonLineIndex() {}

    /** Line {@code number} (1-based): {@code length} bytes kept from {@code offset}, before the carriage return is dropped. */
    record Line(int number, long offset, int length) implements Serializable {}

    static List<Line> of(InputStream in, long maxLineBytes) throws IOException {
        List<Line> lines = new ArrayList<>();
        int keep = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes + 1);
        byte[] buffer = new byte[64 * 1024];
        long position = 0, start = 0, length = 0;
        int number = 1;
        boolean blank = true;
        for (int n; (n = in.read(buffer)) > 0; ) {
            for (int i = 0; i < n; i++, position++) {
                byte b = buffer[i];
                if (b == '\n') {
                    if (!blank) lines.add(new Line(number, start, (int) Math.min(length, keep)));
                    start = position + 1;
                    length = 0;
                    blank = true;
                    number++;
                } else {
                    if (blank && !(b == ' ' || b == '\t' || b == '\r')) blank = false;
                    length++;
                }
            }
        }
        if (!blank) lines.add(new Line(number, start, (int) Math.min(length, keep)));
        return lines;
    }

    /** The line's bytes, as {@link JsonLines.Line#content()} holds them. */
    static byte[] read(Path file, long offset, int length) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (bytes.hasRemaining()) {
                if (channel.read(bytes, offset + bytes.position()) < 0)
                    throw new IOException("ends before line end at byte " + (offset + bytes.position()) + ": changed while the job ran");
            }
        }
        byte[] b = bytes.array();
        return b.length > 0 && b[b.length - 1] == '\r' ? Arrays.copyOf(b, b.length - 1) : b;
    }
}
