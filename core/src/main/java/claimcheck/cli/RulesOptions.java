package claimcheck.cli;

import claimcheck.config.Config;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of every command that loads rule packs: where the settings are, and which packs. */
final class RulesOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file. Default: claimcheck.yaml in the working directory, if there is one.")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule pack, or a folder of packs; repeatable. Default: the configuration's rules, else the shipped packs (rules/).")
    List<Path> rules;

    /** The settings file's configuration (if any), with the rule folders of the command line instead of its own when given. */
    Config config(Config commandLine) {
        return Config.find(config).overriddenBy(commandLine);
    }

    /** The settings file's configuration (if any), with the rule folders of the command line instead of its own when given. */
    Config config() {
        return config(Config.ofRules(rules));
    }

    /** The rule folders to load: the command line's, else the configuration's, else the shipped packs. */
    static List<Path> packs(Config config) {
        return config.rules() != null ? config.rules() : List.of(ShippedRules.locate());
    }
}
