package claimcheck.cli;

import claimcheck.InputError;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the rule packs that ship with claimcheck, wherever the command is run from: beside the
 * checkout named by {@code -Dclaimcheck.home} (bin/claimcheck sets it), else beside the jar
 * (core/target/claimcheck.jar in a checkout), else ./rules.
 */
final class ShippedRules {
    private ShippedRules() {}

    static Path locate() {
        String home = System.getProperty("claimcheck.home");
        if (home != null && Files.isDirectory(Path.of(home, "rules"))) return Path.of(home, "rules");
        try {
            Path code = Path.of(ShippedRules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            // core/target/claimcheck.jar or core/target/classes: the checkout is three levels up
            Path checkout = code.getParent() == null || code.getParent().getParent() == null ? null : code.getParent().getParent().getParent();
            if (checkout != null && Files.isDirectory(checkout.resolve("rules"))) return checkout.resolve("rules");
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // no code source to go by; try the working directory
        }
        if (Files.isDirectory(Path.of("rules"))) return Path.of("rules");
        throw new InputError(null, 0, 0, "--rules", "cannot find the shipped rule packs; name a rules folder with --rules DIR");
    }

    /** The shipped packs' rule cases: core/src/test/rules beside the shipped rules/. */
    static Path cases() {
        Path cases = locate().resolveSibling(Path.of("core", "src", "test", "rules"));
        if (!Files.isDirectory(cases))
            throw new InputError(null, 0, 0, "DIR", "cannot find the shipped rule cases (core/src/test/rules); name the folder of rule cases");
        return cases;
    }
}
