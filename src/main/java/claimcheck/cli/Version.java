package claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven wrote into the jar. */
public final class Version implements CommandLine.IVersionProvider {
    public static final String NAME = "claimcheck";

    public static String number() { return properties().getProperty("version", "unknown"); }

    /** Where users learn about claimcheck: the project's home page. */
    public static String informationUri() { return properties().getProperty("url", "https://github.com/claimcheck/claimcheck"); }

    private static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/claimcheck-version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // fall through to the defaults
        }
        return p;
    }

    @Override
    public String[] getVersion() {
        return new String[] {NAME + " " + number(), "Drools " + droolsVersion() + ", Java " + System.getProperty("java.version")};
    }

    private static String droolsVersion() {
        Package p = org.kie.api.KieBase.class.getPackage();
        return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "10.2.0";
    }
}
