package claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RecogniserTest {
    /** The rule settle keeps, written the slow way: each match, in priority order, is kept unless it overlaps one kept before it. */
    private static List<Match> settledByScan(List<Match> matches) {
        List<Match> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt((Match m) -> Patterns.KINDS.indexOf(m.kind()))
                .thenComparing(Comparator.comparingInt(Match::length).reversed())
                .thenComparingInt(Match::start));
        List<Match> kept = new ArrayList<>();
        for (Match m : sorted) if (kept.stream().noneMatch(m::overlaps)) kept.add(m);
        kept.sort(Comparator.comparingInt(Match::start).thenComparing(Match::kind));
        return kept;
    }

    @Test
    void settlingKeepsWhatAScanOfEveryKeptMatchWouldKeep() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 500; round++) {
            List<Match> matches = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                int start = random.nextInt(200), length = 1 + random.nextInt(random.nextBoolean() ? 4 : 30);
                String kind = Patterns.COVERAGE_KINDS.get(random.nextInt(Patterns.COVERAGE_KINDS.size()));
                matches.add(new Match(kind, null, start, start + length, Map.of()));
            }
            assertEquals(settledByScan(matches), Recogniser.settle(matches), "round " + round);
        }
    }

    @Test
    void anEarlierKindKeepsItsWordsThenTheLongerMatch() {
        Match year = new Match("quantity", null, 9, 13, Map.of());
        Match date = new Match("date", null, 0, 13, Map.of());
        Match day = new Match("quantity", null, 4, 6, Map.of());
        Match after = new Match("quantity", null, 13, 15, Map.of());
        assertEquals(List.of(date, after), Recogniser.settle(List.of(year, day, after, date)));
    }
}
