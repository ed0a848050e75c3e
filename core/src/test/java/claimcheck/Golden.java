package claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files: reports compared byte for byte with files under {@link #ROOT}, after normalising what
 * changes between releases, machines and platforms (the tool version, the working directory, line ends).
 * The CLI tests ({@code VerifyCommandTest}) and the renderer contract ({@code RendererContractTest}) share
 * them. To accept a change of output on purpose: {@code mvn -B test -Dtest=TheTest -Dgolden.update=true},
 * then review the diff.
 */
public final class Golden {
    public static final Path ROOT = Path.of("core/src/test/resources/golden");

    private Golden() {}

    /** Whether this run rewrites the golden files instead of comparing with them. */
    public static boolean updating() { return Boolean.getBoolean("golden.update"); }

    public static String normalise(String s) {
        String v = Version.number();
        return s.replace("\r\n", "\n")
                .replace("\"version\": \"" + v + "\"", "\"version\": \"VERSION\"")            // findings.json, findings.sarif
                .replace("\"semanticVersion\": \"" + v + "\"", "\"semanticVersion\": \"VERSION\"") // findings.sarif
                .replace(Version.NAME + " " + v, Version.NAME + " VERSION")                           // report.html, junit.xml
                // No report should name an absolute path; if one does, the golden shows where, on any machine.
                .replace(Path.of("").toAbsolutePath().toString(), "WORKDIR");
    }

    /** Compares each of {@code files} in {@code actualDir} with the golden {@code scenario/file}. */
    public static void check(Path actualDir, String scenario, List<String> files) throws IOException {
        for (String f : files) check(scenario + "/" + f, Files.readString(actualDir.resolve(f), StandardCharsets.UTF_8));
    }

    /** Compares {@code actual}, normalised, with the golden file {@code golden} (relative to {@link #ROOT}), or rewrites it. */
    public static void check(String golden, String actual) throws IOException {
        String normalised = normalise(actual);
        Path file = ROOT.resolve(golden);
        if (updating()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, normalised, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.isRegularFile(file))
            throw new AssertionError("no golden file " + file + " (write it with -Dgolden.update=true, then review it)");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), normalised, "golden " + file + " (regenerate with -Dgolden.update=true)");
    }
}
