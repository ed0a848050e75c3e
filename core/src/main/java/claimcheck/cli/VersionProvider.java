package claimcheck.cli;

import claimcheck.Version;
import picocli.CommandLine;

/** What --version prints: claimcheck's version, and the Drools and Java it runs on. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {Version.NAME + " " + Version.number(), "Drools " + droolsVersion() + ", Java " + System.getProperty("java.version")};
    }

    private static String droolsVersion() {
        Package p = org.kie.api.KieBase.class.getPackage();
        return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "10.2.0";
    }
}
