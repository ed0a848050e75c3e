package claimcheck.cli;

import claimcheck.InputError;
import claimcheck.engine.RuleRunException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimcheck command. {@link #run} is the whole program and never exits, so tests call it in-process. */
@Command(name = "claimcheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks that the claims an article makes hold together, with rules kept as DRL files.",
        subcommands = {VerifyCommand.class, RulesCommand.class, TestRulesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: verify, rules or test-rules");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    /** The command line with its subcommands, output, colours off, exit codes and error handling set up; not yet run. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        ExitCodes.describeIn(cl);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = isVerbose(parseResult);
            PrintWriter e = commandLine.getErr();
            int code;
            if (ex instanceof InputError ie) {
                e.println(ie.oneLine());
                code = ExitCodes.BAD_INPUT;
            } else if (ex instanceof RuleRunException rr) {
                e.println("claimcheck: " + rr.getMessage());
                code = ExitCodes.INTERNAL;
            } else {
                e.println("claimcheck: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)"));
                code = ExitCodes.INTERNAL;
            }
            if (verbose) ex.printStackTrace(e);
            e.flush();
            return code;
        });
        return cl;
    }

    private static boolean isVerbose(CommandLine.ParseResult r) {
        for (CommandLine.ParseResult p = r; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) return true;
        }
        return false;
    }
}
