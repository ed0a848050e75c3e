package claimcheck.report;

import claimcheck.Deadline;
import claimcheck.InputError;
import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Writes reports under {@code <out>/<article-id>/}, an article's folder all or nothing. Each report
 * is rendered in memory first (at most {@link #MAX_REPORT_BYTES} per file); an article's files are
 * then written into a fresh hidden folder beside its report folder, which is renamed into place
 * only once every file is whole. A reader, or a killed run, never sees a half-written report or a
 * folder with some reports old and some new: it sees the previous folder or the new one. The one
 * moment between moving the previous folder aside and the new one in is repaired by the next run.
 */
public final class ReportWriter {
    /** The most one report file may take, in UTF-8 bytes: above it the article fails instead of the run running out of memory. */
    public static final long MAX_REPORT_BYTES = 64L * 1024 * 1024;

    private final Path outDir;
    private final List<Renderer> renderers;
    private final ReportOptions options;
    private final long maxReportBytes;
    /**
     * What a killed run left in {@code outDir} (hidden {@code .<id>.new-…} and {@code .<id>.old-…} folders), by name:
     * listed once, at the first write, not once per article (which made writing a batch quadratic in its size).
     * Each article takes its own out of it. Null until then.
     */
    private List<String> leftovers;
    /** Whether {@code outDir}'s file system has POSIX permissions; asked once (Linux reads the mount table to answer). */
    private Boolean posix;

    public ReportWriter(Path outDir, List<Renderer> renderers, ReportOptions options) {
        this(outDir, renderers, options, MAX_REPORT_BYTES);
    }

    /** With another size limit: for tests, which cannot afford 64 MiB reports. */
    ReportWriter(Path outDir, List<Renderer> renderers, ReportOptions options, long maxReportBytes) {
        this.outDir = outDir.toAbsolutePath(); // a bare folder name has no parent to write beside
        this.renderers = List.copyOf(renderers);
        this.options = options;
        this.maxReportBytes = maxReportBytes;
    }

    /** A report larger than {@link #MAX_REPORT_BYTES}: its article is not written. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(String message) { super(message); }
    }

    /**
     * Refuses, before anything is written, an output place claimcheck must not or cannot write to:
     * {@code --out} that is not a folder (or cannot become one), and an article's report folder that
     * is not a folder or holds anything but reports, since the whole folder is replaced.
     */
    public void checkTargets(List<String> articleIds) {
        checkFolder(outDir, "--out");
        for (String id : articleIds) checkTarget(id);
    }

    /** The file names of every format's report: what an article's folder may hold. Made on first use. */
    private static final class ReportNames {
        static final Set<String> ALL = names();

        private static Set<String> names() {
            Set<String> names = new TreeSet<>();
            for (Renderer r : Renderers.of(List.of("all"))) names.add(r.fileName());
            return names;
        }
    }

    /** As {@link #checkTargets} for one article, {@code --out} itself taken as checked. */
    public void checkTarget(String articleId) {
        Path folder = outDir.resolve(articleId);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) return;
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS))
            throw new InputError(null, 0, 0, "--out", folder + " is not a folder; it would be replaced by the reports of article " + articleId);
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            for (Path p : s) {
                String n = p.getFileName().toString();
                boolean leftover = n.startsWith(".") && n.endsWith(".tmp"); // of a run killed while writing
                if (!(ReportNames.ALL.contains(n) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) && !leftover)
                    throw new InputError(null, 0, 0, "--out", folder + " holds " + n + ", which is not a report; "
                            + "the folder of article " + articleId + " is replaced as a whole, so it may hold only reports");
            }
        } catch (IOException e) {
            throw new InputError(null, 0, 0, "--out", "cannot read " + folder + ": " + e.getMessage());
        }
    }

    /**
     * Refuses {@code folder} unless it is a folder claimcheck can write in, or a path that can be
     * made one: its nearest existing ancestor is then a writable folder.
     */
    public static void checkFolder(Path folder, String field) {
        Path p = folder.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS))
                throw new InputError(null, 0, 0, field, p + " is a link to nothing; name a folder");
            p = p.getParent();
        }
        if (p == null) throw new InputError(null, 0, 0, field, "no part of " + folder + " exists");
        if (!Files.isDirectory(p)) throw new InputError(null, 0, 0, field, p + " is not a folder");
        if (!Files.isWritable(p)) throw new InputError(null, 0, 0, field, "cannot write in " + p + ": permission denied");
    }

    /**
     * Refuses {@code file} as a place to write a file unless it is a regular file (or a link to one)
     * or does not exist yet in a folder claimcheck can write in. A device, a FIFO, a folder, or a link
     * to one of those would be replaced or written through; none is ever what the user meant.
     */
    public static void checkFile(Path file, String field) {
        Path p = file.toAbsolutePath();
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(p))
                throw new InputError(null, 0, 0, field, file + " is " + kind(p) + ", not a regular file; name a file");
            if (!Files.isWritable(p)) throw new InputError(null, 0, 0, field, "cannot write " + file + ": permission denied");
        }
        checkFolder(p.getParent(), field);
    }

    private static String kind(Path p) {
        if (Files.isDirectory(p)) return "a folder";
        if (!Files.exists(p)) return "a link to nothing";
        return Files.isSymbolicLink(p) ? "a link to a device, FIFO or socket" : "a device, FIFO or socket";
    }

    /** Renders one article's report in every format, file name to text; nothing touches the disk. */
    public Map<String, String> render(ArticleReport r) throws IOException {
        return render(r, Deadline.after(Deadline.DEFAULT_LIMIT));
    }

    /** As {@link #render(ArticleReport)}, looking at the article's {@code deadline} after each format ({@link Deadline.Expired}). */
    public Map<String, String> render(ArticleReport r, Deadline deadline) throws IOException {
        return render(r, deadline, Bounded::toString);
    }

    /** What a rendered report is kept as: text, or the bytes to write. */
    private interface Taken<T> {
        T from(Bounded rendered) throws IOException;
    }

    private <T> Map<String, T> render(ArticleReport r, Deadline deadline, Taken<T> taken) throws IOException {
        Map<String, T> files = new LinkedHashMap<>();
        for (Renderer renderer : renderers) {
            deadline.check();
            Bounded w = new Bounded(r.source() + ": " + renderer.fileName(), maxReportBytes);
            try {
                renderer.render(r, options, w);
            } catch (RuntimeException | IOException e) {
                // Template and JSON engines may wrap what the writer threw.
                for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof TooLarge tooLarge) throw tooLarge;
                throw e;
            }
            files.put(renderer.fileName(), taken.from(w));
        }
        deadline.check();
        return files;
    }

    /** Renders {@code r} in every format and writes its report folder whole; returns the files written. */
    public List<Path> write(ArticleReport r) throws IOException {
        checkTargets(List.of(r.article().id()));
        return write(r.article().id(), render(r));
    }

    /**
     * Renders {@code r} in every format by {@code deadline}, then writes its report folder whole; returns the files
     * written. Nothing is written when a report is too large ({@link TooLarge}) or the deadline passes first
     * ({@link Deadline.Expired}). Each report goes from the chars it was rendered into straight to UTF-8: making a
     * String of it first and encoding that was a tenth of a batch's time under the launcher's C1 compiler.
     */
    public List<Path> write(ArticleReport r, Deadline deadline) throws IOException {
        return writeFolder(r.article().id(), render(r, deadline, Bounded::utf8));
    }

    /**
     * Writes one article's report folder as a whole (see the class comment); returns the files written.
     * When anything fails, the previous folder is left as it was.
     */
    public List<Path> write(String articleId, Map<String, String> files) throws IOException {
        Map<String, ByteBuffer> encoded = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : files.entrySet()) encoded.put(e.getKey(), utf8(CharBuffer.wrap(e.getValue())));
        return writeFolder(articleId, encoded);
    }

    private List<Path> writeFolder(String articleId, Map<String, ByteBuffer> files) throws IOException {
        Files.createDirectories(outDir);
        Path folder = outDir.resolve(articleId);
        repairLeftovers(articleId, folder);
        Path fresh = outDir.resolve(hiddenName(articleId, "new"));
        Files.createDirectory(fresh);
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<String, ByteBuffer> e : files.entrySet()) {
                Path f = fresh.resolve(e.getKey());
                try (SeekableByteChannel out = Files.newByteChannel(f, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    ByteBuffer bytes = e.getValue();
                    while (bytes.hasRemaining()) out.write(bytes);
                }
                if (posix == null) posix = Files.getFileStore(f).supportsFileAttributeView("posix");
                if (posix) Files.setPosixFilePermissions(f, READABLE_BY_ALL);
                written.add(folder.resolve(e.getKey()));
            }
            if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                rename(fresh, folder);
            } else {
                Path previous = outDir.resolve(hiddenName(articleId, "old"));
                rename(folder, previous);
                try {
                    rename(fresh, folder);
                } catch (IOException | RuntimeException e) {
                    rename(previous, folder);
                    throw e;
                }
                deleteTree(previous);
            }
        } finally {
            deleteTree(fresh);
        }
        return written;
    }

    /**
     * {@code text} in UTF-8; a lone surrogate, which has none, is a {@link java.nio.charset.CharacterCodingException},
     * as {@code Files.writeString} throws.
     */
    static ByteBuffer utf8(CharBuffer text) throws IOException {
        return StandardCharsets.UTF_8.newEncoder().encode(text);
    }

    /**
     * Writes one file whole or not at all: to a temporary file beside it, then moved into place.
     * Temporary files a killed run left beside it are removed first.
     */
    public static void writeFile(Path target, String text) throws IOException {
        target = target.toAbsolutePath();
        Files.createDirectories(target.getParent());
        String prefix = "." + target.getFileName();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(target.getParent(), p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp") && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS);
        })) {
            for (Path p : s) Files.deleteIfExists(p);
        }
        Path tmp = Files.createTempFile(target.getParent(), prefix, ".tmp");
        readableByAll(tmp);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** {@code .<id>.new-<n>.tmp} or {@code .<id>.old-<n>.tmp}: hidden, and never an article id (ids start with a letter or digit). */
    private static String hiddenName(String articleId, String role) {
        return "." + articleId + "." + role + "-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp";
    }

    /**
     * What a killed run left of this article: a half-built folder is removed; a previous folder moved
     * aside just before the kill is moved back when no new folder took its place, else removed.
     */
    private void repairLeftovers(String articleId, Path folder) throws IOException {
        for (Path p : leftoversOf(articleId)) {
            boolean previous = p.getFileName().toString().startsWith("." + articleId + ".old-");
            if (previous && !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) rename(p, folder);
            else deleteTree(p);
        }
    }

    /** The leftovers of {@code articleId}, in name order, taken out of {@link #leftovers}. */
    private synchronized List<Path> leftoversOf(String articleId) throws IOException {
        if (leftovers == null) {
            List<String> found = new ArrayList<>();
            try (DirectoryStream<Path> s = Files.newDirectoryStream(outDir, p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".") && n.endsWith(".tmp") && (n.contains(".new-") || n.contains(".old-"));
            })) {
                s.forEach(p -> found.add(p.getFileName().toString()));
            }
            leftovers = found;
        }
        List<Path> mine = new ArrayList<>();
        for (java.util.Iterator<String> it = leftovers.iterator(); it.hasNext(); ) {
            String n = it.next();
            if (n.startsWith("." + articleId + ".new-") || n.startsWith("." + articleId + ".old-")) {
                mine.add(outDir.resolve(n));
                it.remove();
            }
        }
        mine.sort(Comparator.naturalOrder());
        return mine;
    }

    private static void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> s = Files.list(p)) {
                for (Path c : s.toList()) deleteTree(c);
            }
        }
        Files.deleteIfExists(p);
    }

    /** Files are created as the umask says; a report is for anyone who may read the folder (0644). */
    private static final Set<java.nio.file.attribute.PosixFilePermission> READABLE_BY_ALL =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");

    private static void readableByAll(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView("posix")) Files.setPosixFilePermissions(p, READABLE_BY_ALL);
    }

    /**
     * A text that refuses to grow past {@code limit} UTF-8 bytes; closing it does nothing. A StringBuilder, not
     * a StringWriter: a report is written on one thread, and StringWriter locks at every write.
     */
    static final class Bounded extends Writer {
        /**
         * The text, in a char array rather than a StringBuilder: appending to a builder checks every char for
         * Latin-1, and copies again once one is not; an array takes each write in one copy.
         */
        private char[] text = new char[16 * 1024];
        private int length;
        private final String what;
        private final long limit;
        /** The UTF-8 size of the first {@code counted} chars of {@code text}. */
        private long bytes;
        private int counted;

        Bounded(String what, long limit) {
            this.what = what;
            this.limit = limit;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            room(len);
            System.arraycopy(cbuf, off, text, length, len);
            length += len;
            checkLimit();
        }

        @Override
        public void write(String s, int off, int len) {
            room(len);
            s.getChars(off, off + len, text, length);
            length += len;
            checkLimit();
        }

        @Override
        public void write(int c) {
            room(1);
            text[length++] = (char) c;
            checkLimit();
        }

        private void room(int more) {
            if (more > text.length - length) text = Arrays.copyOf(text, Math.max(length + more, 2 * text.length));
        }

        /**
         * No char takes more than 3 bytes in UTF-8, so chars are counted one by one only once 3 bytes each could
         * pass the limit: for nearly every report, never.
         */
        private void checkLimit() {
            if ((long) length * 3 <= limit) return;
            for (; counted < length; counted++) {
                char c = text[counted];
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            if (bytes > limit)
                throw new TooLarge(what + ": report larger than the limit of " + limit + " bytes; no report written for this article");
        }

        @Override public void flush() {}
        @Override public void close() {}
        @Override public String toString() { return new String(text, 0, length); }

        ByteBuffer utf8() throws IOException { return ReportWriter.utf8(CharBuffer.wrap(text, 0, length)); }
    }

}
