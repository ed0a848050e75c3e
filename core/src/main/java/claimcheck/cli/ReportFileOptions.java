package claimcheck.cli;

import claimcheck.InputError;
import claimcheck.report.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * verify's options for what the report files say beyond the findings: who publishes the review, where the
 * article is, the review's date, and the repository SARIF names files from. A mixin, public for the Spark job
 * (claimcheck.spark.SparkVerify), which writes the same report files.
 */
public final class ReportFileOptions {
    @Option(names = "--publisher", paramLabel = "NAME",
            description = "Who publishes the fact check: the author of claimreview.jsonld's reviews. Required for --format claimreview.")
    String publisher;

    @Option(names = "--article-url", paramLabel = "URL",
            description = "Where the article is published, for claimreview.jsonld and report.html. Default: the facts file's article.url.")
    String articleUrl;

    @Option(names = "--review-date", paramLabel = "YYYY-MM-DD", converter = OptionValues.Date.class,
            description = "The date claimreview.jsonld's reviews are published. Default: SOURCE_DATE_EPOCH when set, else today (UTC).")
    LocalDate reviewDate;

    @Option(names = "--repo-root", paramLabel = "DIR",
            description = "The repository root that findings.sarif names files relative to. Default: the nearest folder above the working directory with a .git, else the working directory.")
    Path repoRoot;

    /** The checked values, for report files of {@code renderers}: an {@link InputError} naming the option when one is wrong. */
    public record Values(String publisher, String articleUrl, LocalDate reviewDate, Path repositoryRoot) {}

    /**
     * The options' values once checked as verify checks them: a well-formed --article-url, a --publisher when
     * claimreview.jsonld is written (blank is none), a --repo-root that is a folder; the defaults filled in.
     */
    public Values values(List<Renderer> renderers) {
        if (articleUrl != null && !articleUrl.isBlank()) {
            try {
                claimcheck.facts.Article.checkUrl(articleUrl);
            } catch (IllegalArgumentException e) {
                throw new InputError(null, 0, 0, "--article-url", e.getMessage());
            }
        }
        String by = publisher == null || publisher.isBlank() ? null : publisher;
        if (by == null && renderers.stream().anyMatch(r -> r.format().equals("claimreview")))
            throw new InputError(null, 0, 0, "--publisher", "the claimreview format needs --publisher NAME, the fact-checker that publishes the reviews");
        LocalDate reviewed = reviewDate != null ? reviewDate : ReviewDate.fromEnvironment(System.getenv("SOURCE_DATE_EPOCH"), Clock.systemUTC());
        Path root = repoRoot != null ? repoRoot.toAbsolutePath().normalize() : RepositoryRoot.above(Path.of("").toAbsolutePath());
        if (!Files.isDirectory(root)) throw new InputError(null, 0, 0, "--repo-root", root + " is not a folder");
        return new Values(by, articleUrl, reviewed, root);
    }
}
