package claimcheck.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** The facts loader on any JSON bytes. Seeds and kept crashers: src/test/resources/claimcheck/fuzz/FactsJsonFuzzTestInputs. */
class FactsJsonFuzzTest {
    @FuzzTest(maxDuration = "15s")
    void load(byte[] data) {
        FactsFuzzing.load(data, "f.json");
    }

    /** Entry point for long campaigns with the Jazzer driver (.ci/fuzz). */
    public static void fuzzerTestOneInput(byte[] data) {
        FactsFuzzing.load(data, "f.json");
    }
}
