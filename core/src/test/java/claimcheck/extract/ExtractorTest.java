package claimcheck.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
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
    void aNewsroomPatternMayNameTheCharactersItsMatchesStartWith(@TempDir Path dir) throws IOException {
        String pattern = "kind: quantity\npatterns:\n  - name: dozens\n    regex: '(?<claim>(?<value>dozens))'\n";
        Files.writeString(dir.resolve("dozens.yaml"), pattern + "    starts: '[d]'\n");
        assertEquals(List.of("dozens"), new Recogniser(Patterns.read(dir)).find("quantity", "Police said dozens were hurt.").stream()
                .filter(m -> m.pattern().name().equals("dozens")).map(m -> m.group("claim")).toList());
        // Not one character's class: the pattern would match nowhere, so the file is refused.
        Files.writeString(dir.resolve("dozens.yaml"), pattern + "    starts: 'dozens'\n");
        InputError e = assertThrows(InputError.class, () -> Patterns.read(dir));
        assertTrue(e.oneLine().contains("dozens.starts: expected a character class"), e.oneLine());
    }

    private static List<Object> values(List<Proposal> facts, Object componentsOf) {
        List<?> ids = (List<?>) componentsOf;
        return facts.stream().filter(p -> ids.contains(p.id())).map(p -> p.fields().get("value")).toList();
    }

    @Test
    void aFigureWhosePartsComeInTheNextParagraphIsATotalOverThem() {
        // Parts that add up: the first and the second figures of the results after it.
        List<Proposal> season = facts("The Hawks ended the year with 40 wins and 12 losses.\n\nThey went 25-4 at home and 15-8 away.", "2026-04-13");
        List<Proposal> totals = of(season, "total");
        assertEquals(List.of(40L, 12L), totals.stream().map(t -> t.fields().get("value")).toList(), season.toString());
        assertEquals(List.of(25L, 15L), values(season, totals.get(0).fields().get("components")));
        assertEquals(List.of(4L, 8L), values(season, totals.get(1).fields().get("components")));

        // Sums of money after the paragraph's first may not add up to it: verify is what finds that.
        List<Proposal> budget = facts("The county approved a $900 million budget on Tuesday.\n\n"
                + "Roads get $500 million, parks receive $250 million and debt service takes $200 million.", "2026-03-01");
        Proposal total = of(budget, "total").get(0);
        assertEquals("900 million", total.fields().get("value"));
        assertEquals(List.of("500 million", "250 million", "200 million"), values(budget, total.fields().get("components")));
        assertTrue(total.doubts().stream().anyMatch(d -> d.contains("do not add up")), total.doubts().toString());

        // Far from it, they are no parts of it; nor are figures two paragraphs on.
        assertEquals(List.of(), of(facts("The county approved a $900 million budget on Tuesday.\n\n"
                + "Roads get $100 million and parks receive $50 million.", "2026-03-01"), "total"));
        assertEquals(List.of(), of(facts("The Hawks ended the year with 40 wins.\n\nFans cheered.\n\nThey went 25-4 at home and 15-8 away.",
                "2026-04-13"), "total"));
    }

    @Test
    void aMarginIsTheDifferenceOfTheFiguresBeforeItWithOrWithoutAResult() {
        List<Proposal> named = facts("Ortiz received 12,400 votes to Kim's 10,100, a lead of 2,300 votes.", "2026-11-04");
        Proposal d = of(named, "difference").get(0);
        assertEquals(List.of(12400L, 10100L), of(named, "measure").stream().map(p -> p.fields().get("value")).toList());
        assertEquals(of(named, "measure").get(0).id(), d.fields().get("of"));

        List<Proposal> plain = facts("The county counted the ballots overnight. Ortiz received 12,400 votes and Kim 10,100, a lead of 2,300 votes.",
                "2026-11-04");
        Proposal lead = of(plain, "difference").get(0);
        assertEquals(2300L, lead.fields().get("value"));
        assertEquals(of(plain, "measure").get(0).id(), lead.fields().get("of"));
        assertEquals(of(plain, "measure").get(1).id(), lead.fields().get("than"));
    }

    @Test
    void aListMayBeWhatItsSubjectIs() {
        Proposal list = of(facts("Its three biggest clients were the Navy, Airbus and Siemens.", "2026-03-01"), "list").get(0);
        assertEquals(List.of("Navy", "Airbus", "Siemens"), list.fields().get("items"));
        assertEquals(3L, list.fields().get("count"));
        assertEquals(List.of("Ghana", "Peru", "Chile"), of(facts("The finalists are Ghana, Peru and Chile.", "2026-03-01"), "list").get(0).fields().get("items"));
    }

    @Test
    void aRunOfPeriodsIsACountAndARunOfEventsAnOrdinal() {
        List<Proposal> years = facts("She topped the charts for a fourth straight year.", "2026-03-01");
        assertEquals(List.of(), of(years, "ordinal"));
        Proposal run = of(years, "measure").get(0);
        assertEquals(4L, run.fields().get("value"));
        assertEquals("year", run.fields().get("unit"));
        assertEquals(6, of(facts("The club celebrated their sixth straight win on Sunday.", "2026-03-01"), "ordinal").get(0).fields().get("value"));
    }

    @Test
    void aChangeTakesTheFiguresItWentFromAndTo() {
        Proposal change = of(facts("The results came out on Monday. Net sales fell 20% to 400 units from 500 units, the company said.",
                "2026-03-03"), "change").get(0);
        assertEquals(400L, change.fields().get("to"));
        assertEquals(500L, change.fields().get("from"));
    }

    @Test
    void namedGroupsAreReadFromTheRegexOnce() {
        assertEquals(List.of("claim", "value"), Patterns.groupNames("(?<![\\w])(?<claim>(?<value>\\d+))(?<=\\d)\\(?<notagroup>"));
        for (String kind : Patterns.KINDS)
            for (Patterns.Entry e : Patterns.shipped().of(kind)) assertNotNull(e.groups(), e.name());
    }

    @Test
    void aSpanBackFromPublicationIsADate() {
        assertEquals(List.of("2017"), dates(facts("The previous mark was set by the team that reached the final nine years ago.", "2026-04-13")));
        assertEquals(List.of("2026-01"), dates(facts("The plant closed three months ago after a fire.", "2026-04-13")));
        // Not a quantity as well: the number is the date's.
        assertTrue(of(facts("The plant closed three months ago after a fire.", "2026-04-13"), "measure").isEmpty());
        // "planned operations" speaks of no plan: February before a March publication is the past February.
        assertEquals(List.of("2026-02"), dates(facts("The waiting list for planned operations grew after 1,100 patients were added in February.",
                "2026-03-12")).subList(0, 1));
    }

    @Test
    void aCountOutOfALargerOneIsATotalOverTheCountsBeforeIt() {
        List<Proposal> facts = facts("The assembly passed the bill on Thursday by 64 votes to 41, with 9 abstentions. The speaker's office said 112 "
                + "of the chamber's 120 members were present.", "2026-05-22");
        Proposal total = of(facts, "total").get(0);
        assertEquals(112L, total.fields().get("value"));
        assertEquals(3, ((List<?>) total.fields().get("components")).size(), facts.toString());
        // Far from the counts before it, a count out of a larger one stays a measure.
        List<Proposal> far = facts("The assembly passed the bill by 64 votes to 41, with 9 abstentions. Park carried 11 of the state's 14 counties.",
                "2026-05-22");
        assertTrue(of(far, "total").isEmpty(), far.toString());
    }

    @Test
    void aShareOfTheVoteIsOfTheBallotsCastAndATurnoutOfTheRegisteredVoters() {
        List<Proposal> facts = facts("Alvarez won with 48.3% of the vote, defeating Brennan, who took 44.1%.\n\n"
                + "Of the district's 84,500 registered voters, 52,390 cast a ballot, a turnout of 62%, the clerk said.", "2026-11-04");
        List<Proposal> shares = of(facts, "share");
        assertEquals(3, shares.size(), facts.toString());
        Proposal cast = of(facts, "measure").stream().filter(p -> p.fields().get("value").equals(52390L)).findFirst().orElseThrow();
        Proposal registered = of(facts, "measure").stream().filter(p -> p.fields().get("value").equals(84500L)).findFirst().orElseThrow();
        assertEquals(cast.id(), shares.get(0).fields().get("whole"));
        assertEquals(cast.id(), shares.get(1).fields().get("whole"));
        assertEquals(registered.id(), shares.get(2).fields().get("whole"));
        assertEquals(cast.id(), shares.get(2).fields().get("part"));
    }

    @Test
    void anOfficeInLowerCaseIsATitle() {
        List<Proposal> facts = facts("Incumbent state senator Lena Alvarez won. Brennan, a former school board president, conceded. "
                + "Chief executive Hanna Berg said costs would ease.", "2026-11-04");
        List<Proposal> roles = of(facts, "role");
        assertEquals(List.of("Lena Alvarez", "Brennan", "Hanna Berg"), roles.stream().map(p -> p.fields().get("person")).toList());
        assertEquals(List.of("current", "former", "current"), roles.stream().map(p -> p.fields().get("status")).toList());
        assertEquals("School board president", roles.get(1).fields().get("office"));
    }

    @Test
    void aChangeGivenWithBothItsFiguresTakesThemIn() {
        List<Proposal> facts = facts("Net profit rose to $298 million from $260 million, a 14.6% increase.", "2026-07-29");
        assertTrue(of(facts, "measure").isEmpty(), facts.toString());
        Proposal change = of(facts, "change").get(0);
        assertEquals("298 million", change.fields().get("to"));
        assertEquals("260 million", change.fields().get("from"));
        // Given only where it went, the figure stays a measure too.
        assertEquals(1, of(facts("Net profit fell 3 percent to $310 million.", "2026-02-06"), "measure").size());
    }

    @Test
    void aMarginInPointsIsTheDifferenceOfTheTwoPercentagesBeforeIt() {
        List<Proposal> facts = facts("Alvarez won with 48.3% of the vote, defeating Brennan, who took 44.1%.\n\n"
                + "Alvarez received 25,304 votes to Brennan's 23,104. Her 4.2-point margin was narrower than forecast.", "2026-11-04");
        // No ballots cast here: the percentages stay measures of their own, and the margin is between them.
        List<Proposal> percents = facts.stream().filter(p -> String.valueOf(p.fields().get("value")).endsWith("%")).toList();
        assertEquals(2, percents.size(), facts.toString());
        Proposal margin = of(facts, "difference").stream().filter(p -> "percentage points".equals(p.fields().get("unit"))).findFirst().orElseThrow();
        assertEquals(percents.get(0).id(), margin.fields().get("of"));
        assertEquals(percents.get(1).id(), margin.fields().get("than"));
        assertEquals(new java.math.BigDecimal("4.2"), margin.fields().get("value"));
        // With fewer than two percentages before it, a figure "points" ahead stays a figure.
        assertTrue(of(facts("The team had a 6-point lead at half-time.", "2026-11-04"), "difference").isEmpty());
    }

    /** The attachments proposed for {@code text}: each condition's words and the event it is attached to (that event's words). */
    private static List<String> conditions(String text) {
        Draft draft = EXTRACTOR.extract(text, LocalDate.parse("2026-03-04"), "a", "A", "a.txt");
        List<Proposal> facts = draft.facts();
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            Proposal p = facts.get(i);
            if (!p.kind().equals("attachment")) continue;
            int at = facts.stream().map(Proposal::id).toList().indexOf(p.fields().get("event"));
            out.add(draft.quotes().get(i) + " -> " + (at < 0 ? "?" : draft.quotes().get(at)));
        }
        return out;
    }

    @Test
    void anAssuranceGivenIsAttachedToTheEventOfItsSentence() {
        assertEquals(List.of("gave written assurances that he would not face a sentence of life without parole -> The court on Wednesday"),
                conditions("The court on Wednesday approved the extradition after prosecutors gave written assurances that he would not face a sentence of life without parole."));
        List<Proposal> facts = facts("The court on Wednesday approved the extradition after prosecutors gave written assurances that he would not face a sentence of life without parole.", "2026-03-04");
        Proposal a = of(facts, "attachment").get(0);
        assertEquals("assurance/other", a.fields().get("type"));
        assertEquals("prosecutors", a.fields().get("givenBy"));
    }

    @Test
    void aConditionIsAttachedToWhatTheVerbBeforeItSays() {
        assertEquals(List.of("on condition that the federal government matches it -> spend $15 million on relief"),
                conditions("The governor said the state would spend $15 million on relief, on condition that the federal government matches it."));
        assertEquals(List.of("provided that he surrendered his passport -> stay at his home"),
                conditions("He was allowed to stay at his home provided that he surrendered his passport."));
        assertEquals(List.of("provided it can raise capital -> lend $2 billion"), conditions("The bank will lend $2 billion, provided it can raise capital."));
        assertEquals(List.of("as long as neither side fires across the line -> hold"), conditions("The truce will hold as long as neither side fires across the line."));
        assertEquals(List.of("unless the board backed him -> resign"), conditions("He said he would resign unless the board backed him."));
        assertEquals(List.of("only if both sides sign the accord by Friday -> resume"), conditions("Trade will resume only if both sides sign the accord by Friday."));
        assertEquals(List.of("in exchange for 200 prisoners -> released"), conditions("The hostages will be released in exchange for 200 prisoners."));
        assertEquals(List.of("if regulators block it -> pay a break fee of $150 million"),
                conditions("Brightwell has agreed to pay a break fee of $150 million if regulators block it."));
    }

    @Test
    void aConditionThatOpensItsSentenceIsAttachedToTheClauseAfterIt() {
        assertEquals(List.of("Unless the rain stops -> postponed"), conditions("Unless the rain stops, the match will be postponed."));
        assertEquals(List.of("In exchange for the loan -> take a 10% stake in the mill"),
                conditions("In exchange for the loan, the state will take a 10% stake in the mill."));
    }

    @Test
    void aConditionOfTheSentenceAfterItsEventIsAttachedToWhatItsSubjectNames() {
        // "The merger is subject to ...": the merger, made as an event where no earlier one is of its type.
        assertEquals(List.of("subject to shareholder approval -> The merger"), conditions("The merger remains subject to shareholder approval."));
        assertEquals(List.of("conditional on approval from regulators in the European Union and Britain -> The acquisition"),
                conditions("Brightwell agreed to buy Norse. The acquisition is conditional on approval from regulators in the European Union and Britain."));
        // "It is ...": the event of the sentence before.
        assertEquals(List.of("conditional on a vote in parliament -> The two governments agreed in March"),
                conditions("The two governments agreed in March to reopen the border. It is conditional on a vote in parliament."));
        // A figure or date inside the condition is what it says, not what it is attached to: "June 30, 2027" stays in it.
        assertEquals(List.of("unless it is completed by June 30, 2027 -> walk away from the deal"),
                conditions("Either company can walk away from the deal unless it is completed by June 30, 2027, and the board agrees."));
    }

    @Test
    void aConditionIsAttachedToItsOwnClauseNotToADateOfAnEarlierOne() {
        // "signed ... on Monday" is another clause than the withdrawal the condition is attached to.
        assertEquals(List.of("in return for the release of 412 prisoners -> withdraw its troops from the border town"),
                conditions("Under the agreement, signed in Geneva on Monday, Velmont will withdraw its troops from the border town of Ostra, in return for the release of 412 prisoners."));
        // "which is conditional on": the noun phrase before the comma, a sum of money given as what is offered.
        assertEquals(List.of("conditional on the ceasefire holding for six months -> an offer of $2.5 billion in reconstruction aid"),
                conditions("The difference this time was an offer of $2.5 billion in reconstruction aid, which is conditional on the ceasefire holding for six months."));
        // A closing quotation mark ends a condition.
        assertEquals(List.of("as long as not a single shot is fired -> respect the deal"),
                conditions("The minister said her government would respect the deal \"as long as not a single shot is fired\"."));
    }

    @Test
    void anOrdinaryThatClauseOrATimeIsNoCondition() {
        String text = """
                The official spoke on condition of anonymity because he was not authorised to speak. Officials said that the talks \
                would resume on Monday. The plan was subject to criticism from unions. Patients waited as long as nine hours. \
                Reporters asked if the minister would resign. Funding provided by the state paid for the repairs. Even if the bill \
                passes, it will take years. She would not say if the company will appeal. The company will stay in the city for as \
                long as possible. The minister confirmed that 40 schools would close. Goods from the region are subject to tariffs \
                of 25%. The judge wrote that the assurances were specific. The repairs took twice as long as expected. The fault was \
                found only when engineers inspected the line. Inspectors will determine if the bridge is safe.
                """;
        assertEquals(List.of(), conditions(text));
    }
}
