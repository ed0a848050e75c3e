package claimcheck.facts;

import claimcheck.InputError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A folder, besides each facts file's own, that article texts may be read from ({@code verify --text-root}).
 * A facts file may come from anyone (a pull request), so its {@code article.text} is read only when it
 * resolves, links followed, inside the facts file's folder or inside this one.
 *
 * @param folder the folder's real path (links followed)
 */
public record TextRoot(Path folder) {
    public TextRoot {
        if (!folder.isAbsolute()) throw new IllegalArgumentException("a text root is a real path");
    }

    /** The folder {@code dir} names; an {@link InputError} naming {@code option} when it is not a folder. */
    public static TextRoot of(Path dir, String option) {
        try {
            Path real = dir.toRealPath();
            if (!Files.isDirectory(real)) throw new InputError(null, 0, 0, option, dir + " is not a folder");
            return new TextRoot(real);
        } catch (IOException e) {
            throw new InputError(null, 0, 0, option, dir + " is not a folder");
        }
    }

    /** Whether {@code real}, a real path, is inside this folder. */
    public boolean holds(Path real) { return real.startsWith(folder); }
}
