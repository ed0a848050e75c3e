package claimcheck.engine;

import java.time.Duration;

/**
 * Bounds on one article's session, so a rule that loops cannot hang a run. {@code maxFirings}: rule
 * firings before the run is judged a loop. {@code timeout}: time before the session is halted; a
 * consequence that does not return within a further second is abandoned. The rules' share of the
 * article's {@link claimcheck.Deadline}: when less of that is left, the rules get what is left.
 */
public record EngineLimits(int maxFirings, Duration timeout) {
    public static final EngineLimits DEFAULT = new EngineLimits(100_000, Duration.ofSeconds(10));

    public EngineLimits {
        if (maxFirings < 1) throw new IllegalArgumentException("maxFirings must be at least 1");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
    }
}
