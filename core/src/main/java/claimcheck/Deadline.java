package claimcheck;

import java.time.Duration;

/**
 * The time one article may take in all: loading, quote location, rules and rendering. A facts file
 * is untrusted input, so every phase that works on it checks the same deadline; running out stops
 * that article (exit 3) and the others are still checked.
 *
 * <p>The phases of one article need not run back to back (every file is loaded before any is
 * checked), so a deadline can be {@linkplain #resumed resumed}: started again with the time the
 * article's earlier phases {@linkplain #spent spent} already taken off.
 *
 * @param limit    the whole time the article may take, for messages
 * @param endNanos the {@link System#nanoTime()} at which the time runs out
 */
public record Deadline(Duration limit, long endNanos) {
    /** The time an article may take unless {@code --time-limit} says otherwise. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(30);

    public Deadline {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("a time limit must be positive");
    }

    /** A deadline {@code limit} from now. */
    public static Deadline after(Duration limit) { return resumed(limit, Duration.ZERO); }

    /** A deadline for work that already spent {@code spent} of its {@code limit} in earlier phases. */
    public static Deadline resumed(Duration limit, Duration spent) {
        long left = saturatedNanos(limit) - saturatedNanos(spent);
        return new Deadline(limit, System.nanoTime() + left);
    }

    /** Time left, zero once it has run out. */
    public Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** Time spent of the limit so far; may exceed it. */
    public Duration spent() {
        return Duration.ofNanos(saturatedNanos(limit) - (endNanos - System.nanoTime()));
    }

    public boolean expired() { return endNanos - System.nanoTime() <= 0; }

    /** Throws {@link Expired} once the time has run out; cheap enough to call in a loop. */
    public void check() {
        if (expired()) throw new Expired();
    }

    /** The message for running out in {@code phase} of {@code file}: "quote location took longer than 30 s on f.yaml". */
    public String exceeded(String phase, String file) {
        return phase + " took longer than " + text(limit) + " on " + file;
    }

    /** "30 s" for whole seconds, else "1500 ms". */
    public static String text(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static long saturatedNanos(Duration d) {
        return d.compareTo(Duration.ofDays(365)) > 0 ? Duration.ofDays(365).toNanos() : d.toNanos();
    }

    /**
     * The deadline passed. Thrown where the phase does not know which article it works on (such as
     * quote location); whoever does catches it and reports the article and the phase.
     */
    public static final class Expired extends RuntimeException {
        public Expired() { super("time limit reached", null, false, false); }
    }
}
