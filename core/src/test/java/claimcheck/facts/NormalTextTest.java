package claimcheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Names that look the same are the same: one normal form for composed and decomposed accents and every kind of space. */
class NormalTextTest {
    @Test
    void decomposedAccentsAreComposed() {
        assertEquals("Jos\u00e9", NormalText.of("Jose\u0301"));
        assertEquals("Jos\u00e9", NormalText.of("Jos\u00e9"));
    }

    @Test
    void everyRunOfUnicodeSpaceIsOneSpaceAndTheEndsAreTrimmed() {
        assertEquals("Claudia Sheinbaum", NormalText.of("Claudia\u00a0Sheinbaum"));
        assertEquals("Claudia Sheinbaum", NormalText.of("\ufeff Claudia \u2009\t\n Sheinbaum\u202f"));
        assertEquals("President of Mexico", NormalText.of("President\u3000of\u2007Mexico"));
        assertEquals("", NormalText.of("\u00a0 \u2003"));
        assertNull(NormalText.of(null));
    }

    @Test
    void wordCharactersAreLettersDigitsAndMarksOfSpacedScripts() {
        assertTrue(NormalText.isWordChar('a'));
        assertTrue(NormalText.isWordChar('7'));
        assertTrue(NormalText.isWordChar(0x0661)); // Arabic-Indic digit one
        assertTrue(NormalText.isWordChar(0x0301)); // combining acute: part of the letter before it
        assertFalse(NormalText.isWordChar('\''));
        assertFalse(NormalText.isWordChar('-'));
        assertFalse(NormalText.isWordChar(' '));
        assertFalse(NormalText.isWordChar(0x4e2d), "Chinese is written without spaces between words");
    }

    @Test
    void aClusterIsACodePointAndWhatCombinesWithIt() {
        String s = "e\u0301\u0323x\u1112\u1161\u11ab\uD83D\uDE00";
        assertEquals(3, NormalText.clusterEnd(s, 0));
        assertEquals(4, NormalText.clusterEnd(s, 3));
        assertEquals(7, NormalText.clusterEnd(s, 4));
        assertEquals(9, NormalText.clusterEnd(s, 7));
    }
}
