package claimcheck;

import claimcheck.findings.ArticleReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The name and version Maven wrote into the jar, as reports name the tool. */
public final class Version {
    private Version() {}

    public static final String NAME = "claimcheck";

    private static final Properties PROPERTIES = read();

    public static String number() { return PROPERTIES.getProperty("version", "unknown"); }

    /** Where users learn about claimcheck: the project's home page. */
    public static String informationUri() { return PROPERTIES.getProperty("url", "https://github.com/claimcheck/claimcheck"); }

    /** The tool as every report names it. */
    public static ArticleReport.Tool tool() { return new ArticleReport.Tool(NAME, number()); }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/claimcheck-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall through to the defaults
        }
        return p;
    }
}
