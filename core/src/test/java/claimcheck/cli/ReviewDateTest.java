package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import claimcheck.InputError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** --review-date's default: SOURCE_DATE_EPOCH when set, so rebuilds give the same bytes; else today in UTC. */
class ReviewDateTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-04T23:30:00Z"), ZoneId.of("Pacific/Auckland"));

    @Test
    void sourceDateEpochWins() {
        assertEquals(LocalDate.of(2026, 1, 21), ReviewDate.fromEnvironment("1768953600", CLOCK));
        assertEquals(LocalDate.of(1970, 1, 1), ReviewDate.fromEnvironment("0", CLOCK));
    }

    @Test
    void elseTodayInUtc() {
        assertEquals(LocalDate.of(2026, 3, 4), ReviewDate.fromEnvironment(null, CLOCK));
        assertEquals(LocalDate.of(2026, 3, 4), ReviewDate.fromEnvironment(" ", CLOCK));
    }

    @Test
    void aBadValueIsAnInputError() {
        InputError e = assertThrows(InputError.class, () -> ReviewDate.fromEnvironment("yesterday", CLOCK));
        assertEquals("SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 (0 or more, before the year 10000), got \"yesterday\"", e.oneLine());
    }

    /** Negative, and so large that the year has more than four digits: dates no review was published on. */
    @Test
    void outOfRangeValuesAreInputErrors() {
        for (String v : new String[] {"-1", "-86400", "253402300800", String.valueOf(Long.MAX_VALUE), "99999999999999999999"}) {
            InputError e = assertThrows(InputError.class, () -> ReviewDate.fromEnvironment(v, CLOCK), v);
            assertEquals("SOURCE_DATE_EPOCH", e.field());
        }
        assertEquals(LocalDate.of(9999, 12, 31), ReviewDate.fromEnvironment("253402300799", CLOCK));
    }
}
