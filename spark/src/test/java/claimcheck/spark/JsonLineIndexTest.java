package claimcheck.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import claimcheck.facts.JsonLines;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The executors read a JSON Lines file's lines by place: the same numbers and bytes verify --stdin reads. */
class JsonLineIndexTest {
    @Test
    void linesReadByPlaceAreTheLinesVerifyReads(@TempDir Path tmp) throws IOException {
        String text = "{\"a\": 1}\n\n  \t\r\n{\"b\": \"é\"}\r\n" + "x".repeat(40) + "\r\n{\"c\": 3}\r" + "\n\r\n" + "y".repeat(20) + "\r" + "z".repeat(5) + "\n{\"last\": true}";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Path file = tmp.resolve("in.jsonl");
        Files.write(file, bytes);
        for (long limit : List.of(10L, 20L, 21L, 1000L)) {
            List<JsonLines.Line> expected = JsonLines.read(new ByteArrayInputStream(bytes), limit);
            List<JsonLineIndex.Line> index = JsonLineIndex.of(new ByteArrayInputStream(bytes), limit);
            assertEquals(expected.size(), index.size(), "limit " + limit);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).number(), index.get(i).number(), "limit " + limit);
                assertArrayEquals(expected.get(i).content(), JsonLineIndex.read(file, index.get(i).offset(), index.get(i).length()),
                        "line " + expected.get(i).number() + ", limit " + limit);
            }
        }
    }
}
