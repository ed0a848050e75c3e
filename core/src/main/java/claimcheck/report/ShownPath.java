package claimcheck.report;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * How a report names a file the user gave on the command line (the facts file): as given, but a path
 * given absolute that lies inside the working directory is shown relative to it. Reports get published;
 * a path such as /home/alice/newsroom/facts/x.yaml says more about the machine than about the article.
 */
public final class ShownPath {
    private ShownPath() {}

    /** {@code given} as a report shows it, relative to the working directory where it can be; forward slashes. */
    public static String of(String given) {
        return of(given, Path.of("").toAbsolutePath());
    }

    static String of(String given, Path workingDirectory) {
        if (given == null) return null;
        Path p;
        try {
            p = Path.of(given);
        } catch (InvalidPathException e) {
            return given; // a name such as <stdin>:3 on a system that refuses it as a path
        }
        if (!p.isAbsolute()) return given;
        Path file = p.normalize();
        Path dir = workingDirectory.toAbsolutePath().normalize();
        if (!file.startsWith(dir) || file.equals(dir)) return given;
        return slashes(dir.relativize(file));
    }

    /** A relative path with forward slashes, whatever the system's separator. */
    static String slashes(Path relative) {
        StringBuilder b = new StringBuilder();
        for (Path part : relative) {
            if (b.length() > 0) b.append('/');
            b.append(part);
        }
        return b.toString();
    }
}
