package claimcheck.cli;

/** Drools logs through SLF4J (slf4j-simple here): silent by default, warnings and up on stderr with --verbose. */
final class Logging {
    private Logging() {}

    /** Must run before the first Drools class is loaded: slf4j-simple reads these once. */
    static void configure(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "warn" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
