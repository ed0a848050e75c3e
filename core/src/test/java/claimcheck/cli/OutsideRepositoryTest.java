package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify --format all run in a folder that is in no git repository (as a user runs it on a file of their
 * own), in a process of its own so that the working directory is that folder: no report format stops the
 * run, and no report names the machine's absolute paths where a relative one will do.
 */
class OutsideRepositoryTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    /** A short article with one wrong count (an error): "four finalists" names three. */
    private static Path article(Path folder, String id) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".txt"), "The jury named four finalists for the Harbour Prize: Ana Ruiz, Ben Okafor and Cleo Marsh.\n");
        Path facts = folder.resolve(id + ".yaml");
        Files.writeString(facts, "article:\n  id: " + id + "\n  title: Harbour Prize finalists\n  published: 2026-02-02\n  text: " + id + ".txt\n"
                + "facts:\n  - id: finalists\n    kind: list\n    items: [Ana Ruiz, Ben Okafor, Cleo Marsh]\n    count: 4\n"
                + "    quote: \"four finalists for the Harbour Prize: Ana Ruiz, Ben Okafor and Cleo Marsh\"\n");
        return facts;
    }

    private record Finished(int exit, String err) {}

    private Finished verify(Path workingDir, String... args) throws Exception {
        assertTrue(Stream.iterate(workingDir, p -> p != null, Path::getParent).noneMatch(p -> Files.exists(p.resolve(".git"))),
                "the test needs a working directory outside any git repository: " + workingDir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dclaimcheck.home=" + Path.of("").toAbsolutePath(), Main.class.getName(),
                "verify", "--no-cache", "--format", "all", "--publisher", "Checkers", "--review-date", "2026-02-03"));
        command.addAll(List.of(args));
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "claimcheck finished");
        return new Finished(p.exitValue(), Files.readString(err));
    }

    private static String read(Path p) throws IOException { return Files.readString(p, StandardCharsets.UTF_8); }

    /** One run (a process of its own takes long to start): a file outside the working directory, two inside, one missing. */
    @Test
    void everyReportIsWrittenAndNamesFilesAsGivenOrRelative() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path abroad = article(dir.resolve("elsewhere"), "harbour-prize-abroad");
        Path one = article(work.resolve("news"), "harbour-prize");
        Path two = article(work.resolve("news"), "harbour-prize-update");
        Finished run = verify(work, abroad.toString(), one.toString(), two.toString(), work.resolve("news/missing.yaml").toString());
        // The missing file is the only problem (exit 2 over the failed gates); every article is checked and written.
        assertEquals(2, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        Path out = work.resolve("reports");
        for (String id : List.of("harbour-prize-abroad", "harbour-prize", "harbour-prize-update"))
            for (String name : List.of("findings.json", "findings.md", "report.html", "findings.sarif", "junit.xml", "claimreview.jsonld"))
                assertTrue(Files.isRegularFile(out.resolve(id).resolve(name)), id + "/" + name);

        // Outside the working directory, the repository root here: SARIF names the files by absolute file: URIs.
        JsonNode outside = JSON.readTree(read(out.resolve("harbour-prize-abroad/findings.sarif"))).at("/runs/0");
        assertTrue(outside.path("originalUriBaseIds").isMissingNode(), outside.toString());
        JsonNode at = outside.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertEquals(abroad.resolveSibling("harbour-prize-abroad.txt").toUri().toASCIIString(), at.get("uri").asText());
        assertTrue(at.path("uriBaseId").isMissingNode());
        // ... and the other reports name the facts file as it was given: nothing shorter says where it is.
        assertTrue(read(out.resolve("harbour-prize-abroad/report.html")).contains("facts file <code>" + abroad + "</code>"));

        // Inside: relative to the working directory, in every report of the article and of the batch.
        assertTrue(read(out.resolve("harbour-prize/report.html")).contains("facts file <code>news/harbour-prize.yaml</code>"));
        assertTrue(read(out.resolve("harbour-prize/junit.xml")).contains("<property name=\"facts\" value=\"news/harbour-prize.yaml\"/>"));
        JsonNode sarif = JSON.readTree(read(out.resolve("harbour-prize/findings.sarif")));
        assertEquals("news/harbour-prize.txt", sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals("%SRCROOT%", sarif.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
        JsonNode summary = JSON.readTree(read(out.resolve("summary.json")));
        List<String> named = new ArrayList<>();
        for (JsonNode row : summary.get("articles")) named.add(row.get("facts").asText());
        assertEquals(List.of(abroad.toString(), "news/harbour-prize.yaml", "news/harbour-prize-update.yaml", "news/missing.yaml"), named);
        assertTrue(summary.get("articles").get(3).get("problem").asText().startsWith("news/missing.yaml: "), summary.toString());
        assertTrue(read(out.resolve("summary.md")).contains("`news/missing.yaml`"));
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = read(f);
                if (!f.startsWith(out.resolve("harbour-prize-abroad")) && !f.getFileName().toString().startsWith("summary"))
                    assertFalse(text.contains(dir.toString()), f + " names " + dir);
                assertFalse(text.contains(work.toString()), f + " names " + work);
            }
        }
    }
}
