package claimcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The default --repo-root: the nearest folder at or above a start folder that holds a .git (folder or file), else the start. */
public final class RepositoryRoot {
    private RepositoryRoot() {}

    public static Path above(Path start) {
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent())
            if (Files.exists(p.resolve(".git"))) return p;
        return start.toAbsolutePath().normalize();
    }
}
