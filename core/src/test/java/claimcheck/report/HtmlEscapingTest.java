package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unbescape.html.HtmlEscape;

/** report.html's escaper writes what Pebble's own html strategy (unbescape's escapeHtml4Xml) writes, for any text. */
class HtmlEscapingTest {
    /** The characters unbescape treats apart: markup, entities it names at other levels, controls, surrogates. */
    private static final String ALPHABET = "&<>\"'`=/\\;#x aZ09\t\n\r\u0000\u001f\u007f\u0080\u00a0\u00e9\u00ff\u0152\u2014\u2019\u201c"
            + "\u20ac\u2028\ufeff\ufffd\uffff\ud83d\ude00\ud800\udfff";

    @Test
    void sameAsPebblesHtmlStrategy() {
        List<String> texts = new ArrayList<>(List.of("", "plain", "&", "a&b<c>d\"e'f", "&amp;", "'''", "<script>alert('x')</script>",
                "\"><img src=x onerror=alert(1)>", "caf\u00e9 \u2014 \u201cquoted\u201d \ud83d\ude00", "\ud800 lone \udfff"));
        Random random = new Random(12);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            texts.add(b.toString());
        }
        for (String s : texts) assertEquals(HtmlEscape.escapeHtml4Xml(s), Templates.html(s), s);
    }

    @Test
    void textWithNothingToEscapeIsReturnedAsItIs() {
        String s = "The count of the transfer of 2025-02 is derived as 29: 92 \u2212 37 \u2212 26 = 29";
        assertSame(s, Templates.html(s));
    }
}
