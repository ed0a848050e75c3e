package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.Deadline;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestPassageTest {
    private static Near near(String text, String quote) {
        ArticleText t = new ArticleText(text);
        assertNull(t.locate(quote), "the quote must be missing for this test");
        return new ClosestPassage(t).find(quote, Deadline.after(Deadline.DEFAULT_LIMIT));
    }

    @Test
    void namesAChangedNumberAndWhereThePassageIs() {
        Near n = near("Officials said.\nThe ministry transferred 37 inmates on Tuesday.", "transferred 38 inmates");
        assertEquals("transferred 37 inmates", n.passage());
        assertEquals(2, n.span().line());
        assertEquals(14, n.span().column());
        assertEquals(List.of("the text has \u201C37\u201D where the quote has \u201C38\u201D"), n.differences());
    }

    @Test
    void foldsPerCentNumberWordsAndCase() {
        assertEquals(List.of("the text has \u201Cpercent\u201D where the quote has \u201Cper cent\u201D"),
                near("Turnout was 61 percent on Sunday.", "Turnout was 61 per cent").differences());
        assertEquals(List.of("the text has \u201Cthirteen\u201D where the quote has \u201C13\u201D"),
                near("There are thirteen candidates.", "13 candidates").differences());
        assertEquals(List.of("the text has \u201CPresident\u201D where the quote has \u201Cpresident\u201D"),
                near("said President Ana Ruiz on Monday", "president Ana Ruiz").differences());
        assertEquals("only punctuation or spacing differs", near("the \"key\" witnesses, all of them", "the key witnesses").described());
    }

    @Test
    void nothingCloseIsNull() {
        assertNull(near("The harbour reopened on Monday after the storm.", "seven armed aircraft landed at dawn"));
    }

    @Test
    void aLongTextIsSearchedInBoundedTime() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 2_000_000; i++) b.append("word").append(i % 1000).append(' ');
        ArticleText text = new ArticleText(b.append("the needle is here").toString());
        ClosestPassage closest = new ClosestPassage(text);
        StringBuilder quote = new StringBuilder();
        for (int i = 0; i < 200; i++) quote.append("w").append(i).append(' ');
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertNotNull(closest.find("the needle was here", Deadline.after(Deadline.DEFAULT_LIMIT)));
            closest.find(quote.toString(), Deadline.after(Deadline.DEFAULT_LIMIT));
        });
        Deadline past = Deadline.after(Duration.ofMillis(1));
        assertThrows(Deadline.Expired.class, () -> {
            Thread.sleep(5);
            closest.find("another needle", past);
        });
        assertTrue(ClosestPassage.MAX_WORDS <= 64);
    }
}
