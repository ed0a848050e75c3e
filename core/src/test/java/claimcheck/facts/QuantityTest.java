package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityTest {
    static BigDecimal n(String s) { return new BigDecimal(s); }

    @Test
    void exactAllowsOnlyItself() {
        Quantity q = Quantity.parse("92");
        assertTrue(q.isExact());
        assertTrue(q.admits(n("92")));
        assertFalse(q.admits(n("91")));
    }

    @Test
    void aboutAllowsTenPercentEitherSide() {
        Quantity q = Quantity.parse("about 90");
        assertEquals(Qualifier.ABOUT, q.qualifier());
        assertTrue(q.admits(n("92")));
        assertTrue(q.admits(n("81")));
        assertTrue(q.admits(n("99")));
        assertFalse(q.admits(n("100")));
        assertEquals("81–99", q.interval().toString());
    }

    @Test
    void statedToleranceWins() {
        Quantity q = Quantity.fromJson(new ObjectMapper().valueToTree(java.util.Map.of("value", 90, "qualifier", "about", "tolerance", 1)));
        assertTrue(q.admits(n("91")));
        assertFalse(q.admits(n("92")));
    }

    @Test
    void boundsAreBoundsNotNumbers() {
        Quantity more = Quantity.parse("more than 90");
        assertFalse(more.admits(n("90")));
        assertTrue(more.admits(n("91")));
        assertTrue(Quantity.parse("at least 90").admits(n("90")));
        assertFalse(Quantity.parse("fewer than 5").admits(n("5")));
        assertTrue(Quantity.parse("up to 5").admits(n("5")));
        assertFalse(Quantity.parse("nearly 100").admits(n("100")));
        assertTrue(Quantity.parse("nearly 100").admits(n("95")));
    }

    @Test
    void roundedFiguresAllowHalfTheLastDigit() {
        Quantity q = Quantity.parse("1.2 million");
        assertEquals(n("1200000"), q.value());
        assertEquals(n("100000"), q.roundedTo());
        assertTrue(q.admits(n("1249999")));
        assertFalse(q.admits(n("1250001")));
        assertFalse(q.isExact());
    }

    @Test
    void ranges() {
        Quantity q = Quantity.parse("80 to 100");
        assertEquals(Qualifier.RANGE, q.qualifier());
        assertTrue(q.admits(n("80")));
        assertFalse(q.admits(n("101")));
        assertEquals(n("2000000"), Quantity.parse("between 1 and 2 million").max());
        assertEquals(n("1000000"), Quantity.parse("between 1 and 2 million").min());
    }

    @Test
    void commasAndPercent() {
        assertEquals(n("1200"), Quantity.parse("1,200").value());
        assertEquals(n("50"), Quantity.parse("50%").value());
    }

    @Test
    void wordsAreNotNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Quantity.parse("thirty"));
        assertEquals("expected a number, or a qualified one such as \"about 90\", got \"thirty\"", e.getMessage());
    }

    @Test
    void consistencyIsOverlap() {
        assertTrue(Quantity.parse("about 40").consistentWith(Quantity.exact(37)));
        assertFalse(Quantity.parse("more than 40").consistentWith(Quantity.exact(37)));
        assertTrue(Quantity.parse("more than 30").consistentWith(Quantity.parse("fewer than 40")));
    }

    @Test
    void statedPrecision() {
        assertTrue(Quantity.parse("50").admitsAtStatedPrecision(n("50.4")));
        assertFalse(Quantity.parse("50").admitsAtStatedPrecision(n("50.5")));
        assertFalse(Quantity.parse("50.0").admitsAtStatedPrecision(n("50.4")));
    }

    @Test
    void intervalArithmetic() {
        Interval parts = Quantity.exact(37).interval().plus(Quantity.exact(26).interval());
        assertEquals(Quantity.exact(29), Quantity.of(Quantity.exact(92).interval().minus(parts)));
        Interval aboutRest = Quantity.parse("about 90").interval().minus(parts);
        assertEquals("18–36", Quantity.of(aboutRest).toString());
        assertTrue(Quantity.exact(50).interval().minus(Quantity.exact(60).interval()).allNegative());
    }

    @Test
    void aRoundFigureIsReadAsRoundedToItsLastNonZeroDigit() {
        assertEquals("11,500–12,500", Quantity.parse("12,000").interval().toString());
        assertEquals(n("10000"), Quantity.parse("40,000").roundedTo());
        assertEquals(n("100"), Quantity.parse("40,500").roundedTo());
        assertEquals(n("10000000"), Quantity.parse("$550 million").roundedTo(), "a round figure with a scale word, to its last non-zero digit");
        assertEquals(n("1000000"), Quantity.parse("$8 million").roundedTo());
        assertEquals(n("10000"), Quantity.parse("$2.50 million").roundedTo(), "decimals written, even a zero, are precision shown");
        assertEquals(n("10"), Quantity.parse("12,140").roundedTo(), "a trailing zero is rounding too");
    }

    @Test
    void aFigureBelowAThousandOrNotRoundIsExact() {
        assertTrue(Quantity.parse("900").isExact());
        assertTrue(Quantity.parse("12,143").isExact());
        assertTrue(Quantity.parse("12000.0").isExact(), "written with a decimal, it is as precise as written");
    }

    @Test
    void aBareNumberFollowsTheSameConventionUnlessMarkedExact() {
        ObjectMapper json = new ObjectMapper();
        assertEquals(n("1000"), Quantity.fromJson(json.valueToTree(12000)).roundedTo());
        assertEquals(n("1000"), Quantity.fromJson(json.valueToTree(java.util.Map.of("value", 12000))).roundedTo());
        Quantity marked = Quantity.fromJson(json.valueToTree(java.util.Map.of("value", 12000, "exact", true)));
        assertTrue(marked.isExact());
        assertEquals("12,000", marked.interval().toString());
        assertThrows(IllegalArgumentException.class,
                () -> Quantity.fromJson(json.valueToTree(java.util.Map.of("value", 12000, "exact", true, "roundedTo", 10))));
    }

    @Test
    void aNumberTakesAFinerSharedPrecision() {
        Quantity eight = Quantity.parse("$8 million");
        assertEquals("$7.5–8.5 million", eight.display(eight.interval()));
        assertEquals("$7.95–8.05 million", eight.display(eight.atPrecision(n("100000")).interval()));
        assertEquals(eight, eight.atPrecision(n("10000000")), "never coarser than written");
        assertTrue(Quantity.parse("12,000").atPrecision(BigDecimal.ONE).interval().isPoint(), "to the unit, a whole number is exact");
        assertEquals(n("0.1"), Quantity.parse("3.7").precision());
        assertNull(Quantity.parse("about 90").precision());
    }

    @Test
    void numbersAreWrittenAsPeopleWriteThem() {
        Quantity total = Quantity.parse("$41.2 billion");
        assertEquals("$41.2 billion", total.toString());
        assertEquals("$40.9–41.5 billion", total.display(Interval.closed(n("40900000000"), n("41500000000"))));
        assertEquals("at least 12,140", Quantity.parse("12,000").display(new Interval(n("12140"), false, null, true)));
        assertEquals("more than 90", new Interval(n("90"), true, null, true).toString());
        assertEquals("at most 5", new Interval(null, true, n("5"), false).toString());
        assertEquals("12,000", Quantity.exact(12000).toString());
        assertEquals("$6.2 billion", Quantity.exact(6200000000L).inCurrency("USD").toString());
        assertEquals("€9.169–9.275 billion", Quantity.of(Interval.closed(n("9169400000"), n("9274400000"))).inCurrency("EUR").toString());
        assertEquals("-5 to 3", Interval.closed(n("-5"), n("3")).toString());
        for (String shown : new String[] {total.display(new Interval(null, true, null, true)), Interval.point(n("41200000000")).toString()})
            assertFalse(shown.contains("inf") || shown.contains("41200000000"), shown);
    }

    @Test
    void schemaCarriesTheSamePattern() {
        String inSchema = FactsSchema.get().document().at("/$defs/quantityText/pattern").asText();
        assertEquals(Quantity.TEXT_PATTERN, inSchema);
    }

    @Test
    void textIsKeptAsWritten() {
        assertEquals("about 90", Quantity.parse("about   90").toString());
        assertEquals("29", Quantity.exact(29).toString());
    }
}
