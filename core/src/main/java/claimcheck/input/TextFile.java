package claimcheck.input;

import claimcheck.InputError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads UTF-8 text strictly: a missing file or a bad byte is an InputError naming where. Only regular
 * files are read (a device such as /dev/zero never ends, a FIFO blocks on opening), and never more
 * than the limit plus one byte, whatever the file system says its size is (/proc files say 0).
 * Messages never quote the file's content.
 */
public final class TextFile {
    private TextFile() {}

    /**
     * @param name  how messages name the file
     * @param what  what the file is, for "no such ..." messages ("facts file", "article text")
     */
    public static String read(String name, Path path, String what) {
        return read(name, path, what, InputLimits.DEFAULT.maxTextBytes());
    }

    /** As {@link #read(String, Path, String)}, refusing a file larger than {@code maxBytes}. */
    public static String read(String name, Path path, String what, long maxBytes) {
        return decode(name, readBytes(name, path, what, maxBytes));
    }

    /** The bytes of a regular file of at most {@code maxBytes}; anything else is an InputError naming {@code name}. */
    static byte[] readBytes(String name, Path path, String what, long maxBytes) {
        try {
            // Checked before opening: opening a FIFO would block until someone writes to it.
            if (Files.isDirectory(path)) throw new InputError(name, 0, 0, null, "is a folder, expected a " + what);
            if (!Files.exists(path)) throw new NoSuchFileException(path.toString());
            if (!Files.isRegularFile(path))
                throw new InputError(name, 0, 0, null, what + " is not a regular file (a device, pipe or socket); only regular files are read");
            long size = Files.size(path);  // only a hint: /proc files say 0, and a file can grow
            if (size > maxBytes) throw tooLarge(name, what, size + " bytes", maxBytes);
            int cap = (int) Math.min(maxBytes, Integer.MAX_VALUE - 16);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = in.readNBytes(cap + 1);
            }
            if (bytes.length > cap) throw tooLarge(name, what, "more than " + cap + " bytes", maxBytes);
            return bytes;
        } catch (NoSuchFileException e) {
            throw new InputError(name, 0, 0, null, "no such " + what);
        } catch (IOException e) {
            // The exception names the path and the system's reason, never the content.
            throw new InputError(name, 0, 0, null, "cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    private static InputError tooLarge(String name, String what, String size, long maxBytes) {
        return new InputError(name, 0, 0, null, what + " of " + size + ", larger than the limit of " + maxBytes + " bytes");
    }

    /** Decodes UTF-8, dropping a byte-order mark; an invalid sequence is reported with its byte offset. */
    public static String decode(String name, byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return d.decode(in).toString();
        } catch (CharacterCodingException e) {
            // decode() stops with the buffer at the bad sequence
            throw new InputError(name, 0, 0, null, "not valid UTF-8 at byte offset " + in.position());
        }
    }
}
