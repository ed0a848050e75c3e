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

    private static boolean boundary(String regex) {
        return FirstChars.opensWithWordBoundary(Pattern.compile(regex));
    }

    @Test
    void anOpeningWordBoundaryIsReadThroughFlagsAndTheFirstGroup() {
        assertTrue(boundary("\\b(?:in|since)\\s+x"));
        assertTrue(boundary("(?i)\\bin\\s+x"));
        assertTrue(boundary("(?i:\\b(?:in|since|by)\\s+)(?<claim>x)"));
        assertTrue(boundary("(?<claim>\\b\\d+)"));
        assertTrue(boundary("(?:\\b[a-z]+)+x"), "repeated with at least one try: the first try opens with it");
    }

    @Test
    void aBoundaryThatSomeMatchMaySkipIsLeftToTheMatcher() {
        assertFalse(boundary("x\\b"), "not first");
        assertFalse(boundary("\\bx|y"), "another alternative at the top");
        assertFalse(boundary("(?:\\bx|y)z"), "another alternative in its group");
        assertFalse(boundary("(?:\\bx)?y"), "an optional group");
        assertFalse(boundary("(?:\\bx)*y"), "a group that may be tried no time");
        assertFalse(boundary("(?:\\bx){0,2}y"), "a counted group");
        assertFalse(boundary("(?:(?:\\bx))y"), "a group within a group");
        assertFalse(boundary("(?=x)\\bx"), "after a lookahead");
        assertFalse(boundary("\\B\\w"), "a non-boundary");
        assertFalse(boundary("\\Q\\b\\E"), "quoted");
        assertTrue(boundary("\\b[|]x"), "a | in a class is no alternative");
        assertTrue(boundary("\\bx\\|y"), "nor an escaped one");
        assertTrue(boundary("(?:\\b(?:x|y))z"), "nor one in a nested group");
    }

    @Test
    void aPlaceBetweenTwoWordCharactersIsNotTriedWhenTheRegexOpensWithABoundary() {
        FirstChars f = new FirstChars(Pattern.compile("[IiSs]"), Pattern.compile("(?i:\\b(?:in|since)\\s+)(?<claim>May)"));
        assertTrue(f.at("in May", 0));
        assertTrue(f.at("so, in May", 4));
        assertFalse(f.at("within May", 3), "inside a word");
        assertFalse(f.at("x_in May", 2), "after an underscore");
        assertFalse(f.at("2in May", 1), "after a digit");
        assertTrue(f.at("\u00e9in May", 1), "after a letter outside ASCII the matcher decides");
        assertTrue(f.at("-in May", 1));
    }

    /** The matches of {@code e} tried only where FirstChars allows are those of a search at every place. */
    private static void assertTriedFindsWhatAFullSearchFinds(Patterns.Entry e, String text) {
        List<String> full = new ArrayList<>();
        for (Matcher m = e.regex().matcher(text); m.find(); ) full.add(m.start() + ":" + m.group());
        List<String> tried = new ArrayList<>();
        Recogniser.matches(e, text, m -> tried.add(m.start() + ":" + m.group()));
        assertEquals(full, tried, e.name());
        assertFalse(full.isEmpty(), e.name());
    }

    private static Patterns.Entry shipped(String kind, String name) {
        return Patterns.shipped().of(kind).stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void triedOnlyWhereItMayStartAPatternFindsWhatAFullSearchFinds() {
        assertTriedFindsWhatAFullSearchFinds(shipped("quantity", "digits"), "In 2024, 1,234 people; x12 and 3.5 and $40 million, 7-2 and é9 and 10");
    }

    @Test
    void aBoundaryPatternTriedOnlyAtWordStartsFindsWhatAFullSearchFinds() {
        for (String name : List.of("in-month", "weekday-after-preposition", "determiner-month")) {
            Patterns.Entry e = shipped("date", name);
            assertTrue(FirstChars.opensWithWordBoundary(e.regex()), name + " opens with \\b");
            assertTriedFindsWhatAFullSearchFinds(e, "Since May, within May, in June, _in July, by Friday, until Monday's vote; a late March rally, "
                    + "the May 3 vote, \u00e9in May, 1in May, during April and the early May count");
        }
    }
}
