package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void groupsThousandsAndKeepsTheDecimalsWritten() {
        assertEquals("12,140", Numbers.grouped(new BigDecimal("12140")));
        assertEquals("3,100,000,000", Numbers.grouped(new BigDecimal("3100000000")));
        assertEquals("-4.5", Numbers.grouped(new BigDecimal("-4.50")));
        assertEquals("999", Numbers.grouped(new BigDecimal("999")));
    }

    @Test
    void theArticleFollowsHowTheNumberIsSaid() {
        assertEquals("an", Numbers.indefiniteArticle("11"));
        assertEquals("an", Numbers.indefiniteArticle("8"));
        assertEquals("an", Numbers.indefiniteArticle("80"));
        assertEquals("an", Numbers.indefiniteArticle("18.5"));
        assertEquals("an", Numbers.indefiniteArticle("11,000"));
        assertEquals("a", Numbers.indefiniteArticle("110"));
        assertEquals("a", Numbers.indefiniteArticle("1,100"));
        assertEquals("a", Numbers.indefiniteArticle("50"));
        assertEquals("a", Numbers.indefiniteArticle("1"));
    }
}
