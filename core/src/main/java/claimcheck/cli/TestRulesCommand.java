package claimcheck.cli;

import claimcheck.Version;
import claimcheck.InputError;
import claimcheck.Printable;
import claimcheck.config.Config;
import claimcheck.engine.Engine;
import claimcheck.engine.EngineLimits;
import claimcheck.rulecases.RuleCases;
import claimcheck.findings.ArticleReport;
import claimcheck.rules.RuleLoader;
import claimcheck.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * claimcheck test-rules: runs the rule cases kept as data (see {@link RuleCases}), one line per case,
 * then {@code N passed, M failed} alone on the last line.
 */
@Command(name = "test-rules",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        showDefaultValues = true,
        description = "Runs the rule cases under DIR (laid out as DIR/<pack>/<rule>/<case>/, or DIR/<rule>/<case>/ for one pack, with facts.yaml, its article text and expected.yaml) and reports each.")
final class TestRulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR",
            description = "The folder of rule cases. Default: the shipped packs' cases (core/src/test/rules), when the shipped packs are tested.")
    Path dir;

    @Mixin
    RulesOptions rulesOptions;

    @Mixin
    VerboseOption verboseOption;

    @Override
    public Integer call() {
        verboseOption.configure();
        Config config = rulesOptions.config();
        Path cases = dir;
        if (cases == null) {
            if (config.rules() != null)
                throw new InputError(null, 0, 0, "DIR", "name the folder of rule cases for the rule packs given");
            cases = ShippedRules.cases();
        }
        List<RuleCases.Case> found = RuleCases.find(cases);
        if (found.isEmpty()) throw new InputError(cases.toString(), 0, 0, null, "no rule cases here (each is <pack>/<rule>/<case>/expected.yaml)");
        RuleSet rules = new RuleLoader().load(RulesOptions.packs(config));
        RuleCases runner = new RuleCases(new Engine(rules, EngineLimits.DEFAULT, Version.tool()));

        PrintWriter out = spec.commandLine().getOut();
        int passed = 0, failed = 0;
        for (RuleCases.Case c : found) {
            RuleCases.Result r = runner.run(c);
            if (r.passed()) {
                passed++;
                out.println(Printable.line("pass  " + c));
            } else {
                failed++;
                out.println(Printable.line("FAIL  " + c + ": " + String.join("; ", r.problems())));
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.GATE_FAILED;
    }
}
