package claimcheck.cli;

import claimcheck.InputError;
import claimcheck.Printable;
import claimcheck.engine.RuleRunException;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The claimcheck command. {@link #run} is the whole program and never exits, so tests call it in-process. */
@Command(name = "claimcheck",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks that the claims an article makes hold together, with rules kept as DRL files.",
        subcommands = {VerifyCommand.class, ExtractCommand.class, RulesCommand.class, TestRulesCommand.class, ReferenceCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: verify, extract, rules, test-rules or reference");
    }

    public static void main(String[] args) {
        Preloader.start(args);
        RunGuard guard = RunGuard.install();
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        guard.completed();
        System.exit(code);
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
                e.println(Printable.line("claimcheck: " + rr.getMessage()));
                code = ExitCodes.INTERNAL;
            } else if (ex instanceof InvalidPathException ip) {
                // A path no file system can hold (a NUL in the configuration's out): the user's to fix.
                e.println(Printable.line("claimcheck: not a valid path: \"" + ip.getInput() + "\": " + ip.getReason()));
                code = ExitCodes.BAD_INPUT;
            } else {
                e.println(Printable.line("claimcheck: internal error: " + ex + (verbose ? "" : " (run with --verbose for details)")));
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
