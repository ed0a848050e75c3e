package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ArticleTextTest {
    @Test
    void foldsTypographicQuotesDashesAndSpace() {
        ArticleText t = new ArticleText("First line.\nShe said \u2018not on the table\u2019 \u2014 twice,\n  across\tlines.");
        Span s = t.locate("said 'not on the table' - twice, across lines");
        assertEquals(2, s.line());
        assertEquals(5, s.column());
        assertEquals("said \u2018not on the table\u2019 \u2014 twice,\n  across\tlines", t.slice(s));
        assertEquals(3, s.endLine());
    }

    @Test
    void caseAndWordsMustMatch() {
        ArticleText t = new ArticleText("Former President X spoke.");
        assertNull(t.locate("former President X"));
        assertNull(t.locate("President Y"));
    }

    @Test
    void offsetsAndColumnsCountCodePoints() {
        // an emoji is two UTF-16 chars but one character as editors count it
        ArticleText t = new ArticleText("\uD83D\uDE00 Garc\u00eda said \u062a\u0645\u0627\u0645.\r\nNext: 37 people");
        Span s = t.locate("said");
        assertEquals(9, s.start());
        assertEquals(10, s.column());
        Span n = t.locate("37 people");
        assertEquals(2, n.line());
        assertEquals(7, n.column());
    }

    @Test
    void emptyQuoteIsNotFound() {
        assertNull(new ArticleText("text").locate("   "));
    }
}
