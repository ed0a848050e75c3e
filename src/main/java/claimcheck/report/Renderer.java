package claimcheck.report;

import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.io.Writer;

/** Renders one article's report in one format. Same report, same bytes. */
public interface Renderer {
    /** The name --format takes: json, md, ... */
    String format();

    /** The file written in the article's report folder: findings.json, findings.md, ... */
    String fileName();

    void render(ArticleReport report, Writer out) throws IOException;
}
