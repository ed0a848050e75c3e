package claimcheck.findings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The counts a reader looks at first, and the gate decision they lead to. Errors, warnings and
 * infos count active findings; {@code suppressed} counts those a baseline or an acceptance holds back.
 */
public record Summary(int facts, int checks, int passed, int failed, int errors, int warnings, int infos,
                      int suppressed, boolean gatePassed, FailOn failOn) {

    /** The counts of {@code checks} and {@code findings}; only active findings count against the gate. */
    public static Summary of(int facts, List<Check> checks, List<Finding> findings, FailOn failOn) {
        int passed = (int) checks.stream().filter(c -> c.status() == Check.Status.PASS).count();
        Map<Severity, Integer> active = new EnumMap<>(Severity.class);
        int suppressed = 0;
        boolean gateFails = false;
        for (Finding f : findings) {
            if (!f.active()) {
                suppressed++;
                continue;
            }
            active.merge(f.severity(), 1, Integer::sum);
            gateFails |= failOn.fails(f.severity());
        }
        return new Summary(facts, checks.size(), passed, checks.size() - passed,
                active.getOrDefault(Severity.ERROR, 0), active.getOrDefault(Severity.WARNING, 0), active.getOrDefault(Severity.INFO, 0),
                suppressed, !gateFails, failOn);
    }

    public int count(Severity s) {
        return switch (s) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }
}
