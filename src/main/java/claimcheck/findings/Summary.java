package claimcheck.findings;

/**
 * The counts a reader looks at first, and the gate decision they lead to. Errors, warnings and
 * infos count active findings; {@code suppressed} counts those a baseline or an acceptance holds back.
 */
public record Summary(int facts, int checks, int passed, int failed, int errors, int warnings, int infos,
                      int suppressed, boolean gatePassed, FailOn failOn) {

    public int count(Severity s) {
        return switch (s) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
