package claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** One escaper for everything claimcheck prints; a class of character per assertion. */
class PrintableTest {
    @Test
    void lineBreaksCannotStartALineOfTheirOwn() {
        assertEquals("a\\n::error file=a.txt,line=1::x\\r\\n", Printable.line("a\n::error file=a.txt,line=1::x\r\n"));
        assertEquals("a\\u2028b\\u2029c", Printable.line("a\u2028b\u2029c"));
        assertEquals("tab\\t", Printable.line("tab\t"));
    }

    @Test
    void terminalControlsAreShownNotSent() {
        assertEquals("\\u001b[2J\\u0007\\u0000\\u007f", Printable.line("\u001b[2J\u0007\u0000\u007f"));
        assertEquals("\\u009b31m\\u0085", Printable.line("\u009b31m\u0085")); // C1: CSI and NEL
    }

    @Test
    void bidiControlsAreShown() {
        assertEquals("invoice\\u202egnp.exe", Printable.line("invoice\u202egnp.exe"));
        for (char c : new char[] {'\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'})
            assertEquals(String.format("\\u%04x", (int) c), Printable.line(String.valueOf(c)));
    }

    @Test
    void everythingElseIsKept() {
        String s = "Señor 北京 👋 \"quotes\" \\ and é";
        assertSame(s, Printable.line(s));
        assertEquals("a\nb\\u001bc", Printable.lines("a\nb\u001bc"));
    }

    @Test
    void inputErrorsUseIt() {
        assertEquals("f.yaml:1:2: id: bad \\u001b[2J\\n::error::x", new InputError("f.yaml", 1, 2, "id", "bad \u001b[2J\n::error::x").oneLine());
    }
}
