package claimcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.facts.FactsLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The property every facts fuzz target checks: any bytes end in a loaded facts file or in one
 * InputError line that names the file. Any other exception, a hang or running out of memory is a
 * finding.
 */
final class FactsFuzzing {
    private FactsFuzzing() {}

    /** A folder holding the article text the fuzzed facts files name (text: a.txt), made once. */
    private static final Path DIR;
    static {
        try {
            DIR = Files.createTempDirectory("claimcheck-fuzz");
            Files.writeString(DIR.resolve("a.txt"), Files.readString(Path.of("facts/mx-us-transfers-2026-01.txt")));
            DIR.toFile().deleteOnExit();
            DIR.resolve("a.txt").toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void load(byte[] data, String fileName) {
        try {
            new FactsLoader().load(DIR.resolve(fileName), fileName, data);
        } catch (InputError e) {
            String line = e.oneLine();
            assertTrue(line.startsWith(fileName), line);
            assertFalse(line.contains("\n") || line.contains("\r"), () -> "more than one line: " + line);
        }
    }
}
