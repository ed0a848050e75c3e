package claimcheck.cli;

import claimcheck.Printable;
import claimcheck.reference.ReferenceData;
import claimcheck.reference.ReferenceLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** claimcheck reference: commands on reference data alone (see docs/reference.md). */
@Command(name = "reference",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Commands on reference data (office holders, official tallies and their sources).",
        subcommands = {ReferenceCommand.Check.class})
final class ReferenceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check");
    }

    /**
     * claimcheck reference check: reads reference files as verify --reference would, and says what they
     * hold; for CI on the reference data itself. A problem is one line naming file, line, column and field (exit 2).
     */
    @Command(name = "check",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Validates reference files (against reference.schema.json, then source ids, dates and unique ids) without checking any article.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..*", paramLabel = "FILE|DIR",
                description = "Reference files, or folders of them. Default: facts/reference in the working directory.")
        List<Path> paths = new ArrayList<>();

        @Mixin
        VerboseOption verboseOption;

        @Override
        public Integer call() {
            verboseOption.configure();
            List<Path> named = paths.isEmpty() ? List.of(Path.of("facts", "reference")) : paths;
            ReferenceData data = new ReferenceLoader().load(named);
            PrintWriter out = spec.commandLine().getOut();
            for (String f : data.files()) out.println(Printable.line(f + ": valid"));
            out.println(Printable.line(String.format("%d file%s: %d office holder%s, %d tall%s",
                    data.files().size(), data.files().size() == 1 ? "" : "s",
                    data.holders().size(), data.holders().size() == 1 ? "" : "s",
                    data.tallies().size(), data.tallies().size() == 1 ? "y" : "ies")));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
