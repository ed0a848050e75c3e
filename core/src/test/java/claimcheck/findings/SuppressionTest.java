package claimcheck.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A suppression's wording, which every report and the command line take from it. */
class SuppressionTest {
    @Test
    void theReasonNamesTheKindAndTheExpiryIsAddedOnlyWhenThereIsOne() {
        Suppression baseline = new Suppression(Suppression.Kind.BASELINE, "known: see #12", LocalDate.of(2026, 6, 30));
        assertEquals("baseline: known: see #12", baseline.reason());
        assertEquals(" (until 2026-06-30)", baseline.until());
        assertEquals("baseline: known: see #12 (until 2026-06-30)", baseline.reasonUntil());

        Suppression accepted = new Suppression(Suppression.Kind.ACCEPTED, "the speaker's own words", null);
        assertEquals("accepted: the speaker's own words", accepted.reason());
        assertEquals("", accepted.until());
        assertEquals("accepted: the speaker's own words", accepted.reasonUntil());
    }
}
