package claimcheck.cli;

import claimcheck.InputError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The default --review-date: SOURCE_DATE_EPOCH (seconds since 1970, the reproducible-builds
 * convention) when it is set, so that a rebuild gives the same bytes; else today in UTC.
 */
public final class ReviewDate {
    private ReviewDate() {}

    public static LocalDate fromEnvironment(String sourceDateEpoch, Clock clock) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) return LocalDate.now(clock.withZone(ZoneOffset.UTC));
        long seconds;
        try {
            seconds = Long.parseLong(sourceDateEpoch.strip());
        } catch (NumberFormatException e) {
            throw invalid(sourceDateEpoch);
        }
        // The convention is a non-negative count; "-1" would review an article in 1969, and a huge one in year 292278994.
        if (seconds < 0) throw invalid(sourceDateEpoch);
        try {
            LocalDate d = Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC).toLocalDate();
            if (d.getYear() > 9999) throw invalid(sourceDateEpoch);
            return d;
        } catch (java.time.DateTimeException e) {
            throw invalid(sourceDateEpoch);
        }
    }

    private static InputError invalid(String value) {
        return new InputError(null, 0, 0, "SOURCE_DATE_EPOCH", "expected whole seconds since 1970-01-01 (0 or more, before the year 10000), got \"" + value + "\"");
    }
}
