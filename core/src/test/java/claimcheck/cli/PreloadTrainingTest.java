package claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PreloadTrainingTest {
    @Test
    void keepsClassesReadFromTheClassPathOrTheRuntimeImageOnceInTheOrderRead() {
        List<String> log = List.of(
                "[0.016s][info][class,load] java.lang.Object source: shared objects file",
                "[0.077s][info][class,load] claimcheck.cli.Main source: file:/home/u/claimcheck/core/target/claimcheck.jar",
                "java.util.regex.Pattern$Bound source: jrt:/java.base",
                "picocli.CommandLine source: jar:file:/home/u/.m2/picocli-4.7.7.jar!/",
                "claimcheck.cli.RunGuard$$Lambda$1/0x00007f371f001000 source: claimcheck.cli.RunGuard",
                "jdk.proxy2.$Proxy12 source: __dynamic_proxy__",
                "claimcheck.cli.Main source: file:/home/u/claimcheck/core/target/claimcheck.jar",
                "[1.2s][info][class,load] claimcheck.engine.Engine source: file:/home/u/claimcheck/core/target/classes/",
                "an unrelated line");
        assertEquals(List.of("claimcheck.cli.Main", "java.util.regex.Pattern$Bound", "picocli.CommandLine", "claimcheck.engine.Engine"),
                PreloadTraining.classesRead(log));
    }

    @Test
    void leavesOutClassesOnlyTheirOwnClassLoaderKnows() {
        // Drools defines the classes of compiled rules with the jar as their code source.
        List<String> log = List.of(
                "packs.core.Rule_total$u45$sum1398656354 source: file:/home/u/claimcheck/core/target/claimcheck.jar",
                "org.drools.core.impl.RuleBaseFactory source: file:/home/u/claimcheck/core/target/claimcheck.jar");
        assertEquals(List.of("org.drools.core.impl.RuleBaseFactory"), PreloadTraining.classesRead(log));
    }
}
