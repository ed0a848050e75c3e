package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        assertEquals("[81, 99]", q.interval().toString());
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
        assertEquals("18 to 36", Quantity.of(aboutRest).toString());
        assertTrue(Quantity.exact(50).interval().minus(Quantity.exact(60).interval()).allNegative());
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
