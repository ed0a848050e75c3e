package claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.engine.EngineLimits;
import claimcheck.facts.JsonLines;
import claimcheck.findings.ArticleReport;
import claimcheck.report.JsonRenderer;
import claimcheck.report.ReportOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ways to check many articles give the same reports in the same order: all kept, each handed on as it is
 * done, or streamed from inputs read as they are needed.
 */
class VerificationTest {
    private static List<Path> articles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("facts/examples"))) {
            s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".expected.yaml")).sorted().forEach(files::add);
        }
        files.add(Path.of("facts/mx-us-transfers-2026-01.yaml"));
        return files;
    }

    private static String json(ArticleReport r, Verification v) {
        StringWriter out = new StringWriter();
        try {
            new JsonRenderer().render(r, ReportOptions.of(v.rules().rules()), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Test
    void eachArticleHandedOnIsTheArticleVerifyAllReports() throws IOException {
        Verification v = Verification.create(Settings.of(List.of(Path.of("rules"))).withRuleCache(null).withJobs(2));
        Verification.Loaded loaded = v.loadEach(articles(), null).requireAll();
        List<String> all = v.verifyAll(loaded).reports().stream().map(r -> json(r, v)).toList();
        List<Integer> progress = Collections.synchronizedList(new ArrayList<>());
        List<String> each = v.verifyEach(loaded, (done, total) -> progress.add(total), c -> {
            assertNull(c.failure());
            assertTrue(c.file().name().equals(c.report().source()));
            return json(c.report(), v);
        });
        assertEquals(all, each);
        assertEquals(Collections.nCopies(loaded.files().size(), loaded.files().size()), progress);
    }

    @Test
    void anArticleWhoseRulesFailIsHandedOnAsAFailure() throws IOException {
        // One firing allowed: every article with a fact "loops" by this limit, and is a failure of its own.
        Verification v = Verification.create(Settings.of(List.of(Path.of("rules"))).withRuleCache(null).withJobs(2)
                .withLimits(new EngineLimits(1, Duration.ofSeconds(10))));
        Verification.Loaded loaded = v.loadEach(articles(), null).requireAll();
        List<Verification.Checked> checked = v.verifyEach(loaded, Verification.Progress.NONE, c -> c);
        assertEquals(loaded.files(), checked.stream().map(Verification.Checked::file).toList());
        for (Verification.Checked c : checked) {
            assertNull(c.report());
            assertNotNull(c.failure());
            assertEquals(c.file().name(), c.failure().source());
        }
    }

    /** A facts document on one line, its article text inline: a list of three names whose count is {@code count}. */
    private static JsonLines.Line line(int number, String id, int count) {
        String json = "{\"article\": {\"id\": \"" + id + "\", \"title\": \"T\", \"published\": \"2021-06-01\", \"content\": "
                + "\"We met the three candidates: Ana, Ben and Cleo.\"}, \"facts\": [{\"id\": \"l\", \"kind\": \"list\", "
                + "\"items\": [\"Ana\", \"Ben\", \"Cleo\"], \"count\": " + count + ", \"quote\": \"the three candidates: Ana, Ben and Cleo\"}]}";
        return new JsonLines.Line(number, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStreamedBatchIsTheBatchLoadedWholeAndHoldsAFewArticlesAtATime() throws IOException {
        int jobs = 2;
        Verification v = Verification.create(Settings.of(List.of(Path.of("rules"))).withRuleCache(null).withJobs(jobs));
        List<JsonLines.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 40; i++) lines.add(line(i, "line-" + i, i % 3 == 0 ? 4 : 3));
        lines.set(9, line(10, "line-3", 3));                            // an id an earlier line has
        lines.set(19, new JsonLines.Line(20, "{\"article\": ".getBytes(StandardCharsets.UTF_8)));  // cut short
        lines.set(29, line(30, "MX-US-TRANSFERS-2026-01", 3));          // a file's id, in another case

        Verification.Loaded whole = v.loadEach(articles(), null, "<stdin>", lines);
        List<String> expected = v.verifyAll(whole).reports().stream().map(r -> json(r, v)).toList();

        AtomicInteger done = new AtomicInteger();
        AtomicInteger read = new AtomicInteger(articles().size());
        AtomicInteger mostHeld = new AtomicInteger();
        Iterator<JsonLines.Line> source = lines.iterator();
        Iterator<JsonLines.Line> counting = new Iterator<>() {
            @Override public boolean hasNext() { return source.hasNext(); }

            @Override public JsonLines.Line next() {
                mostHeld.accumulateAndGet(read.incrementAndGet() - done.get(), Math::max);
                return source.next();
            }
        };
        List<Integer> totals = Collections.synchronizedList(new ArrayList<>());
        Verification.Streamed<String> streamed = v.verifyStreaming(v.find(articles(), null), "<stdin>", counting, f -> null,
                (n, total) -> {
                    done.accumulateAndGet(n, Math::max);
                    totals.add(total);
                }, c -> json(c.report(), v));

        assertEquals(expected, streamed.done().stream().map(Verification.Streamed.Done::value).toList());
        assertEquals(whole.files().stream().map(f -> f.name()).toList(), streamed.done().stream().map(Verification.Streamed.Done::source).toList());
        assertEquals(whole.rejected().stream().map(r -> r.source() + " " + r.error().oneLine()).toList(),
                streamed.rejected().stream().map(r -> r.source() + " " + r.error().oneLine()).toList());
        assertEquals(3, streamed.rejected().size(), streamed.rejected().toString());
        assertEquals(whole.inputs(), streamed.inputs());
        // Never more inputs read than those done and two per job: what a batch holds does not grow with it.
        assertTrue(mostHeld.get() <= 2 * jobs, "held " + mostHeld.get());
        // The total is not known while documents may still come, then it is.
        assertEquals(-1, (int) totals.get(0));
        assertEquals(whole.inputs().size(), (int) totals.get(totals.size() - 1));
    }

    @Test
    void aStreamedBatchRejectsWhatItsAdmissionRefuses() throws IOException {
        Verification v = Verification.create(Settings.of(List.of(Path.of("rules"))).withRuleCache(null).withJobs(2));
        List<Path> files = articles();
        Verification.Streamed<String> streamed = v.verifyStreaming(v.find(files, null), "<stdin>", null,
                f -> f.article().id().equals("mx-us-transfers-2026-01") ? new InputError(f.name(), 1, 1, "article.id", "refused") : null,
                Verification.Progress.NONE, c -> c.file().name());
        assertEquals(files.size() - 1, streamed.done().size());
        assertEquals(List.of("facts/mx-us-transfers-2026-01.yaml:1:1: article.id: refused"),
                streamed.rejected().stream().map(r -> r.error().oneLine()).toList());
    }
}
