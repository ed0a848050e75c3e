package claimcheck.cli;

import picocli.CommandLine.Option;

/** --verbose, the same for every command: Drools' log on stderr, timings, and stack traces on errors. */
final class VerboseOption {
    @Option(names = "--verbose", description = "Show Drools' log, timings, and stack traces on errors.")
    boolean on;

    /** Sets up logging for this run; must come before the first Drools class is loaded. */
    boolean configure() {
        Logging.configure(on);
        return on;
    }
}
