package claimcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A total's chart draws whatever the total adds up: events, amounts and nested totals. */
class TotalChartTest {
    @TempDir Path dir;

    @Test
    void aTotalOfAmountsAndANestedTotalHasABarPerPart() throws IOException {
        Path rules = Path.of("core/src/test/rules/core/total-sum/pass-nested-money");
        Files.copy(rules.resolve("article.txt"), dir.resolve("article.txt"));
        Files.copy(rules.resolve("facts.yaml"), dir.resolve("facts.yaml"));
        ArticleReport r = Scenarios.check(dir.resolve("facts.yaml"));

        TotalChart budget = TotalChart.of(r).stream().filter(c -> c.totalId().equals("budget")).findFirst().orElseThrow();
        // One bar per part, the parts stacked, then the stated total.
        List<String> titles = budget.bars().stream().map(TotalChart.Bar::title).toList();
        // Labelled by what they count, in the article's words, not by fact ids.
        assertEquals(List.of("€25 billion for services: €25 billion", "investment: €15 billion",
                "€25 billion for services: €25 billion", "investment: €15 billion", "The state's €40 billion budget: €40 billion"), titles);
        List<String> texts = budget.labels().stream().map(TotalChart.Label::text).toList();
        assertEquals(List.of("€25 billion for services", "€25 billion", "investment", "€15 billion",
                "components together", "= €40 billion", "stated total", "€40 billion"), texts);
    }
}
