package claimcheck.facts;

import claimcheck.input.Position;
import claimcheck.InputError;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The article ids of the facts files of one run, each of which names a report folder: two files may not
 * share one, nor have ids that differ only in case (Mx-1 and mx-1 are one folder on macOS and Windows).
 * Only names are kept, not the files, so that a batch streamed through it holds no article it is done with.
 */
public final class ArticleIds {
    /** Who took an id first: the facts file as named, and the id as it wrote it. */
    private record Taken(String source, String id) {}

    private final Map<String, Taken> byFoldedId = new HashMap<>();

    /** Records {@code f}'s id; an {@link InputError} at its article.id when an earlier file has it, in any case. */
    public void add(FactsFile f) {
        String id = f.article().id();
        // Ids are ASCII letters, digits, '.', '_' and '-' (Article.checkId), so ROOT lower case folds them all.
        Taken earlier = byFoldedId.putIfAbsent(id.toLowerCase(Locale.ROOT), new Taken(f.name(), id));
        if (earlier == null) return;
        Position at = f.articleIdPosition();
        String other = earlier.id();
        throw new InputError(f.name(), at.line(), at.column(), "article.id", other.equals(id)
                ? "article id \"" + id + "\" is also used by " + earlier.source() + "; reports would overwrite each other"
                : "article id \"" + id + "\" differs only in case from \"" + other + "\" in " + earlier.source()
                        + "; reports would overwrite each other on case-insensitive file systems");
    }
}
