package claimcheck.report;

import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.io.Writer;

/** Renders one article's report in one format. Same report and options, same bytes. */
public interface Renderer {
    /** The name --format takes: json, md, ... */
    String format();

    /** The file written in the article's report folder: findings.json, findings.md, ... */
    String fileName();

    void render(ArticleReport report, ReportOptions options, Writer out) throws IOException;
}
