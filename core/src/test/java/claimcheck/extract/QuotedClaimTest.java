package claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.facts.Provenance;
import claimcheck.facts.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** QuotedClaim says of each claim what TextClaim.coveredBy says over all quotes, which core/uncovered-claim relied on before. */
class QuotedClaimTest {
    private static Span span(int start, int end) { return new Span(start, end, 1, start + 1, 1, end + 1); }

    @Test
    void aClaimIsQuotedExactlyWhenSomeFoundQuoteTakesItIn() {
        SplittableRandom random = new SplittableRandom(11);
        int quoted = 0, unquoted = 0;
        for (int round = 0; round < 300; round++) {
            List<Provenance> quotes = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int start = random.nextInt(200);
                // Some quotes were not found: they have no span and cover nothing.
                quotes.add(new Provenance("f" + i, 0, "q", random.nextInt(6) == 0 ? null : span(start, start + random.nextInt(60))));
            }
            List<TextClaim> claims = new ArrayList<>();
            for (int i = random.nextInt(12); i > 0; i--) {
                int start = random.nextInt(240);
                claims.add(new TextClaim("quantity", "c" + i, span(start, start + 1 + random.nextInt(8))));
            }
            List<TextClaim> expected = claims.stream().filter(c -> quotes.stream().anyMatch(c::coveredBy)).toList();
            List<QuotedClaim> got = QuotedClaim.of(claims, quotes);
            assertEquals(expected, got.stream().map(QuotedClaim::passage).toList());
            for (QuotedClaim q : got) assertTrue(q.passage().coveredBy(q.by()), q.toString());
            quoted += expected.size();
            unquoted += claims.size() - expected.size();
        }
        assertTrue(quoted > 100 && unquoted > 100, quoted + " quoted, " + unquoted + " not: both are exercised");
    }
}
