package claimcheck.report;

import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes reports under {@code <out>/<article-id>/}. Everything is rendered in memory first; each
 * file is then written to a temporary file beside it and moved into place, so a reader never sees
 * a half-written report and a failed run leaves the previous reports as they were.
 */
public final class ReportWriter {
    private final Path outDir;
    private final List<Renderer> renderers;
    private final ReportOptions options;

    public ReportWriter(Path outDir, List<Renderer> renderers, ReportOptions options) {
        this.outDir = outDir;
        this.renderers = List.copyOf(renderers);
        this.options = options;
    }

    /** Renders every report in every format; nothing touches the disk. */
    public Map<Path, String> render(List<ArticleReport> reports) throws IOException {
        Map<Path, String> files = new LinkedHashMap<>();
        for (ArticleReport r : reports) {
            for (Renderer renderer : renderers) {
                StringWriter w = new StringWriter();
                renderer.render(r, options, w);
                files.put(outDir.resolve(r.article().id()).resolve(renderer.fileName()), w.toString());
            }
        }
        return files;
    }

    /** Writes what {@link #render} produced; returns the files written. */
    public List<Path> write(Map<Path, String> files) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, String> e : files.entrySet()) {
            Path target = e.getKey().toAbsolutePath(); // a bare file name has no parent to write beside
            Files.createDirectories(target.getParent());
            removeLeftovers(target);
            Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            readableByAll(tmp);
            try {
                Files.writeString(tmp, e.getValue(), StandardCharsets.UTF_8);
                try {
                    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
            written.add(e.getKey());
        }
        return written;
    }

    /** Temporary files are created private (0600); a report is for anyone who may read the folder (0644). */
    private static void readableByAll(Path p) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView("posix"))
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Temporary files a killed run left beside {@code target}; they were never moved into place. */
    private static void removeLeftovers(Path target) throws IOException {
        String prefix = "." + target.getFileName();
        try (var s = Files.newDirectoryStream(target.getParent(), p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".tmp");
        })) {
            for (Path p : s) Files.deleteIfExists(p);
        }
    }
}
