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
final class ReviewDate {
    private ReviewDate() {}

    static LocalDate fromEnvironment(String sourceDateEpoch, Clock clock) {
        if (sourceDateEpoch == null || sourceDateEpoch.isBlank()) return LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try {
            return Instant.ofEpochSecond(Long.parseLong(sourceDateEpoch.strip())).atOffset(ZoneOffset.UTC).toLocalDate();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new InputError(null, 0, 0, "SOURCE_DATE_EPOCH", "expected whole seconds since 1970-01-01, got \"" + sourceDateEpoch + "\"");
        }
    }
}
