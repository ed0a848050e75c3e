package claimcheck.cli;

/** What claimcheck's exit code means; listed in every command's --help. */
public final class ExitCodes {
    private ExitCodes() {}

    public static final int GATE_PASSED = 0;
    public static final int GATE_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    static final String[] HELP = {
        "0:the gate passed: no finding at or above --fail-on",
        "1:a finding at or above --fail-on",
        "2:invalid input or usage (bad facts, rules or options); nothing written",
        "3:internal error, or a rule that failed or looped",
    };
}
