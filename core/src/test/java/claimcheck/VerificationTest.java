package claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import claimcheck.engine.EngineLimits;
import claimcheck.findings.ArticleReport;
import claimcheck.report.JsonRenderer;
import claimcheck.report.ReportOptions;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two ways to check many articles give the same reports in the same order: all kept, or each handed on as it is done. */
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
}
