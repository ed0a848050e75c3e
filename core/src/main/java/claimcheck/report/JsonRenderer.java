package claimcheck.report;

import claimcheck.JsonLayout;
import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.io.Writer;

/**
 * findings.json: the report model as data, the source every other format can be rebuilt from.
 * Its fields and their order are {@link FindingsJson}'s; the layout is {@link JsonLayout}'s.
 */
public final class JsonRenderer implements Renderer {
    @Override public String format() { return "json"; }
    @Override public String fileName() { return "findings.json"; }

    @Override
    public void render(ArticleReport r, ReportOptions options, Writer out) throws IOException {
        JsonLayout.WRITER.writeValue(out, FindingsJson.of(r));
        out.write('\n');
    }
}
