package claimcheck.cli;

import claimcheck.Version;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden files: the reports of a scenario, compared byte for byte after normalising what changes
 * between releases and platforms (the tool version, line ends), in every format. To accept a change
 * of output on purpose: {@code mvn -B test -Dtest=VerifyCommandTest -Dgolden.update=true}, then
 * review the diff.
 */
final class Golden {
    static final Path ROOT = Path.of("src/test/resources/golden");

    private Golden() {}

    static String normalise(String s) {
        String v = Version.number();
        return s.replace("\r\n", "\n")
                .replace("\"version\": \"" + v + "\"", "\"version\": \"VERSION\"")            // findings.json, findings.sarif
                .replace("\"semanticVersion\": \"" + v + "\"", "\"semanticVersion\": \"VERSION\"") // findings.sarif
                .replace(Version.NAME + " " + v, Version.NAME + " VERSION");                          // report.html, junit.xml
    }

    static void check(Path actualDir, String scenario, List<String> files) throws IOException {
        for (String f : files) {
            String actual = normalise(Files.readString(actualDir.resolve(f), StandardCharsets.UTF_8));
            Path golden = ROOT.resolve(scenario).resolve(f);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                continue;
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "golden " + golden + " (regenerate with -Dgolden.update=true)");
        }
    }
}
