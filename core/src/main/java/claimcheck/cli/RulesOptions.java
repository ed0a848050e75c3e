package claimcheck.cli;

import claimcheck.config.Config;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of every command that loads rule packs: where the settings are, and which packs. Public for
 * the Spark job (claimcheck.spark.SparkVerify), which takes them as a mixin.
 */
public final class RulesOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file. Default: claimcheck.yaml in the working directory, if there is one.")
    Path config;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule pack, or a folder of packs; repeatable. Default: the configuration's rules, else the shipped packs (rules/).")
    List<Path> rules;

    /** The settings file's configuration (if any), with the settings of the command line instead of its own when given. */
    public Config config(Config commandLine) {
        return Config.find(config).overriddenBy(commandLine);
    }

    /** The rule folders named with --rules, or null when none was. */
    public List<Path> rules() {
        return rules;
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
