package claimcheck.numbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberWordsTest {
    private static WrittenNumber one(String passage) {
        List<WrittenNumber> found = NumberWords.find(passage);
        assertEquals(1, found.size(), passage + ": " + found);
        return found.get(0);
    }

    private static void reads(String passage, String value) {
        assertEquals(0, new BigDecimal(value).compareTo(one(passage).value()), passage);
    }

    @Test
    void digitsAndWords() {
        reads("37 inmates", "37");
        reads("40,000 residents", "40000");
        reads("Thirteen candidates", "13");
        reads("twenty-seven seats", "27");
        reads("two hundred and five votes", "205");
        reads("a dozen amendments", "12");
        reads("a hundred days", "100");
    }

    @Test
    void scalesAndFractions() {
        WrittenNumber billions = one("a $3.1 billion budget");
        assertEquals(0, new BigDecimal("3100000000").compareTo(billions.value()));
        assertEquals(0, new BigDecimal("100000000").compareTo(billions.roundedTo()));
        reads("$8m in grants", "8000000");
        reads("three million people", "3000000");
        reads("a quarter of a million ballots", "250000");
        reads("half a million homes", "500000");
        assertEquals(0, new BigDecimal("0.6666666666").compareTo(one("two-thirds of voters").value().setScale(10, java.math.RoundingMode.DOWN)));
    }

    @Test
    void qualifiersPercentagesOrdinalsAndVagueWords() {
        WrittenNumber almost = one("almost a quarter of a million people");
        assertEquals("almost", almost.qualifier());
        assertEquals("almost a quarter of a million", almost.text());
        assertEquals("more than", one("more than 90 people").qualifier());
        assertTrue(one("rises 4.5 per cent").percent());
        assertTrue(one("a 50% reduction").percent());
        reads("the third such extradition", "3");
        reads("the 26th round", "26");
        assertTrue(one("multiple U.S. jurisdictions").vague());
    }

    /** ".707" is 0.707, and may stand for 70.7% (a winning percentage); a number after a full stop is not a decimal. */
    @Test
    void proportionsWrittenFromTheDecimalPoint() {
        WrittenNumber rate = one("a winning percentage of .707 at home");
        assertEquals(".707", rate.text());
        assertEquals(0, new BigDecimal("0.707").compareTo(rate.value()));
        assertTrue(rate.fraction());
        reads("batting .300", "0.3");
        List<WrittenNumber> two = NumberWords.find("It closed in 2025. 707 people had applied.");
        assertEquals(List.of("2025", "707"), two.stream().map(WrittenNumber::text).toList());
        reads("version v.2", "2");
        reads("grew 3.5 points", "3.5");
    }

    @Test
    void separateNumbersStaySeparate() {
        assertEquals(2, NumberWords.find("up from 38 in 2022").size());
        assertEquals(2, NumberWords.find("one two").size());
        assertEquals(0, NumberWords.find("no numbers here").size());
    }
}
