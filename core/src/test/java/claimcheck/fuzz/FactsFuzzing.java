package claimcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.InputError;
import claimcheck.facts.FactsLoader;
import claimcheck.input.InputLimits;
import claimcheck.input.LocatedTree;
import claimcheck.input.TextFile;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The properties every facts fuzz target checks: any bytes end in a loaded facts file or in one
 * InputError line that names the file; and a document read, YAML aliases expanded, never holds more
 * characters of keys and values than {@link InputLimits#maxExpandedChars()} (checked under limits small
 * enough for the fuzzer to reach with a few aliases). Any other exception, a hang or running out of
 * memory is a finding.
 */
final class FactsFuzzing {
    private FactsFuzzing() {}

    /** Small enough that a few aliases of a short list cross it. */
    private static final InputLimits SMALL = new InputLimits(1 << 16, 1 << 16, 32, 1_000, 100, 2_000, 500);

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
            oneLineNaming(fileName, e);
        }
        expandedSizeIsBounded(data, fileName);
    }

    private static void expandedSizeIsBounded(byte[] data, String fileName) {
        try {
            JsonNode root = LocatedTree.read(fileName, TextFile.decode(fileName, data), SMALL).root();
            long chars = characters(root);
            assertTrue(chars <= SMALL.maxExpandedChars(), () -> chars + " characters expanded, over the bound of " + SMALL.maxExpandedChars());
        } catch (InputError e) {
            oneLineNaming(fileName, e);
        }
    }

    /** Characters of every key and single value, as the bound counts them. */
    private static long characters(JsonNode n) {
        long s = 0;
        if (n.isObject()) {
            for (var it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                s += e.getKey().length() + characters(e.getValue());
            }
        } else if (n.isArray()) {
            for (JsonNode c : n) s += characters(c);
        } else {
            s = n.isTextual() ? n.textValue().length() : n.asText().length();
        }
        return s;
    }

    private static void oneLineNaming(String fileName, InputError e) {
        String line = e.oneLine();
        assertTrue(line.startsWith(fileName), line);
        assertFalse(line.contains("\n") || line.contains("\r"), () -> "more than one line: " + line);
    }
}
