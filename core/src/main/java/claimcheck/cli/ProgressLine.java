package claimcheck.cli;

import claimcheck.Verification;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The one line on a terminal's standard error that says how a batch is getting on (articles done, rate,
 * time left), rewritten in place and cleared at the end. Made only when standard error is a terminal
 * ({@link #onTerminal}): in CI logs and pipes a line per update would be noise.
 */
final class ProgressLine implements Verification.Progress {
    private static final long EVERY_NANOS = 100_000_000L;  // ten updates a second at most

    private final PrintWriter err;
    private final String label;
    private final long start = System.nanoTime();
    private long shown;
    private int width;

    ProgressLine(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    /**
     * Whether standard error is a terminal as far as Java can tell: the process has a console (standard in
     * and out are a terminal), and, from Java 22 on, that console is one.
     */
    static boolean onTerminal() {
        java.io.Console c = System.console();
        if (c == null) return false;
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;  // before Java 22, a console is only there for a terminal
        }
    }

    @Override
    public synchronized void done(int done, int total) {
        long now = System.nanoTime();
        // A total below 0 is not known yet (documents still coming on standard input): no "of", no time left.
        if (done != total && now - shown < EVERY_NANOS) return;
        shown = now;
        double seconds = (now - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        String left = rate > 0 && done < total ? String.format(Locale.ROOT, ", about %s left", duration((total - done) / rate)) : "";
        String line = total < 0 ? String.format(Locale.ROOT, "%s: %,d articles, %.1f/s", label, done, rate)
                : String.format(Locale.ROOT, "%s: %,d of %,d articles, %.1f/s%s", label, done, total, rate, left);
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        width = line.length();
        err.flush();
    }

    /** Removes the line, so that what is printed next starts on a clean one. */
    synchronized void clear() {
        if (width == 0) return;
        err.print("\r" + " ".repeat(width) + "\r");
        err.flush();
        width = 0;
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + "s" : s < 3600 ? (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s"
                : (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
