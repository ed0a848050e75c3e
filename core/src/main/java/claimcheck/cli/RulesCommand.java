package claimcheck.cli;

import claimcheck.Printable;
import claimcheck.config.Config;
import claimcheck.report.CatalogRenderer;
import claimcheck.rules.RuleCatalog;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** claimcheck rules: the rule catalog, from the rules' own metadata. docs/rules.md is its Markdown form for the shipped packs. */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        showDefaultValues = true,
        description = "Lists every rule of the rule packs (id, severity, title, help, pack, file:line) and the fact kinds they declare.")
final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RulesOptions rulesOptions;

    @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "text, md or json.")
    String format = "text";

    static final class Formats implements Iterable<String> {
        @Override public java.util.Iterator<String> iterator() { return CatalogRenderer.FORMATS.iterator(); }
    }

    @Mixin
    VerboseOption verboseOption;

    @Override
    public Integer call() {
        verboseOption.configure();
        if (!CatalogRenderer.FORMATS.contains(format))
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: unknown format \"" + format + "\"; expected one of "
                    + String.join(", ", CatalogRenderer.FORMATS));
        Config config = rulesOptions.config();
        RuleSet rules = new RuleLoader().load(RulesOptions.packs(config));
        // Titles and help come from DRL files: control characters and bidi overrides are shown escaped, line feeds kept.
        spec.commandLine().getOut().print(Printable.lines(CatalogRenderer.render(new RuleCatalog(rules), format)));
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
