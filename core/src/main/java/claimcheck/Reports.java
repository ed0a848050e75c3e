package claimcheck;

import claimcheck.findings.ArticleReport;
import claimcheck.report.ReportWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step after {@link Verification}: every checked article's reports rendered in memory, each within
 * what is left of its article's time limit and the size limit, then written folder by folder. An article
 * whose reports cannot be rendered is left out, with the reason, and the others are still written.
 *
 * @param files    each renderable article's report files (file name to text), in report order
 * @param problems facts file to why its article's reports were not rendered
 */
public record Reports(Map<ArticleReport, Map<String, String>> files, Map<String, String> problems) {
    public Reports {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** Renders {@code outcome}'s reports with {@code writer} on {@code jobs} threads; nothing touches the disk. */
    public static Reports render(Verification.Outcome outcome, ReportWriter writer, int jobs, Duration timeLimit) {
        record Rendering(ArticleReport report, Map<String, String> files, String problem) {}
        List<Rendering> renderings = Parallel.map(outcome.reports(), jobs, r -> {
            try {
                return new Rendering(r, writer.render(r, outcome.remaining(r, timeLimit)), null);
            } catch (ReportWriter.TooLarge e) {
                return new Rendering(r, null, e.getMessage());
            } catch (Deadline.Expired e) {
                return new Rendering(r, null, Deadline.after(timeLimit).exceeded("rendering", r.source()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Map<ArticleReport, Map<String, String>> files = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        for (Rendering r : renderings) {
            if (r.problem() == null) files.put(r.report(), r.files());
            else problems.put(r.report().source(), r.problem());
        }
        return new Reports(files, problems);
    }

    /** Writes every rendered article's folder whole, in report order. */
    public void write(ReportWriter writer) throws IOException {
        for (Map.Entry<ArticleReport, Map<String, String>> e : files.entrySet()) writer.write(e.getKey().article().id(), e.getValue());
    }
}
