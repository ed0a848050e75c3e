package claimcheck.reference;

import claimcheck.facts.Fact;

/**
 * A fact another article states about a story ({@code verify --corroborate}): the other article's id
 * and title, the story key it names, and the fact as its facts file records it. Inserted into each
 * article's session beside the article's own facts; only rules that ask for it see it.
 */
public record CoverageFact(String articleId, String articleTitle, String story, Fact fact) {
    public CoverageFact {
        if (articleId == null || story == null || fact == null) throw new IllegalArgumentException("articleId, story and fact are required");
    }
}
