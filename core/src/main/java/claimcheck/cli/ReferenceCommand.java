package claimcheck.cli;

import claimcheck.Printable;
import claimcheck.reference.ReferenceConflicts;
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
     * claimcheck reference check: reads reference files as verify --reference would, says what they hold,
     * and lists the entries that disagree with each other (what rule core/reference-conflict finds), one
     * line each; for CI on the reference data itself. Exit 0 when valid and without conflicts, 1 with a
     * conflict, 2 for invalid data (one line naming file, line, column and field).
     */
    @Command(name = "check",
            mixinStandardHelpOptions = true,
            versionProvider = VersionProvider.class,
            description = "Validates reference files (against reference.schema.json, then source ids, dates and unique ids) and lists entries that disagree with each other, without checking any article. "
                    + "Exit 0: valid, no conflict; 1: a conflict; 2: invalid data.")
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
            List<ReferenceConflicts.Conflict> conflicts = ReferenceConflicts.of(data);
            for (ReferenceConflicts.Conflict c : conflicts)
                out.println(Printable.line("conflict: " + c.first() + ", " + c.second() + ": " + c.message()));
            if (!conflicts.isEmpty())
                out.println(Printable.line(conflicts.size() + " conflict" + (conflicts.size() == 1 ? "" : "s") + " (rule core/reference-conflict)"));
            out.flush();
            return conflicts.isEmpty() ? ExitCodes.OK : ExitCodes.GATE_FAILED;
        }
    }
}
