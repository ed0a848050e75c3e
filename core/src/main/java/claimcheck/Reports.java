package claimcheck;

import claimcheck.findings.ArticleReport;
import claimcheck.report.BatchSummary;
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
 * A batch does it article by article instead ({@link #writeOne}), keeping no report in memory.
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
        List<Rendering> renderings = Parallel.map(outcome.reports(), jobs, r -> render(r, writer, outcome.remaining(r, timeLimit)));
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

    /**
     * What became of one article of a batch: its row of the batch summary, and, when it has no reports, why:
     * its rules failed ({@code failure}), or its reports went over the size or time limit ({@code problem}).
     */
    public record Written(BatchSummary.Row row, Verification.Outcome.Failure failure, String problem) {}

    /**
     * One article of {@link Verification#verifyEach}, on the thread that checked it: its reports rendered
     * within what is left of its time limit, then its folder written whole, so that a batch of any size holds
     * no report in memory. A folder that cannot be written is an {@link UncheckedIOException}.
     */
    public static Written writeOne(Verification.Checked checked, ReportWriter writer) {
        if (checked.failure() != null) {
            Verification.Outcome.Failure f = checked.failure();
            return new Written(BatchSummary.Row.ruleFailure(checked.file().article().id(), f.source(), Printable.line(f.message())), f, null);
        }
        ArticleReport r = checked.report();
        try {
            writer.write(r, checked.deadline());
        } catch (ReportWriter.TooLarge | Deadline.Expired e) {
            String problem = problem(e, r, checked.deadline());
            return new Written(BatchSummary.Row.reportFailure(r, Printable.line(problem)), null, problem);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Written(BatchSummary.Row.checked(r), null, null);
    }

    /** One article's report files, or why it has none. */
    private record Rendering(ArticleReport report, Map<String, String> files, String problem) {}

    private static Rendering render(ArticleReport r, ReportWriter writer, Deadline deadline) {
        try {
            return new Rendering(r, writer.render(r, deadline), null);
        } catch (ReportWriter.TooLarge | Deadline.Expired e) {
            return new Rendering(r, null, problem(e, r, deadline));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why {@code r} has no reports: they went over the size limit, or over its time limit while rendering. */
    private static String problem(RuntimeException e, ArticleReport r, Deadline deadline) {
        return e instanceof Deadline.Expired ? deadline.exceeded("rendering", r.source()) : e.getMessage();
    }
}
