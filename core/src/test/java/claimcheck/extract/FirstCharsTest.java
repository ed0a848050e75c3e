package claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where a match may start: the starts: class, and the char before as the regex's opening lookbehind allows. */
class FirstCharsTest {
    private static String lookbehind(String regex) {
        Pattern p = FirstChars.leadingLookbehind(Pattern.compile(regex));
        return p == null ? null : p.pattern();
    }

    @Test
    void theOpeningLookbehindIsReadWithItsFlags() {
        assertEquals("[\\w-]", lookbehind("(?<![\\w-])(?<claim>\\d+)"));
        assertEquals("(?i)[\\w.,$-]", lookbehind("(?i)(?<![\\w.,$-])(?<claim>\\d+)"));
        assertEquals("[\\]x]", lookbehind("(?<![\\]x])y"), "an escaped ] is part of the class");
        assertEquals("[\\p{L}]", lookbehind("(?<![\\p{L}])y"));
    }

    @Test
    void anythingElseIsLeftToTheMatcher() {
        assertNull(lookbehind("(?<claim>\\d+)"), "no lookbehind");
        assertNull(lookbehind("x(?<![\\w-])\\d"), "not at the start");
        assertNull(lookbehind("(?<=[\\w-])\\d"), "a positive lookbehind");
        assertNull(lookbehind("(?<![^\\w])\\d"), "a negated class");
        assertNull(lookbehind("(?<![a-z[0-9]])\\d"), "a nested class");
        assertNull(lookbehind("(?<![a-z&&[^x]])\\d"), "an intersection");
        assertNull(lookbehind("(?<![\\w]x)\\d"), "more than one class");
        assertNull(lookbehind("(?<!\\w)\\d"), "an escape, not a class");
    }

    @Test
    void aPlaceAfterTheLookbehindsClassIsNotTried() {
        FirstChars f = new FirstChars(Pattern.compile("[0-9]"), Pattern.compile("(?<![\\w.])\\d+"));
        assertTrue(f.at("12", 0));
        assertFalse(f.at("12", 1), "inside a number");
        assertFalse(f.at("x1", 1));
        assertFalse(f.at("1.5", 2));
        assertTrue(f.at(" 1", 1));
        assertTrue(f.at("\uD83D\uDE001", 2), "after a surrogate pair the matcher decides");
        assertFalse(f.at("ab", 0), "not a starting character");
    }

    @Test
    void triedOnlyWhereItMayStartAPatternFindsWhatAFullSearchFinds() {
        Patterns.Entry e = Patterns.shipped().of("quantity").stream().filter(x -> x.name().equals("digits")).findFirst().orElseThrow();
        String text = "In 2024, 1,234 people; x12 and 3.5 and $40 million, 7-2 and é9 and 10";
        List<String> full = new ArrayList<>();
        for (Matcher m = e.regex().matcher(text); m.find(); ) full.add(m.group());
        List<String> tried = new ArrayList<>();
        Recogniser.matches(e, text, m -> tried.add(m.group()));
        assertEquals(full, tried);
        assertFalse(full.isEmpty());
    }
}
