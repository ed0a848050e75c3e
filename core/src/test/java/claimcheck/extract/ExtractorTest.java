package claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What extract proposes for the constructions issue 13 names, one short text each. */
class ExtractorTest {
    private static final Extractor EXTRACTOR = new Extractor();

    private static List<Proposal> facts(String text, String published) {
        return EXTRACTOR.extract(text, LocalDate.parse(published), "a", "A", "a.txt").facts();
    }

    private static List<Proposal> of(List<Proposal> facts, String kind) {
        return facts.stream().filter(p -> p.kind().equals(kind)).toList();
    }

    private static List<Object> dates(List<Proposal> facts) {
        return facts.stream().filter(p -> p.fields().containsKey("date")).map(p -> p.fields().get("date")).toList();
    }

    @Test
    void aComingEventIsNotResolvedIntoThePast() {
        assertEquals(List.of("2026-02"), dates(facts("The final will be played in February at the new stadium.", "2025-12-10")));
        assertEquals(List.of("2025-02"), dates(facts("The final was played in February at the old stadium.", "2025-12-10")));
        assertEquals(List.of("2026-04-12"), dates(facts("Their next match is scheduled for April 12 in Leeds.", "2026-04-06")));
        assertEquals(List.of("2025-04-12"), dates(facts("Their last match was played on April 12 in Leeds.", "2026-04-06")));
        // 2026-04-06 is a Monday.
        assertEquals(List.of("2026-04-07"), dates(facts("The council will vote on Tuesday on the plan.", "2026-04-06")));
        assertEquals(List.of("2026-03-31"), dates(facts("The council voted on Tuesday on the plan.", "2026-04-06")));
    }

    @Test
    void aScoreIsTwoFiguresNeitherARangeNorANegativeNumber() {
        List<Proposal> facts = facts("Riverside United beat Harbour City 3-1 on Saturday at home.", "2026-04-06");
        List<Object> values = of(facts, "measure").stream().map(p -> p.fields().get("value")).toList();
        assertEquals(List.of(3L, 1L), values);
        assertTrue(of(facts, "measure").stream().allMatch(p -> String.valueOf(p.fields().get("metric")).startsWith("score")), facts.toString());
        // For coverage each figure of a score is a claim of its own, which a fact's quote must take in.
        assertEquals(List.of("3", "1"), TextClaim.find(new claimcheck.facts.ArticleText("Riverside beat Harbour City 3-1 away.")).stream()
                .map(TextClaim::text).toList());
    }

    @Test
    void aMarginIsTheDifferenceOfTheResultBeforeIt() {
        List<Proposal> facts = facts("The assembly passed the bill by 64 votes to 41. Its margin of 23 votes was wider than expected.", "2026-03-01");
        Proposal d = of(facts, "difference").get(0);
        List<Proposal> result = of(facts, "measure");
        assertEquals(result.get(0).id(), d.fields().get("of"));
        assertEquals(result.get(1).id(), d.fields().get("than"));
        assertEquals(23L, d.fields().get("value"));
        assertEquals("more", d.fields().get("direction"));
    }

    @Test
    void aFigureWithItsPartsListedIsATotalOverThem() {
        List<Proposal> facts = facts("The plan sets aside $2.6 billion for public services, including $1.1 billion for schools and $640 million for policing.",
                "2026-03-01");
        Proposal total = of(facts, "total").get(0);
        assertEquals("2.6 billion", total.fields().get("value"));
        assertEquals(of(facts, "measure").stream().map(Proposal::id).toList(), total.fields().get("components"));
        assertEquals(true, total.fields().get("partial"));

        List<Proposal> season = facts("The Gulls finished the season with 58 wins and 24 losses in 82 games, a club record.", "2026-04-13");
        assertEquals(1, of(season, "total").size(), season.toString());
        assertEquals(2, ((List<?>) of(season, "total").get(0).fields().get("components")).size(), season.toString());
    }

    @Test
    void aPercentageOfANamedFigureIsAShareOfIt() {
        List<Proposal> facts = facts("The council approved a $4.2 billion budget on Monday. Schools account for 26 percent of the budget, "
                + "and capital projects for about 31 percent.", "2026-03-01");
        List<Proposal> shares = of(facts, "share");
        assertEquals(2, shares.size(), facts.toString());
        String budget = of(facts, "measure").get(0).id();
        assertTrue(shares.stream().allMatch(s -> s.fields().get("whole").equals(budget)), shares.toString());
    }

    @Test
    void theSourceOfASentencesFiguresIsRecorded() {
        List<Proposal> facts = facts("The storm hit on Monday. About 1,100 people were injured, the interior ministry said. "
                + "Some 9,000 were moved to tents, according to the Red Crescent.", "2026-03-01");
        List<Object> sources = of(facts, "measure").stream().map(p -> p.fields().get("source")).toList();
        assertEquals(List.of("interior ministry", "the Red Crescent"), sources);
    }

    @Test
    void aLaterFigureThatRepeatsAnEarlierOneIsAMentionOfIt() {
        List<Proposal> facts = facts("The death toll from the quake rose to 214 on Monday. Of the 214 deaths, 131 were in the town.", "2026-02-10");
        Proposal mention = of(facts, "mention").get(0);
        assertEquals(of(facts, "total").get(0).id(), mention.fields().get("refers"));
    }

    @Test
    void placeAdjectivesAreDataANewsroomCanExtend(@TempDir Path dir) throws IOException {
        List<Proposal> shipped = facts("Mexican President Ana Lind said the talks went well.", "2026-03-01");
        assertEquals("President of Mexico", of(shipped, "role").get(0).fields().get("office"));
        Files.writeString(dir.resolve("places.yaml"), "places:\n  Ruritanian: Ruritania\n");
        Extractor own = new Extractor(Patterns.read(dir));
        List<Proposal> facts = own.extract("Ruritanian Foreign Minister Ana Lind said the talks went well.", LocalDate.parse("2026-03-01"),
                "a", "A", "a.txt").facts();
        Proposal role = of(facts, "role").get(0);
        assertEquals("Foreign Minister of Ruritania", role.fields().get("office"));
    }

    @Test
    void namedGroupsAreReadFromTheRegexOnce() {
        assertEquals(List.of("claim", "value"), Patterns.groupNames("(?<![\\w])(?<claim>(?<value>\\d+))(?<=\\d)\\(?<notagroup>"));
        for (String kind : Patterns.KINDS)
            for (Patterns.Entry e : Patterns.shipped().of(kind)) assertNotNull(e.groups(), e.name());
    }
}
