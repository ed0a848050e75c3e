package claimcheck.facts;

import claimcheck.InputError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads UTF-8 text strictly: a missing file or a bad byte is an InputError naming where. */
public final class TextFile {
    private TextFile() {}

    /**
     * @param name  how messages name the file
     * @param what  what the file is, for "no such ..." messages ("facts file", "article text")
     */
    public static String read(String name, Path path, String what) {
        return read(name, path, what, InputLimits.DEFAULT.maxTextBytes());
    }

    /** As {@link #read(String, Path, String)}, refusing a file larger than {@code maxBytes} before reading it. */
    public static String read(String name, Path path, String what, long maxBytes) {
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) throw new InputError(name, 0, 0, null, "is a folder, expected a " + what);
            long size = Files.size(path);
            if (size > maxBytes)
                throw new InputError(name, 0, 0, null, what + " of " + size + " bytes, larger than the limit of " + maxBytes + " bytes");
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputError(name, 0, 0, null, "no such " + what);
        } catch (IOException e) {
            throw new InputError(name, 0, 0, null, "cannot read " + what + ": " + e.getMessage(), e);
        }
        return decode(name, bytes);
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
