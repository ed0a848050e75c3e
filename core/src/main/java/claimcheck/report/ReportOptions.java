package claimcheck.report;

import claimcheck.rules.RuleInfo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What renderers need beyond the report itself, the same for every article of a run.
 *
 * @param rules           the rule catalog with its metadata, sorted by id (SARIF lists it as tool.driver.rules)
 * @param repositoryRoot  absolute; SARIF names artifacts by their path relative to it
 * @param publisher       who publishes the fact check (ClaimReview author); null when not given
 * @param articleUrl      where the article is published, overriding the facts file's article.url; null when not given
 * @param reviewDate      the date a ClaimReview is published on; given so that output stays deterministic
 * @param informationUri  where users learn about the tool (SARIF tool.driver.informationUri)
 */
public record ReportOptions(List<RuleInfo> rules, Path repositoryRoot, String publisher, String articleUrl,
                            LocalDate reviewDate, String informationUri) {
    public ReportOptions {
        if (repositoryRoot == null || !repositoryRoot.isAbsolute()) throw new IllegalArgumentException("repositoryRoot must be an absolute path");
        if (reviewDate == null) throw new IllegalArgumentException("reviewDate is required");
        if (informationUri == null) throw new IllegalArgumentException("informationUri is required");
        rules = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        repositoryRoot = repositoryRoot.normalize();
        if (publisher != null && publisher.isBlank()) publisher = null;
        if (articleUrl != null && articleUrl.isBlank()) articleUrl = null;
    }

    /**
     * Options for a library caller that publishes no ClaimReview: SARIF paths relative to the working
     * directory, today's date (UTC) as the review date.
     */
    public static ReportOptions of(List<RuleInfo> rules) {
        return new ReportOptions(rules, Path.of("").toAbsolutePath(), null, null, LocalDate.now(java.time.ZoneOffset.UTC),
                claimcheck.Version.informationUri());
    }

    /** The metadata of rule {@code id}, or null when the catalog does not have it. */
    public RuleInfo rule(String id) {
        for (RuleInfo r : rules) if (r.id().equals(id)) return r;
        return null;
    }
}
