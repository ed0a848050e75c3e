package claimcheck.facts;

import claimcheck.input.Position;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A facts file as loaded and checked: the article, its text, and the facts in file order.
 * {@code name} is the path as the user gave it, for messages; {@code positions} says where
 * each fact starts in the file, {@code articleIdPosition} where the article's id is written;
 * {@code acceptances} are the findings the facts accept ({@code accept: {rule, reason}}).
 */
public record FactsFile(Path path, String name, Article article, ArticleText text, List<Fact> facts,
                        Map<String, Position> positions, Position articleIdPosition, List<Acceptance> acceptances) {
    public FactsFile {
        facts = List.copyOf(facts);
        positions = Map.copyOf(positions);
        acceptances = List.copyOf(acceptances);
    }
}
