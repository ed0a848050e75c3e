package claimcheck.reference;

import claimcheck.facts.Fact;
import claimcheck.facts.FactsFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Other articles' facts, for corroboration: every fact of every facts file given whose article names
 * a story. A file that names no story can corroborate nothing, and adds nothing.
 */
public record Coverage(List<String> articles, List<CoverageFact> facts) {
    public static final Coverage NONE = new Coverage(List.of(), List.of());

    public Coverage {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
    }

    public static Coverage of(List<FactsFile> files) {
        List<String> articles = new ArrayList<>();
        List<CoverageFact> facts = new ArrayList<>();
        for (FactsFile f : files) {
            String story = f.article().story();
            if (story == null) continue;
            articles.add(f.article().id());
            for (Fact fact : f.facts()) facts.add(new CoverageFact(f.article().id(), f.article().title(), story, fact));
        }
        return new Coverage(articles, facts);
    }

    public List<Object> sessionFacts() {
        return List.copyOf(facts);
    }
}
