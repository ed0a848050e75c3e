package claimcheck.spark;

import claimcheck.Verification;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Verification} per executor JVM and job spec: the first task to need it compiles the rules,
 * tasks on the other threads of the executor wait for it and then share it (a Verification is thread-safe).
 */
final class Executors {
    private Executors() {}

    private static final Map<JobSpec, Verification> VERIFICATIONS = new ConcurrentHashMap<>();

    static Verification verification(JobSpec spec) {
        return VERIFICATIONS.computeIfAbsent(spec, s -> Verification.create(s.settings()));
    }
}
