package claimcheck.spark;

import claimcheck.Verification;
import claimcheck.baseline.Baseline;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link Verification} per executor JVM and job spec: the first task to need it compiles the rules,
 * tasks on the other threads of the executor wait for it and then share it (a Verification is thread-safe).
 */
final class Executors {
    private Executors() {}

    private static final Map<JobSpec, Verification> VERIFICATIONS = new ConcurrentHashMap<>();

    private static final Map<JobSpec, Map<String, Baseline>> RECORDED_ON = new ConcurrentHashMap<>();

    static Verification verification(JobSpec spec) {
        return VERIFICATIONS.computeIfAbsent(spec, s -> Verification.create(s.settings()));
    }

    /** With --write-baseline, the baseline each article's findings are recorded on, split by article; read once per executor. */
    static Map<String, Baseline> recordedOn(JobSpec spec) {
        return RECORDED_ON.computeIfAbsent(spec, s -> s.recording().previous().byArticle());
    }
}
