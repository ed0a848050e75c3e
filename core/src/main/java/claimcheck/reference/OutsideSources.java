package claimcheck.reference;

import claimcheck.facts.FactsFile;
import claimcheck.facts.FactsFinder;
import claimcheck.facts.FactsLoader;
import claimcheck.input.InputLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an article is checked against besides itself, as the settings name it: reference files or
 * folders ({@code --reference}), and folders or files of other articles' facts about the same story
 * ({@code --corroborate}). Nothing is picked up unless named: a run that names none checks each
 * article against itself alone, exactly as before.
 */
public record OutsideSources(List<Path> reference, List<Path> corroborate) {
    public static final OutsideSources NONE = new OutsideSources(List.of(), List.of());

    public OutsideSources {
        reference = List.copyOf(reference);
        corroborate = List.copyOf(corroborate);
    }

    public boolean isEmpty() { return reference.isEmpty() && corroborate.isEmpty(); }

    /**
     * Reads what is named (the first problem is an InputError naming file, line and column) and gives
     * what every article's session then holds: the reference data and its entries, and the facts of
     * the other articles that name a story. Empty when nothing is named.
     */
    public List<Object> sessionFacts(FactsLoader loader, InputLimits limits) {
        List<Object> out = new ArrayList<>();
        if (!reference.isEmpty()) out.addAll(new ReferenceLoader().load(reference).sessionFacts());
        if (!corroborate.isEmpty()) {
            List<FactsFile> files = new ArrayList<>();
            for (Path p : new FactsFinder(limits, null).find(corroborate).facts()) files.add(loader.load(p, p.toString()));
            out.addAll(Coverage.of(files).sessionFacts());
        }
        return out;
    }
}
