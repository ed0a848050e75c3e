package claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Every article text in the repository, and random texts dense with what the patterns look for. */
    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path root : List.of(Path.of("facts"), Path.of("core/src/test/resources/extract"))) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        String[] pieces = {"January", "Sept. ", "Aug.", " 12", "1999", "2026", "$4.5 million", "3-1", "64 votes to 41", " 41st",
                "third straight year", "twenty-one", "a dozen", "five years ago", "on Monday", "Tuesday’s ", "last week", "in March",
                "the late May", "July and August", "45%", "12 per cent", "first", "\u201Cquoted\u201D", "\uD83D\uDE00", "-", ",", ".",
                " ", "\n", "x", "é", "(", "1", "0"};
        SplittableRandom random = new SplittableRandom(3);
        for (int t = 0; t < 200; t++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0, n = random.nextInt(120); i < n; i++) b.append(pieces[random.nextInt(pieces.length)]);
            texts.add(b.toString());
        }
        return texts;
    }

    private static List<String> found(Patterns.Entry e, String text, boolean byStarts) {
        List<String> out = new ArrayList<>();
        if (byStarts) Recogniser.matches(e, text, m -> out.add(m.start() + "-" + m.end()));
        else for (Matcher m = e.regex().matcher(text); m.find(); ) out.add(m.start() + "-" + m.end());
        return out;
    }

    @Test
    void patternsTriedOnlyWhereTheirStartsAllowFindWhatAFullSearchFinds() throws IOException {
        // A starts: class that leaves out a character some match starts with would lose those matches silently.
        List<String> texts = texts();
        int checked = 0;
        for (String kind : Patterns.KINDS)
            for (Patterns.Entry e : Patterns.shipped().of(kind)) {
                if (e.starts() == null) continue;
                checked++;
                for (String text : texts) assertEquals(found(e, text, false), found(e, text, true), kind + "/" + e.name() + " in " + text);
            }
        assertEquals(22, checked, "patterns with a starts: class");
    }

    @Test
    void coverageReadingOnlyItsKindsFindsWhatEveryPatternFinds() throws IOException {
        Recogniser all = new Recogniser(Patterns.shipped());
        for (String text : texts()) {
            claimcheck.facts.ArticleText article = new claimcheck.facts.ArticleText(text);
            assertEquals(TextClaim.find(article, all), TextClaim.find(article), text);
        }
        for (String kind : Patterns.KINDS)
            assertEquals(Patterns.COVERAGE_KINDS.contains(kind), !Patterns.shippedForCoverage().of(kind).isEmpty(), kind);
    }
}
