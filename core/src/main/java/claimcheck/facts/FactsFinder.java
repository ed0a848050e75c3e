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
 *
 * <p>A name that is no file and holds {@code * ? [ {} is a glob pattern, for shells that do not expand one
 * (and for {@code **}, which bash expands only with {@code globstar}): {@code 'facts/**}{@code /*.yaml'}
 * searches the folder before the first segment with a wildcard ({@code facts}) as above, keeping the files
 * whose path from there matches the rest ({@link java.nio.file.FileSystem#getPathMatcher} glob syntax:
 * {@code *} within a segment, {@code **} across them; and, as in bash with globstar and in git, a
 * {@code **} segment also stands for no folder: {@code 'facts/**}{@code /*.yaml'} keeps {@code facts/a.yaml}).
 * A pattern no facts file matches is an error, as a folder without one is.
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
                searchFolder(p, outReal, facts, skipped, null);
            } else if (isPattern(p)) {
                searchPattern(p, outReal, facts, skipped);
            } else {
                requireArticleBlock(p);
                facts.add(p);
            }
        }
        return new Found(facts, skipped);
    }

    /** Whether {@code p} names no file and holds a wildcard: a glob pattern (see the class comment). */
    public static boolean isPattern(Path p) {
        String s = p.toString();
        return (s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0)
                && !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** The folder before the pattern's first segment with a wildcard, searched for the files the rest matches. */
    private void searchPattern(Path pattern, Path outReal, List<Path> facts, List<Path> skipped) {
        Path folder = pattern.isAbsolute() ? pattern.getRoot() : null;
        int first = 0;
        for (; first < pattern.getNameCount(); first++) {
            String segment = pattern.getName(first).toString();
            if (segment.matches(".*[*?\\[{].*")) break;
            folder = folder == null ? pattern.getName(first) : folder.resolve(pattern.getName(first));
        }
        if (folder == null) folder = Path.of(".");
        List<String> segments = new ArrayList<>();
        for (int i = first; i < pattern.getNameCount(); i++) segments.add(pattern.getName(i).toString());
        List<java.nio.file.PathMatcher> matchers = new ArrayList<>();
        try {
            for (String rest : withFoldersOrNone(segments, folder.getFileSystem().getSeparator()))
                matchers.add(folder.getFileSystem().getPathMatcher("glob:" + rest));
        } catch (IllegalArgumentException e) {
            throw new InputError(pattern.toString(), 0, 0, null, "not a glob pattern: " + e.getMessage());
        }
        if (!Files.isDirectory(folder))
            throw new InputError(pattern.toString(), 0, 0, null, "no facts files match: " + folder + " is not a folder");
        Path base = folder;
        if (!searchFolder(folder, outReal, facts, skipped, f -> matchers.stream().anyMatch(m -> m.matches(base.relativize(f)))))
            throw new InputError(pattern.toString(), 0, 0, null, "no facts files match this pattern (.yaml, .yml or .json files with an article block)");
    }

    /** The {@code **} segments a pattern may hold, runs counted as one and a last one not counted. */
    static final int MAX_DOUBLE_STARS = 8;

    /**
     * The pattern {@code segments} stand for, written out once with each {@code **} segment kept or left out
     * (but a last one, which is a file's whole path). In Java's glob syntax {@code **}{@code /*.yaml} needs a
     * folder before the file name; in bash (with globstar), zsh and git it also matches a file with none, and
     * users write it meaning that. Runs of {@code **} segments count as one; a pattern with more than
     * {@value #MAX_DOUBLE_STARS} others is refused, since each doubles the variants.
     */
    static List<String> withFoldersOrNone(List<String> segments, String separator) {
        List<String> collapsed = new ArrayList<>();
        for (String s : segments)
            if (!(s.equals("**") && !collapsed.isEmpty() && collapsed.get(collapsed.size() - 1).equals("**"))) collapsed.add(s);
        if (collapsed.subList(0, collapsed.size() - 1).stream().filter("**"::equals).count() > MAX_DOUBLE_STARS)
            throw new IllegalArgumentException("more than " + MAX_DOUBLE_STARS + " '**' segments");
        List<List<String>> variants = List.of(List.of());
        for (int i = 0; i < collapsed.size(); i++) {
            String s = collapsed.get(i);
            boolean optional = s.equals("**") && i < collapsed.size() - 1;
            List<List<String>> next = new ArrayList<>();
            for (List<String> v : variants) {
                List<String> kept = new ArrayList<>(v);
                kept.add(s);
                next.add(kept);
                if (optional) next.add(v);
            }
            variants = next;
        }
        return variants.stream().map(v -> String.join(separator, v)).distinct().toList();
    }

    /**
     * Searches {@code folder} as the class comment says, keeping only the files {@code only} accepts (all when
     * null: a folder named itself, which must hold a facts file); whether it found a facts file.
     */
    private boolean searchFolder(Path folder, Path outReal, List<Path> facts, List<Path> skipped, java.util.function.Predicate<Path> only) {
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
                        if (only == null || only.test(file)) candidates.add(file);
                    } else if (attrs.isRegularFile() && hasFactsName(file) && (only == null || only.test(file))) {
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
        if (facts.size() == before && only == null)
            throw new InputError(folder.toString(), 0, 0, null, "no facts files in this folder (.yaml, .yml or .json files with an article block)");
        return facts.size() > before;
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
