package claimcheck.cli;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes a run that ends early impossible to read as success. Rule packs are code: a consequence may
 * call {@code System.exit(0)}, which would end the run with exit 0 and no report, and CI would take
 * that for a passed gate. A shutdown hook sees the JVM exit before the command completed, says so
 * on stderr and halts with exit 3, which overrides the status {@code System.exit} was given. A
 * SIGTERM (SIGINT) ends the same way: the run did not complete. SIGKILL and {@code Runtime.halt}
 * run no hook; the first ends in 137 and the second is, like any rule code, trusted.
 */
final class RunGuard {
    private final AtomicBoolean completed = new AtomicBoolean();

    private RunGuard() {}

    static RunGuard install() {
        RunGuard guard = new RunGuard();
        Runtime.getRuntime().addShutdownHook(new Thread(guard::onExit, "claimcheck-run-guard"));
        return guard;
    }

    /** The command returned its exit code: the JVM may now exit with it. */
    void completed() { completed.set(true); }

    private void onExit() {
        if (completed.get()) return;
        System.err.println("claimcheck: the run ended before it completed (System.exit called by a rule, or a signal); exit "
                + ExitCodes.INTERNAL + ", reports may be missing");
        System.err.flush();
        Runtime.getRuntime().halt(ExitCodes.INTERNAL);
    }
}
