package claimcheck.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;

/**
 * Loads the classes a verify run needs on a thread of its own, in the order the run needs them, so that the
 * run finds most of them loaded. On a first run (no class-data archive yet) reading and verifying some 3,000
 * classes is most of start-up, and it all happens on one core; this gives that work the second core
 * (docs/performance.md: a first run 16-20 % quicker on two cores, a cached run about 4 %, within the noise). Classes are loaded,
 * never initialised: no static initialiser runs on this thread, so what a run does, and in what order, is the
 * same with it or without it. The list is a resource the build writes from a training run
 * ({@link PreloadTraining}); a name that no longer resolves is skipped, and a missing list only costs time.
 */
final class Preloader {
    /** One binary class name per line, in the order the training run loaded them. */
    static final String LIST = "claimcheck/cli/preload.classes";

    private Preloader() {}

    /**
     * Starts preloading for {@code verify} on a machine with a core to spare, unless
     * {@code -Dclaimcheck.preload=false} turns it off (to measure what it gains); otherwise does nothing.
     */
    static void start(String[] args) {
        if (args.length == 0 || !args[0].equals("verify") || "false".equals(System.getProperty("claimcheck.preload"))) return;
        // On one core the thread would take the time it is meant to save.
        if (Runtime.getRuntime().availableProcessors() < 2) return;
        Thread thread = new Thread(Preloader::loadListed, "claimcheck-preload");
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads every class the list names; returns how many it loaded (or found loaded). */
    static int loadListed() {
        ClassLoader loader = Preloader.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = loader.getResourceAsStream(LIST)) {
            if (in == null) return 0;
            BufferedReader names = new BufferedReader(new InputStreamReader(in, UTF_8));
            for (String name; (name = names.readLine()) != null; ) {
                try {
                    Class.forName(name, false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // The run meets the same error, and reports it, if it needs the class.
                }
            }
        } catch (IOException e) {
            // Preloading only saves time; the run loads what it needs itself.
        }
        return loaded;
    }
}
