package claimcheck.facts;

import claimcheck.input.LocatedTree;
import claimcheck.input.TextFile;
import claimcheck.input.InputLimits;
import claimcheck.InputError;
import claimcheck.Parallel;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what {@code verify} was given (facts files, and folders to search) into the facts files to load.
 *
 * <p>A folder is searched for {@code .yaml}, {@code .yml} and {@code .json} files, in name order, and a
 * file found there is read as a facts file only when its content says it is one: its top level is a map
 * with an {@code article} key and no key but {@code article} and {@code facts} (all a facts file may
 * have). Others (claimcheck.yaml, a baseline, claimcheck's own findings.json) are skipped; a file that
 * cannot be parsed at all is kept, so that its error is reported. The report folder is not searched,
 * so that a second run does not read the first one's reports. A link found in the folder, to a file or a
 * folder, whose real path is outside the folder is refused: the folder may come from a pull request.
 *
 * <p>A file named itself is read as a facts file unless its top level has no {@code article} block, which
 * is one clear error.
 */
public final class FactsFinder {
    private final InputLimits limits;
    private final Path out;
    private final int jobs;

    /**
     * @param out the report folder, never searched (it need not exist)
     */
    public FactsFinder(InputLimits limits, Path out) {
        this(limits, out, 1);
    }

    /** As {@link #FactsFinder(InputLimits, Path)}, reading a folder's files on up to {@code jobs} threads. */
    public FactsFinder(InputLimits limits, Path out, int jobs) {
        this.limits = limits;
        this.out = out;
        this.jobs = jobs;
    }

    /** What a search found: the facts files to load, and the files it skipped as not facts files. */
    public record Found(List<Path> facts, List<Path> skipped) {
        public Found {
            facts = List.copyOf(facts);
            skipped = List.copyOf(skipped);
        }
    }

    /** The facts files {@code named} (files, and folders to search) stand for, in the order given. */
    public Found find(List<Path> named) {
        List<Path> facts = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        Path outReal = realOrNull(out);
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                searchFolder(p, outReal, facts, skipped);
            } else {
                requireArticleBlock(p);
                facts.add(p);
            }
        }
        return new Found(facts, skipped);
    }

    private void searchFolder(Path folder, Path outReal, List<Path> facts, List<Path> skipped) {
        Path root;
        try {
            root = folder.toRealPath();
        } catch (IOException e) {
            throw new InputError(folder.toString(), 0, 0, null, "cannot read folder: " + e.getMessage(), e);
        }
        List<Path> candidates = new ArrayList<>();
        try {
            // Links are not followed: each one is judged by where it really leads.
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    return !dir.equals(folder) && dir.toRealPath().equals(outReal) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        Path real = realOrNull(file);
                        if (real != null && !real.startsWith(root))
                            throw new InputError(file.toString(), 0, 0, null, "a link to outside the folder searched (" + folder
                                    + "); refused: facts files and their folders must really be inside it");
                        // A link inside the folder: its target is found in its own place (a folder) or read here (a file).
                        if (real == null || Files.isDirectory(real) || !hasFactsName(file)) return FileVisitResult.CONTINUE;
                        candidates.add(file);
                    } else if (attrs.isRegularFile() && hasFactsName(file)) {
                        candidates.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new InputError(folder.toString(), 0, 0, null, "cannot search folder: " + e.getMessage(), e);
        }
        candidates.sort(null);
        Set<Path> seen = new HashSet<>();
        List<Path> files = new ArrayList<>();
        for (Path c : candidates) if (seen.add(realOrNull(c))) files.add(c);  // a link and its target: one file
        // Reading every file's top level is most of a big folder's search: on the jobs' threads, in order.
        List<Boolean> isFacts = Parallel.map(files, jobs, this::isFactsFile);
        int before = facts.size();
        for (int i = 0; i < files.size(); i++) (isFacts.get(i) ? facts : skipped).add(files.get(i));
        if (facts.size() == before)
            throw new InputError(folder.toString(), 0, 0, null, "no facts files in this folder (.yaml, .yml or .json files with an article block)");
    }

    /** The content criterion for files found in a folder (see the class comment). */
    private boolean isFactsFile(Path p) {
        List<String> keys;
        try {
            keys = LocatedTree.topLevelKeys(p.toString(), TextFile.read(p.toString(), p, "facts file", limits.maxFileBytes()), limits);
        } catch (InputError e) {
            return true;  // unreadable: loaded, so that the loader names the problem
        }
        return keys != null && keys.contains("article") && List.of("article", "facts").containsAll(keys);
    }

    /** A file named itself: one clear line when it is readable but has no article block. */
    private void requireArticleBlock(Path p) {
        List<String> keys;
        try {
            keys = LocatedTree.topLevelKeys(p.toString(), TextFile.read(p.toString(), p, "facts file", limits.maxFileBytes()), limits);
        } catch (InputError e) {
            return;  // the loader reports it, with line and column
        }
        if (keys == null || !keys.contains("article"))
            throw new InputError(p.toString(), 0, 0, null, "not a facts file: it has no article block");
    }

    static boolean hasFactsName(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
    }

    private static Path realOrNull(Path p) {
        try {
            return p == null ? null : p.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
