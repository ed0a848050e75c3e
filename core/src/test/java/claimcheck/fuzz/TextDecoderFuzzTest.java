package claimcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.facts.ArticleText;
import claimcheck.input.TextFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The article-text reader on any bytes: valid UTF-8 decodes to exactly those bytes (less a
 * byte-order mark) and can be searched; anything else is one error naming a byte offset inside it.
 */
class TextDecoderFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void decode(byte[] data) {
        check(data);
    }

    /** Entry point for long campaigns with the Jazzer driver (.ci/fuzz). */
    public static void fuzzerTestOneInput(byte[] data) {
        check(data);
    }

    static void check(byte[] data) {
        String text;
        try {
            text = TextFile.decode("a.txt", data);
        } catch (InputError e) {
            String m = e.oneLine();
            assertTrue(m.startsWith("a.txt: not valid UTF-8 at byte offset "), m);
            int offset = Integer.parseInt(m.substring(m.lastIndexOf(' ') + 1));
            assertTrue(offset >= 0 && offset < data.length, m);
            return;
        }
        boolean bom = data.length >= 3 && (data[0] & 0xFF) == 0xEF && (data[1] & 0xFF) == 0xBB && (data[2] & 0xFF) == 0xBF;
        assertArrayEquals(bom ? Arrays.copyOfRange(data, 3, data.length) : data, text.getBytes(StandardCharsets.UTF_8));
        ArticleText t = new ArticleText(text);
        if (!text.isBlank()) t.locate(text.substring(0, Math.min(text.length(), 5)));
    }
}
