package claimcheck.cli;

/** What claimcheck's exit code means; listed in every command's --help. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Done: the gate passed, every rule case passed, or the catalog or help was written. */
    public static final int OK = 0;
    public static final int GATE_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    /** Lists the exit codes in the --help of {@code cl} and of every subcommand, in the words of each. */
    static void describeIn(picocli.CommandLine cl) {
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        switch (cl.getCommandName()) {
            case "test-rules" -> {
                codes.put("0", "every case passed");
                codes.put("1", "a case failed");
            }
            case "rules" -> codes.put("0", "the catalog was written");
            case "help" -> codes.put("0", "the help was shown");
            default -> {
                codes.put("0", "the gate passed: no active finding at or above --fail-on");
                codes.put("1", "an active finding at or above --fail-on (one no baseline or acceptance suppresses)");
            }
        }
        codes.put("2", "invalid input or usage (bad facts, rules, settings or options); nothing written");
        codes.put("3", "internal error, or a rule that failed or looped");
        cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
        for (picocli.CommandLine sub : cl.getSubcommands().values()) describeIn(sub);
    }
}
